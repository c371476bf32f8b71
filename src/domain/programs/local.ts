/**
 * 地方项目: programs an area runs on its own (尊老金, 健康补助金, 粮油卡, 帮困补助券 …), defined
 * by an administrator without code (DOMAIN.md §3 "Local programs"). A definition says who
 * qualifies by registry fields, how much is paid, and how; `evaluateLocalProgram` applies it
 * to a registered household on a date, each rule a trace line, like the built-in programs.
 *
 * Rules, all of which must hold (an empty rule is no condition):
 * - the household lies in the program's area (defined at a district or city, it applies below);
 * - the definition is active and in force on the date (effective from/to, inclusive);
 * - person rules, on the subject (person programs) or on each member (household programs, whose
 *   members meeting them are the covered persons, at least one): age in completed years within
 *   [ageMin, ageMax] inclusive, sex, a disability of one of the grades and of one of the
 *   categories, at least one of the flags, not in prison or compulsory isolation;
 * - urban or rural registration of the household;
 * - required programs: enrolled in at least one of them (the person, or the household as a
 *   whole — dibao is the household's); for a household program any member's enrolment counts;
 * - excluded programs (the stacking rule): enrolled in none of them, counted the same way.
 */
import { z } from 'zod';
import { DISABILITY_CATEGORIES, PERSON_FLAGS } from '../household.ts';
import { ageOn, type Sex } from '../id-number.ts';
import type { ReasonCode } from './reasons.ts';
import type { TraceStep } from './trace.ts';

/** `local_` and a slug: stable, and short enough for every program column (varchar(32)). */
export const LOCAL_CODE_PATTERN = /^local_[a-z0-9][a-z0-9_]{0,25}$/;
export type LocalProgramCode = `local_${string}`;
export const isLocalProgram = (code: string): code is LocalProgramCode => code.startsWith('local_');

export const LOCAL_SUBJECTS = ['person', 'household'] as const;
/** per_person: a person program's amount; per_household / per_covered_person: a household program's. */
export const LOCAL_AMOUNT_BASES = ['per_person', 'per_household', 'per_covered_person'] as const;
/** 现金 / 实物 / 券 */
export const LOCAL_KINDS = ['cash', 'in_kind', 'voucher'] as const;

const programCode = z.string().regex(/^[a-z][a-z0-9_]{0,31}$/);

export const localProgramRulesSchema = z
  .strictObject({
    ageMin: z.number().int().min(0).max(150).nullable().default(null),
    ageMax: z.number().int().min(0).max(150).nullable().default(null),
    sex: z.enum(['male', 'female']).nullable().default(null),
    disabilityGrades: z.array(z.number().int().min(1).max(4)).max(4).default([]),
    disabilityCategories: z.array(z.enum(DISABILITY_CATEGORIES)).max(DISABILITY_CATEGORIES.length).default([]),
    flags: z.array(z.enum(PERSON_FLAGS)).max(PERSON_FLAGS.length).default([]),
    urbanRural: z.enum(['urban', 'rural']).nullable().default(null),
    requiredPrograms: z.array(programCode).max(20).default([]),
    excludedPrograms: z.array(programCode).max(20).default([]),
  })
  .superRefine((r, ctx) => {
    if (r.ageMin !== null && r.ageMax !== null && r.ageMin > r.ageMax) ctx.addIssue({ code: 'custom', path: ['ageMax'], message: '最高年龄不能小于最低年龄' });
    const both = r.requiredPrograms.filter((p) => r.excludedPrograms.includes(p));
    if (both.length) ctx.addIssue({ code: 'custom', path: ['excludedPrograms'], message: `同一项目不能既是必须享受又是不得同时享受：${both.join('、')}` });
  });
export type LocalProgramRules = z.infer<typeof localProgramRulesSchema>;

export interface LocalProgramDefinition {
  code: string;
  name: string;
  areaCode: string;
  subject: (typeof LOCAL_SUBJECTS)[number];
  amountBasis: (typeof LOCAL_AMOUNT_BASES)[number];
  /** fen per month, per person or household as the basis says */
  amount: number;
  kind: (typeof LOCAL_KINDS)[number];
  effectiveFrom: string;
  effectiveTo: string | null;
  active: boolean;
  version: number;
  rules: LocalProgramRules;
}

