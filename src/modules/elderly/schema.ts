import { z } from 'zod';
import { ALARM_KINDS, ALARM_OUTCOMES } from '../../domain/elderly/alarm.ts';
import { ABILITY_LEVELS, ASSESSMENT_ITEM_CODES } from '../../domain/elderly/assessment.ts';
import { SENIOR_CARD_KINDS } from '../../domain/elderly/senior-card.ts';

const date = z.iso.date('日期应为 YYYY-MM-DD');
const month = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, '月份应为 YYYY-MM，如 2025-07');
const instant = z.iso.datetime({ offset: true, message: '时间应为 ISO 8601 格式，如 2025-09-10T08:30:00+08:00' });
const areaCode = z.string().regex(/^\d{6,12}$/, '区划代码应为 6–12 位数字');
const page = { page: z.coerce.number().int().min(1).max(100_000).default(1), pageSize: z.coerce.number().int().min(1).max(200).default(20) };
const name = z.string().trim().min(1).max(50);
const note = z.string().trim().min(1).max(500).nullish();

// ── 老年证 / 优待证 ──
export const cardInputSchema = z.strictObject({
  personId: z.number().int().positive(),
  /** senior 老年证 | preferential 优待证 */
  kind: z.enum(SENIOR_CARD_KINDS),
  issuedOn: date,
});
export type CardInput = z.infer<typeof cardInputSchema>;
export const reissueInputSchema = z.strictObject({ reason: z.string().trim().min(1, '请填写补领原因').max(200), issuedOn: date });
export type ReissueInput = z.infer<typeof reissueInputSchema>;

export const cardSchema = z.object({
  id: z.number(),
  personId: z.number(),
  personName: z.string(),
  areaCode: z.string(),
  kind: z.enum(SENIOR_CARD_KINDS),
  number: z.string(),
  issuedOn: z.string(),
  /** fen charged, from seniorCards.fee in force on the day of issue */
  fee: z.number(),
  status: z.enum(['valid', 'void']),
  /** 周岁 on the day of issue, from the ID number's birth date */
  ageAtIssue: z.number(),
  reissueOf: z.number().nullable(),
  reissueReason: z.string().nullable(),
  replacedBy: z.number().nullable(),
  voidedOn: z.string().nullable(),
});
export const cardListQuery = z.strictObject({
  areaCode: areaCode.optional(),
  kind: z.enum(SENIOR_CARD_KINDS).optional(),
  status: z.enum(['valid', 'void']).optional(),
  personId: z.coerce.number().int().positive().optional(),
  ...page,
});
export type CardListQuery = z.infer<typeof cardListQuery>;
export const cardListSchema = z.object({ items: z.array(cardSchema), total: z.number() });

// ── 能力评估 ──
export const assessmentInputSchema = z.strictObject({
  personId: z.number().int().positive(),
  assessedOn: date,
  assessor: name,
  /** one score per first-level indicator: self_care 0–32, mobility 0–16, mental 0–30, perception_social 0–12 */
  items: z.partialRecord(z.enum(ASSESSMENT_ITEM_CODES), z.number().int()),
  note,
});
export type AssessmentInput = z.infer<typeof assessmentInputSchema>;
export const assessmentSchema = z.object({
  id: z.number(),
  personId: z.number(),
  personName: z.string(),
  areaCode: z.string(),
  assessedOn: z.string(),
  assessor: z.string(),
  items: z.record(z.string(), z.number()),
  total: z.number(),
  /** 0 能力完好 … 4 完全失能 */
  level: z.number(),
  levelCode: z.enum(ABILITY_LEVELS),
  note: z.string().nullable(),
});
export const assessmentListQuery = z.strictObject({ areaCode: areaCode.optional(), personId: z.coerce.number().int().positive().optional(), ...page });
export type AssessmentListQuery = z.infer<typeof assessmentListQuery>;
export const assessmentListSchema = z.object({ items: z.array(assessmentSchema), total: z.number() });

// ── 电子保姆 ──
export const deviceInputSchema = z.strictObject({
  personId: z.number().int().positive(),
  deviceNumber: z.string().trim().min(1).max(40),
  provider: z.string().trim().min(1).max(200),
  installedOn: date,
});
export type DeviceInput = z.infer<typeof deviceInputSchema>;
export const deviceSchema = z.object({
  id: z.number(),
  personId: z.number(),
  personName: z.string(),
  areaCode: z.string(),
  deviceNumber: z.string(),
  provider: z.string(),
  installedOn: z.string(),
  status: z.string(),
  openAlarms: z.number(),
});
export const deviceListQuery = z.strictObject({ areaCode: areaCode.optional(), personId: z.coerce.number().int().positive().optional(), ...page });
export type DeviceListQuery = z.infer<typeof deviceListQuery>;
export const deviceListSchema = z.object({ items: z.array(deviceSchema), total: z.number() });

export const alarmInputSchema = z.strictObject({ raisedAt: instant, kind: z.enum(ALARM_KINDS), note });
export type AlarmInput = z.infer<typeof alarmInputSchema>;
export const responseInputSchema = z.strictObject({ responder: name, respondedAt: instant, outcome: z.enum(ALARM_OUTCOMES), note });
export type ResponseInput = z.infer<typeof responseInputSchema>;
export const alarmSchema = z.object({
  id: z.number(),
  deviceId: z.number(),
  deviceNumber: z.string(),
  personId: z.number(),
  personName: z.string(),
  areaCode: z.string(),
  raisedAt: z.string(),
  kind: z.enum(ALARM_KINDS),
  status: z.enum(['open', 'closed']),
  responder: z.string().nullable(),
  respondedAt: z.string().nullable(),
  outcome: z.enum(ALARM_OUTCOMES).nullable(),
  note: z.string().nullable(),
  /** minutes from the alarm to the response, or to now while open */
  responseMinutes: z.number(),
  /** over the 15-minute target */
  late: z.boolean(),
});
export const alarmListQuery = z.strictObject({ areaCode: areaCode.optional(), status: z.enum(['open', 'closed']).optional(), deviceId: z.coerce.number().int().positive().optional(), ...page });
export type AlarmListQuery = z.infer<typeof alarmListQuery>;
export const alarmListSchema = z.object({ items: z.array(alarmSchema), total: z.number() });

