import { z } from 'zod';
import {
  ASSET_TYPES,
  DEDUCTION_TYPES,
  DISABILITY_CATEGORIES,
  EMPLOYMENT_STATUSES,
  HEALTH_STATUSES,
  INCOME_TYPES,
  LABOR_CAPACITIES,
  MARITAL_STATUSES,
  PERSON_FLAGS,
  RELATIONS,
  SELF_CARE_LEVELS,
  containsEmoji,
} from '../../domain/household.ts';

const fen = z.number().int().min(0).max(10_000_000_000);
const idNumberInput = z.string().trim().min(1).max(20);
const communityCode = z.string().regex(/^\d{12}$/, '应为 12 位社区/村代码');

const disabilitySchema = z.strictObject({
  category: z.enum(DISABILITY_CATEGORIES),
  grade: z.number().int().min(1).max(4),
  certificate: z.string().trim().max(30).nullish(),
});

/** Attributes without defaults, so a PATCH that omits one leaves it as it is. */
/** 姓名: as on the 户口簿; an emoji is refused with a message (issue 19). */
export const personName = z.string().trim().min(1).max(50).refine((v) => !containsEmoji(v), '姓名不能包含表情符号（emoji），请按户口簿填写');

const personAttributes = {
  /** Optional: when given they must agree with the ID number. */
  sex: z.enum(['male', 'female']),
  birthDate: z.iso.date(),
  ethnicity: z.string().trim().max(20).nullable(),
  maritalStatus: z.enum(MARITAL_STATUSES).nullable(),
  laborCapacity: z.enum(LABOR_CAPACITIES),
  employment: z.enum(EMPLOYMENT_STATUSES),
  student: z.boolean(),
  health: z.enum(HEALTH_STATUSES),
  diagnosis: z.string().trim().max(200).nullable(),
  disability: disabilitySchema.nullable(),
  selfCare: z.enum(SELF_CARE_LEVELS).nullable(),
  flags: z.array(z.enum(PERSON_FLAGS)).max(PERSON_FLAGS.length),
  inPrison: z.boolean(),
  phone: z.string().trim().max(30).nullable(),
  /** 本人账户: the member's own account, held in the member's name (person-level benefits are paid into it) */
  bankAccount: z.strictObject({
    bankName: z.string().trim().min(1).max(100),
    accountNumber: z.string().trim().regex(/^\d{8,30}$/, '银行账号应为 8–30 位数字'),
  }).nullable(),
};

export const personInputSchema = z.strictObject({
  idNumber: idNumberInput,
  name: personName,
  relation: z.enum(RELATIONS),
  sex: personAttributes.sex.optional(),
  birthDate: personAttributes.birthDate.optional(),
  ethnicity: personAttributes.ethnicity.optional(),
  maritalStatus: personAttributes.maritalStatus.optional(),
  laborCapacity: personAttributes.laborCapacity.default('full'),
  employment: personAttributes.employment.default('not_applicable'),
  student: personAttributes.student.default(false),
  health: personAttributes.health.default('healthy'),
  diagnosis: personAttributes.diagnosis.optional(),
  disability: personAttributes.disability.optional(),
  selfCare: personAttributes.selfCare.optional(),
  flags: personAttributes.flags.default([]),
  inPrison: personAttributes.inPrison.default(false),
  phone: personAttributes.phone.optional(),
  bankAccount: personAttributes.bankAccount.optional(),
});
export type PersonInput = z.infer<typeof personInputSchema>;

/**
 * Incomes, deductions and assets name their member by ID number (on creation and import,
 * where there are no ids yet) or by person id (editing a file whose numbers are masked).
 */
const memberRef = { idNumber: idNumberInput.optional(), personId: z.number().int().positive().optional() };
const oneMemberRef = (v: { idNumber?: string | undefined; personId?: number | undefined }) => v.idNumber !== undefined || v.personId !== undefined;
const memberRefMessage = { message: '请指定成员（身份证号或人员编号）', path: ['idNumber'] };

export const incomeInputSchema = z.strictObject({
  ...memberRef,
  type: z.enum(INCOME_TYPES),
  monthly: fen,
  note: z.string().trim().max(200).nullish(),
}).refine(oneMemberRef, memberRefMessage);
export const deductionInputSchema = z.strictObject({
  ...memberRef,
  type: z.enum(DEDUCTION_TYPES).default('social_insurance'),
  monthly: fen,
}).refine(oneMemberRef, memberRefMessage);
/** An asset may belong to the household as a whole (no member named). */
export const assetInputSchema = z.strictObject({
  ...memberRef,
  type: z.enum(ASSET_TYPES),
  value: fen.default(0),
  exempt: z.boolean().default(false),
  areaSqm: z.number().int().min(0).max(100_000).nullish(),
  description: z.string().trim().max(200).nullish(),
});
export const obligorInputSchema = z.strictObject({
  name: personName,
  idNumber: idNumberInput.nullish(),
  relation: z.string().trim().min(1).max(32),
  monthlySupport: fen.default(0),
  ableToSupport: z.boolean().default(true),
});