export interface LocalMember {
  personId: number;
  birthDate: string;
  sex: Sex;
  disability: { category: string; grade: number } | null;
  flags: readonly string[];
  inPrison: boolean;
}

export interface LocalEligibilityInput {
  asOf: string;
  household: { areaCode: string; urban: boolean; members: readonly LocalMember[] };
  /** the person applied for (person programs); null for household programs */
  subjectPersonId: number | null;
  /** enrolments paying now or confirmed to start: the person's, the members', the household's (personId null) */
  enrolments: readonly { program: string; personId: number | null }[];
}

export interface LocalProgramResult {
  program: string;
  eligible: boolean;
  monthlyAmount: number;
  coveredPersons: number;
  reasons: ReasonCode[];
  trace: TraceStep[];
  policyVersion: string;
}

export const localPolicyVersion = (d: Pick<LocalProgramDefinition, 'code' | 'version'>) => `local:${d.code}@v${d.version}`;

/** The person rules on one member: the reasons it fails, each rule a trace line. */
function personReasons(rules: LocalProgramRules, m: LocalMember, index: number, asOf: string, trace: TraceStep[]): ReasonCode[] {
  const reasons: ReasonCode[] = [];
  const age = ageOn(m.birthDate, asOf);
  trace.push({ step: 'subject_in_prison_test', value: !m.inPrison, memberIndex: index });
  if (m.inPrison) reasons.push('in_prison');
  if (rules.ageMin !== null || rules.ageMax !== null) {
    const ok = (rules.ageMin === null || age >= rules.ageMin) && (rules.ageMax === null || age <= rules.ageMax);
    trace.push({ step: 'age_test', value: ok, memberIndex: index, detail: { age, ageMin: rules.ageMin, ageMax: rules.ageMax } });
    if (!ok) reasons.push('age');
  }
  if (rules.sex !== null) {
    const ok = m.sex === rules.sex;
    trace.push({ step: 'sex_test', value: ok, memberIndex: index, detail: { sex: m.sex, required: rules.sex } });
    if (!ok) reasons.push('local_sex');
  }
  if (rules.disabilityGrades.length || rules.disabilityCategories.length) {
    const d = m.disability;
    const ok = d !== null && (!rules.disabilityGrades.length || rules.disabilityGrades.includes(d.grade)) && (!rules.disabilityCategories.length || (rules.disabilityCategories as string[]).includes(d.category));
    trace.push({ step: 'disability_rule_test', value: ok, memberIndex: index, detail: { disability: d, grades: rules.disabilityGrades, categories: rules.disabilityCategories } });
    if (!ok) reasons.push('local_disability');
  }
  if (rules.flags.length) {
    const ok = rules.flags.some((f) => m.flags.includes(f));
    trace.push({ step: 'flag_test', value: ok, memberIndex: index, detail: { flags: m.flags, anyOf: rules.flags } });
    if (!ok) reasons.push('local_flags');
  }
  return reasons;
}

const hasPersonRules = (r: LocalProgramRules) =>
  r.ageMin !== null || r.ageMax !== null || r.sex !== null || r.disabilityGrades.length > 0 || r.disabilityCategories.length > 0 || r.flags.length > 0;

