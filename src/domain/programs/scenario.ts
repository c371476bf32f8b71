/**
 * A calculation scenario: a household as the means test sees it on a date, and the program to
 * calculate. The same JSON is posted to `/api/v1/calculations`, read by `minzheng calc`, and
 * built from a registered household file, so the schema is strict: an unknown field is a
 * mistake (a typo silently ignored would change an amount), not an extension.
 */
import { z } from 'zod';
import {
  DISABILITY_CATEGORIES,
  INCOME_TYPES,
  LABOR_CAPACITIES,
  PERSON_FLAGS,
  RELATIONS,
  SELF_CARE_LEVELS,
} from '../household.ts';
import { parseIdNumber } from '../id-number.ts';
import { policySchema } from '../policy.ts';

/** The programs with a calculation here (DOMAIN.md §3). */
export const CALCULATED_PROGRAMS = [
  'dibao',
  'dibao_edge',
  'tekun',
  'elderly_allowance',
  'disability_living',
  'disability_care',
  'orphan',
  'de_facto_orphan',
] as const;
export type CalculatedProgram = (typeof CALCULATED_PROGRAMS)[number];

const fen = z.number().int().min(0).max(10_000_000_000);

const memberSchema = z.strictObject({
  idNumber: z.string().trim().min(1).max(20),
  relation: z.enum(RELATIONS),
  laborCapacity: z.enum(LABOR_CAPACITIES),
  student: z.boolean(),
  employed: z.boolean(),
  disability: z
    .strictObject({ category: z.enum(DISABILITY_CATEGORIES), grade: z.number().int().min(1).max(4) })
    .nullable(),
  seriousIllness: z.boolean(),
  /** null: not assessed (the registry holds it only for those who were) */
  selfCare: z.enum(SELF_CARE_LEVELS).nullable(),
  inPrison: z.boolean(),
  /** the person a person-level program (tekun, allowances, orphan) is calculated for */
  subject: z.boolean().optional(),
  /** a legally obligated supporter able to support the subject (tekun) */
  hasAbleObligor: z.boolean().optional(),
  onTekun: z.boolean().optional(),
  /** registry flags (孤儿, 事实无人抚养儿童 …): the orphan allowance reads the child's status here */
  flags: z.array(z.enum(PERSON_FLAGS)).max(PERSON_FLAGS.length).optional(),
  /**
   * Other assistance the person receives in the month (the orphan top-up is the difference).
   * Built from the enrolment tables for a registered household. `householdPersons`: the
   * enrolment is the household's (dibao) and `monthly` its whole amount, shared per person.
   */
  otherBenefits: z
    .array(
      z.strictObject({
        program: z.string().regex(/^[a-z][a-z0-9_]*$/).max(50),
        monthly: fen,
        enrolmentId: z.number().int().positive().optional(),
        householdPersons: z.number().int().min(1).max(50).optional(),
      }),
    )
    .max(20)
    .optional(),
  incomes: z.array(z.strictObject({ type: z.enum(INCOME_TYPES), monthly: fen })).max(50),
  /** the person's own social-insurance contributions per month, deducted from income */
  socialInsurance: fen,
});

export const scenarioSchema = z
  .strictObject({
    program: z.enum(CALCULATED_PROGRAMS),
    asOf: z.iso.date(),
    areaCode: z
      .string()
      .regex(/^(\d{2}|\d{4}|\d{6}|\d{9}|\d{12})$/, '应为 2/4/6/9/12 位区划代码')
      .optional(),
    /** a complete policy to use instead of the area's policy in force (政策模拟, what-ifs) */
    policy: policySchema.optional(),
    household: z.strictObject({
      urban: z.boolean(),
      members: z.array(memberSchema).min(1).max(50),
      assets: z.strictObject({
        /** deposits, securities … in fen */
        financial: fen,
        /** exempt: used for a disabled person's mobility or to earn a living */
        vehicles: z.array(z.strictObject({ exempt: z.boolean() })).max(50),
        houses: z.number().int().min(0).max(100),
      }),
    }),
  })
  .superRefine((scenario, ctx) => {
    // Format issues do not stop zod from running this refinement: a malformed asOf is already
    // reported, so only a real date may serve as the bound for birth dates.
    const asOf = z.iso.date().safeParse(scenario.asOf).success ? scenario.asOf : undefined;
    let subjects = 0;
    scenario.household.members.forEach((member, i) => {
      const parsed = parseIdNumber(member.idNumber, asOf);
      if (!parsed.ok) {
        ctx.addIssue({
          code: 'custom',
          message: `身份证号无效（${parsed.problem}）`,
          path: ['household', 'members', i, 'idNumber'],
        });
      }
      if (member.subject) subjects += 1;
    });
    if (subjects > 1) {
      ctx.addIssue({ code: 'custom', message: '只能指定一名计算对象', path: ['household', 'members'] });
    }
  });

export type Scenario = z.infer<typeof scenarioSchema>;
export type ScenarioMember = Scenario['household']['members'][number];