export const bankAccountSchema = z.strictObject({
  bankName: z.string().trim().min(1).max(100),
  accountNumber: z.string().trim().regex(/^\d{8,30}$/, '银行账号应为 8–30 位数字'),
  accountHolder: personName,
});

const householdSections = {
  address: z.string().trim().min(1).max(200),
  urbanRural: z.enum(['urban', 'rural']),
  phone: z.string().trim().max(30).nullish(),
  category: z.enum(['A', 'B', 'C']).nullish(),
  bankAccount: bankAccountSchema.nullish(),
  incomes: z.array(incomeInputSchema).max(200).default([]),
  deductions: z.array(deductionInputSchema).max(200).default([]),
  assets: z.array(assetInputSchema).max(200).default([]),
  obligors: z.array(obligorInputSchema).max(50).default([]),
};

export const newHouseholdSchema = z.strictObject({
  areaCode: communityCode,
  ...householdSections,
  members: z.array(personInputSchema).min(1).max(30),
});
export type NewHousehold = z.infer<typeof newHouseholdSchema>;

/** A member's attributes to change; the ID number only to correct a typo. */
export const memberPatchSchema = z.strictObject({
  personId: z.number().int().positive(),
  idNumber: idNumberInput.optional(),
  name: personName.optional(),
  relation: z.enum(RELATIONS).exclude(['head']).optional(),
  ...Object.fromEntries(Object.entries(personAttributes).map(([k, v]) => [k, v.optional()])) as {
    [K in keyof typeof personAttributes]: z.ZodOptional<(typeof personAttributes)[K]>;
  },
});
export type MemberPatch = z.infer<typeof memberPatchSchema>;

/** PATCH: the sections given replace what is on file; members are edited by ID number. */
export const householdPatchSchema = z.strictObject({
  version: z.number().int().min(1),
  address: householdSections.address.optional(),
  urbanRural: householdSections.urbanRural.optional(),
  phone: householdSections.phone,
  category: householdSections.category,
  bankAccount: householdSections.bankAccount,
  members: z.array(memberPatchSchema).max(30).optional(),
  incomes: z.array(incomeInputSchema).max(200).optional(),
  deductions: z.array(deductionInputSchema).max(200).optional(),
  assets: z.array(assetInputSchema).max(200).optional(),
  obligors: z.array(obligorInputSchema).max(50).optional(),
});
export type HouseholdPatch = z.infer<typeof householdPatchSchema>;

export const householdIdParams = z.strictObject({ id: z.coerce.number().int().positive() });
export const personIdParams = z.strictObject({ id: z.coerce.number().int().positive() });

export const householdListQuery = z.strictObject({
  areaCode: z.string().regex(/^\d{2,12}$/).optional(),
  q: z.string().trim().max(50).optional(),
  urbanRural: z.enum(['urban', 'rural']).optional(),
  flag: z.enum(PERSON_FLAGS).optional(),
  disabled: z.enum(['true', 'false']).optional(),
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(20),
});
export type HouseholdListQuery = z.infer<typeof householdListQuery>;

export const personSearchQuery = z.strictObject({
  q: z.string().trim().min(1).max(50),
  limit: z.coerce.number().int().min(1).max(100).default(20),
});

export const addMemberSchema = z.strictObject({ version: z.number().int().min(1), person: personInputSchema });
/** Moving a person who is on another household's file in: an explicit, separate choice. */
export const moveInSchema = z.strictObject({
  version: z.number().int().min(1),
  personId: z.number().int().positive(),
  fromVersion: z.number().int().min(1),
  relation: z.enum(RELATIONS).exclude(['head']),
});
export const versionBody = z.strictObject({ version: z.number().int().min(1) });
export const changeHeadSchema = z.strictObject({
  version: z.number().int().min(1),
  personId: z.number().int().positive(),
  /** New relations of the other members to the new head (by person id). */
  relations: z.record(z.string(), z.enum(RELATIONS)).default({}),
});
export const splitSchema = z.strictObject({
  version: z.number().int().min(1),
  personIds: z.array(z.number().int().positive()).min(1),
  headPersonId: z.number().int().positive(),
  address: z.string().trim().min(1).max(200).optional(),
});
export const mergeSchema = z.strictObject({
  version: z.number().int().min(1),
  otherHouseholdId: z.number().int().positive(),
  otherVersion: z.number().int().min(1),
});
export const moveSchema = z.strictObject({ version: z.number().int().min(1), areaCode: communityCode, address: z.string().trim().min(1).max(200).optional() });