export function evaluateLocalProgram(def: LocalProgramDefinition, input: LocalEligibilityInput): LocalProgramResult {
  const trace: TraceStep[] = [];
  const reasons: ReasonCode[] = [];
  const { rules } = def;
  trace.push({ step: 'as_of', value: input.asOf });
  trace.push({ step: 'local_program', value: def.name, detail: { code: def.code, version: def.version, kind: def.kind, areaCode: def.areaCode } });

  const inArea = input.household.areaCode.startsWith(def.areaCode);
  trace.push({ step: 'local_area_test', value: inArea, detail: { areaCode: input.household.areaCode, programArea: def.areaCode } });
  if (!inArea) reasons.push('local_area');
  trace.push({ step: 'local_active_test', value: def.active });
  if (!def.active) reasons.push('local_inactive');
  const inForce = def.effectiveFrom <= input.asOf && (def.effectiveTo === null || input.asOf <= def.effectiveTo);
  trace.push({ step: 'local_in_force_test', value: inForce, detail: { effectiveFrom: def.effectiveFrom, effectiveTo: def.effectiveTo } });
  if (!inForce) reasons.push('local_not_in_force');

  if (rules.urbanRural !== null) {
    const ok = input.household.urban === (rules.urbanRural === 'urban');
    trace.push({ step: 'household_type', value: input.household.urban ? 'urban' : 'rural', detail: { required: rules.urbanRural } });
    trace.push({ step: 'urban_rural_test', value: ok });
    if (!ok) reasons.push('local_urban_rural');
  }

  // Who the rules are about: the subject, or every member of a household program.
  let covered: LocalMember[] = [];
  if (def.subject === 'person') {
    const index = input.household.members.findIndex((m) => m.personId === input.subjectPersonId);
    const member = input.household.members[index];
    if (!member) {
      reasons.push('no_subject');
    } else {
      trace.push({ step: 'subject', value: ageOn(member.birthDate, input.asOf), memberIndex: index, detail: { birthDate: member.birthDate } });
      const own = personReasons(rules, member, index, input.asOf, trace);
      reasons.push(...own);
      if (own.length === 0) covered = [member];
    }
  } else {
    input.household.members.forEach((m, index) => {
      // In prison or compulsory isolation: not a member (DOMAIN.md §2), whatever the rules.
      if (m.inPrison) {
        trace.push({ step: 'member_in_prison', value: true, memberIndex: index });
        return;
      }
      if (!hasPersonRules(rules)) {
        covered.push(m);
        return;
      }
      if (personReasons(rules, m, index, input.asOf, trace).length === 0) covered.push(m);
    });
    trace.push({ step: 'covered_persons', value: covered.length });
    if (covered.length === 0) reasons.push(hasPersonRules(rules) ? 'local_no_covered_person' : 'no_members');
  }

  // Enrolments that count: a person program looks at the person's own and the household's.
  const counted = input.enrolments.filter((e) => def.subject === 'household' || e.personId === null || e.personId === input.subjectPersonId);
  const enrolled = [...new Set(counted.map((e) => e.program))].sort();
  if (rules.requiredPrograms.length) {
    const ok = rules.requiredPrograms.some((p) => enrolled.includes(p));
    trace.push({ step: 'required_program_test', value: ok, detail: { anyOf: rules.requiredPrograms, enrolled } });
    if (!ok) reasons.push('local_required_program');
  }
  if (rules.excludedPrograms.length) {
    const clash = rules.excludedPrograms.filter((p) => enrolled.includes(p));
    trace.push({ step: 'excluded_program_test', value: clash.length === 0, detail: { noneOf: rules.excludedPrograms, enrolled, clash } });
    if (clash.length) reasons.push('local_excluded_program');
  }

  const policyVersion = localPolicyVersion(def);
  const eligible = reasons.length === 0;
  trace.push(eligible ? { step: 'eligible', value: true } : { step: 'eligible', value: false, detail: { reasons } });
  if (!eligible) {
    trace.push({ step: 'amount', value: 0 });
    return { program: def.code, eligible, monthlyAmount: 0, coveredPersons: 0, reasons, trace, policyVersion };
  }
  const persons = def.subject === 'person' ? 1 : covered.length;
  const monthlyAmount = def.amountBasis === 'per_covered_person' ? def.amount * persons : def.amount;
  trace.push({ step: 'local_amount', value: def.amount, detail: { basis: def.amountBasis, kind: def.kind } });
  trace.push({ step: 'amount', value: monthlyAmount, detail: { basis: def.amountBasis, persons } });
  return { program: def.code, eligible, monthlyAmount, coveredPersons: persons, reasons, trace, policyVersion };
}