// ── 养护员 ──
const accountNumber = z.string().trim().regex(/^\d{8,30}$/, '银行账号应为 8–30 位数字');
export const caregiverInputSchema = z.strictObject({
  areaCode,
  name,
  idNumber: z.string().trim().toUpperCase().regex(/^\d{17}[\dX]$/, '身份证号应为 18 位'),
  phone: z.string().trim().max(30).nullish(),
  bankName: z.string().trim().min(1).max(100),
  bankAccount: accountNumber,
});
export type CaregiverInput = z.infer<typeof caregiverInputSchema>;
export const caregiverSchema = z.object({
  id: z.number(),
  areaCode: z.string(),
  name: z.string(),
  /** masked */
  idNumber: z.string(),
  phone: z.string().nullable(),
  bankName: z.string(),
  /** masked: the last four digits */
  bankAccount: z.string(),
});
export const caregiverListQuery = z.strictObject({ areaCode: areaCode.optional(), ...page });
export type CaregiverListQuery = z.infer<typeof caregiverListQuery>;
export const caregiverListSchema = z.object({ items: z.array(caregiverSchema), total: z.number() });

export const agreementInputSchema = z.strictObject({
  caregiverId: z.number().int().positive(),
  personId: z.number().int().positive(),
  startsOn: date,
  endsOn: date,
  /** fen per month */
  monthlyPay: z.number().int().min(1).max(10_000_000),
});
export type AgreementInput = z.infer<typeof agreementInputSchema>;
export const agreementSchema = z.object({
  id: z.number(),
  caregiverId: z.number(),
  caregiverName: z.string(),
  personId: z.number(),
  personName: z.string(),
  householdId: z.number(),
  areaCode: z.string(),
  startsOn: z.string(),
  endsOn: z.string(),
  monthlyPay: z.number(),
  logs: z.number(),
  lastAssessment: z.object({ month: z.string(), score: z.number(), passed: z.boolean() }).nullable(),
});
export const agreementListQuery = z.strictObject({ areaCode: areaCode.optional(), caregiverId: z.coerce.number().int().positive().optional(), ...page });
export type AgreementListQuery = z.infer<typeof agreementListQuery>;
export const agreementListSchema = z.object({ items: z.array(agreementSchema), total: z.number() });

export const logInputSchema = z.strictObject({
  loggedOn: date,
  hours: z.number().int().min(0).max(24),
  content: z.string().trim().min(1, '请填写护理内容').max(500),
});
export type LogInput = z.infer<typeof logInputSchema>;
export const logSchema = z.object({ id: z.number(), agreementId: z.number(), caregiverId: z.number(), caregiverName: z.string(), loggedOn: z.string(), hours: z.number(), content: z.string() });
export const logListSchema = z.object({ items: z.array(logSchema) });

export const leaveInputSchema = z.strictObject({ fromOn: date, toOn: date, reason: z.string().trim().min(1).max(200), substituteId: z.number().int().positive() });
export type LeaveInput = z.infer<typeof leaveInputSchema>;
export const leaveSchema = z.object({ id: z.number(), agreementId: z.number(), fromOn: z.string(), toOn: z.string(), reason: z.string(), substituteId: z.number(), substituteName: z.string() });

export const caregiverAssessmentInputSchema = z.strictObject({ month, score: z.number().int().min(0).max(100), assessor: name, note });
export type CaregiverAssessmentInput = z.infer<typeof caregiverAssessmentInputSchema>;
export const caregiverAssessmentSchema = z.object({ id: z.number(), agreementId: z.number(), month: z.string(), score: z.number(), passed: z.boolean(), assessor: z.string(), note: z.string().nullable() });

export const payrollInputSchema = z.strictObject({ areaCode, month });
export type CaregiverPayrollInput = z.infer<typeof payrollInputSchema>;
export const payrollSchema = z.object({
  id: z.number(),
  areaCode: z.string(),
  month: z.string(),
  status: z.enum(['prepared', 'approved']),
  lines: z.array(
    z.object({
      id: z.number(),
      agreementId: z.number(),
      caregiverId: z.number(),
      role: z.enum(['caregiver', 'substitute']),
      days: z.number(),
      amount: z.number(),
      payeeName: z.string(),
      /** masked */
      payeeIdNumber: z.string(),
      bankName: z.string(),
      /** masked */
      bankAccount: z.string(),
      reason: z.string(),
    }),
  ),
  total: z.number(),
  withheld: z.array(z.object({ agreementId: z.number(), caregiverName: z.string(), personName: z.string(), reason: z.enum(['not_assessed', 'assessment_failed']) })),
  preparedBy: z.number(),
  approvedBy: z.number().nullable(),
  approvedAt: z.string().nullable(),
});
export const payrollListQuery = z.strictObject({ areaCode: areaCode.optional(), ...page });
export type CaregiverPayrollListQuery = z.infer<typeof payrollListQuery>;
export const payrollListSchema = z.object({ items: z.array(payrollSchema.omit({ lines: true, withheld: true }).extend({ lineCount: z.number() })), total: z.number() });
