/**
 * 政策参数 policy parameters: the standards and rules every benefit calculation reads.
 *
 * A parameter is set per area and effective-dated (DOMAIN.md §3): a row says "from this date,
 * in this area, this key has this value". A child area inherits its parent's value unless it
 * sets its own, so a district only stores what differs from its city.
 *
 * Money is integer fen. Rates (increments, multipliers, the work-cost share) are decimal
 * strings such as "1.3" or "0.15": JSON keeps them exact, a policy author reads them as
 * published, and every product is computed as integers (`rateFraction`, `multiplyRate`).
 */
import { createHash } from 'node:crypto';
import { z } from 'zod';
import { DomainError } from './errors.ts';
import { DISABILITY_CATEGORIES, INCOME_TYPES } from './household.ts';

const MAX_FEN = 10_000_000_000;
const fen = z.number().int().min(0).max(MAX_FEN);
const RATE = /^(0|[1-9]\d{0,2})(\.\d{1,6})?$/;
const RATE_MESSAGE = '比率应写成小数，如 "1.3" 或 1.3（至多 6 位小数）';
/**
 * A rate is kept as the exact decimal string it was published as. A JSON number (0.2) is
 * accepted too and turned into its shortest decimal form ("0.2", what the author typed), so no
 * binary fraction ever reaches a product; numbers that have no such form (1e-7) are refused.
 */
export const rateSchema = z.codec(
  z.union([z.string(), z.number().finite().nonnegative()], { error: RATE_MESSAGE }),
  z.string().regex(RATE, RATE_MESSAGE),
  // A codec, not a transform: responses are encoded through the same schema (the rate as stored).
  { decode: (r) => (typeof r === 'number' ? String(r) : r), encode: (r) => r },
);
export type Rate = z.output<typeof rateSchema>;

/** A program's code: a built-in one (`dibao`) or a local program an admin defined (`local_zunlaojin`). */
const programCode = z.string().regex(/^[a-z][a-z0-9_]{1,39}$/, '项目代码应为小写字母、数字和下划线');
/** 发放周期: how often a program's money goes out; a quarterly payroll pays its three months at once. */
export const PAYMENT_PERIODS = ['monthly', 'quarterly', 'half_yearly', 'yearly'] as const;
export type PaymentPeriod = (typeof PAYMENT_PERIODS)[number];
const share = rateSchema.refine((r) => Number(r) <= 1, '市级分担比例应在 0 到 1 之间');
const workingDays = z.number().int().min(1).max(120);
const visitDays = z.number().int().min(1).max(366);

const unique = <T>(items: readonly T[]): boolean => new Set(items).size === items.length;

export const policySchema = z.strictObject({
  dibao: z.strictObject({
    /** 城市低保标准, per person per month */
    urbanStandard: fen,
    /** 农村低保标准, per person per month (published yearly in some areas: stored monthly) */
    ruralStandard: fen,
    /** 保底: a household on dibao gets at least this per counted member */
    minimumPerPerson: fen,
    /** financial assets per member ≤ this many months of the standard */
    assetMonths: z.number().int().min(0).max(600),
    maxHouses: z.number().int().min(0).max(100),
    /** 就业成本扣减: min(wage × share, cap) per member with wage income */
    workCostShare: rateSchema,
    workCostCap: fen,
    /** 分类施保: a member gets standard × the highest rate that applies, never a sum */
    increments: z.strictObject({
      severeDisability: rateSchema,
      seriousIllness: rateSchema,
      age70: rateSchema,
      minorOrStudent: rateSchema,
    }),
    /** 低保边缘: per-capita income below edgeMultiplier × standard */
    edgeMultiplier: rateSchema,
    /** 渐退期 months */
    gradualExitMonths: z.number().int().min(0).max(36),
    excludedIncomeTypes: z.array(z.enum(INCOME_TYPES)).refine(unique, '收入类型重复'),
  }),
  tekun: z.strictObject({
    /** basic living = multiplier × dibao standard, rounded up to the yuan (1.3 by default) */
    multiplier: rateSchema,
    /** 照料护理费 by self-care tier: 自理 / 半失能 / 全失能 */
    care: z.strictObject({ self: fen, partial: fen, full: fen }),
  }),
  elderly: z.strictObject({
    /** 高龄津贴 tiers, e.g. 80, 90, 100: the highest tier reached applies */
    tiers: z
      .array(z.strictObject({ minAge: z.number().int().min(1).max(150), amount: fen }))
      .refine((tiers) => unique(tiers.map((t) => t.minAge)), '年龄档次重复'),
  }),
  disability: z.strictObject({
    /** 困难残疾人生活补贴 */
    livingAmount: fen,
    /** 重度残疾人护理补贴 */
    careAmount: fen,
    /**
     * Grades covered by the care subsidy. 国发〔2015〕52号 covers grades 1–2 and lets areas add
     * non-severe intellectual and mental disability, hence the optional category filter
     * (absent = every category).
     */
    careGrades: z.array(
      z.strictObject({
        grade: z.number().int().min(1).max(4),
        categories: z.array(z.enum(DISABILITY_CATEGORIES)).min(1).optional(),
      }),
    ),
  }),
  orphan: z.strictObject({
    /** 孤儿 / 事实无人抚养儿童基本生活费, per child per month */
    standard: fen,
  }),
  temporary: z.strictObject({
    /** 临时救助: a grant is at most this many months of the household's dibao standard (urban or rural) */
    maxMonths: z.number().int().min(0).max(120),
    /** 小额先行: what a street may pay before the file is complete */
    urgentCap: fen,
    /** a household receives at most this many months of its standard in a calendar year, all grants together */
    yearlyMaxMonths: z.number().int().min(0).max(240).default(12),
  }),
  funding: z.strictObject({
    /** 资金分担: the city's share of a payroll (0–1) for programs without their own; the district pays the rest */
    cityShare: share,
    /** the city's share per program, e.g. { "tekun": "0.7" } (others: cityShare) */
    programShares: z.record(programCode, share).default({}),
  }),
  payments: z
    .strictObject({
      /** 发放周期 per program, e.g. { "tekun": "quarterly" } (others: monthly) */
      periods: z.record(programCode, z.enum(PAYMENT_PERIODS)).default({}),
    })
    .prefault({}),
  /**
   * 时限与程序: the legal limits of DOMAIN.md §5 (最低生活保障审核确认办法, 特困人员认定办法) with the
   * national values as defaults; many cities set shorter ones.
   */
  cases: z
    .strictObject({
      /** 审核确认 within this many working days of acceptance */
      decisionWorkingDays: workingDays.default(30),
      /** … or this many with a recorded extension */
      extendedWorkingDays: workingDays.default(45),
      /** 入户调查 starts within this many working days of acceptance */
      investigationStartWorkingDays: workingDays.default(3),
      /** 不予确认通知书 within this many working days of the decision */
      decisionNoticeWorkingDays: workingDays.default(3),
      /** 公示 length in calendar days for programs without their own */
      noticeDays: z.number().int().min(1).max(60).default(7),
      /** 公示 length per program, e.g. { "elderly_care_subsidy": 3 } */
      noticeDaysByProgram: z.record(programCode, z.number().int().min(1).max(60)).default({}),
      /** 三榜公示: rounds of notice per program (others: one) */
      noticeRoundsByProgram: z.record(programCode, z.number().int().min(1).max(3)).default({}),
      /** 民主评议 panels need at least this many members before their vote counts */
      reviewPanelMinimum: z.number().int().min(1).max(200).default(20),
      /** 核对预警: a community works an alert from matching within this many working days (issue 18) */
      alertWorkingDays: workingDays.default(10),
    })
    .prefault({}),
  /**
   * 复核周期 (DOMAIN.md §5 after enrolment), in months from the start or the last review: dibao
   * category A (stable) yearly, B half-yearly, C (labour capacity, irregular income) quarterly;
   * tekun yearly. Areas may review more often.
   */
  reviews: z
    .strictObject({
      categoryAMonths: z.number().int().min(1).max(36).default(12),
      categoryBMonths: z.number().int().min(1).max(36).default(6),
      categoryCMonths: z.number().int().min(1).max(36).default(3),
      tekunMonths: z.number().int().min(1).max(36).default(12),
    })
    .prefault({}),
  /** 举报投诉 handling (issue 17 point 1). */
  complaints: z
    .strictObject({
      /**
       * 办结时限: a complaint is investigated and answered within this many working days of
       * receipt. 信访工作条例 art. 32 allows 60 calendar days; bureaus set shorter limits for
       * social-assistance tips (the seeds' cities answer in 15 working days).
       */
      handlingWorkingDays: workingDays.default(15),
    })
    .prefault({}),
  /**
   * 探访关爱 (issue 21): the longest gap, in calendar days, between two visits of a person in each
   * care group. The national guidance (民发〔2017〕193号 on elderly living alone, 民发〔2019〕34号 on
   * left-behind children and de-facto orphans) asks for a visit at least monthly; scattered tekun
   * persons are visited weekly to monthly, by the area's choice.
   */
  careVisits: z
    .strictObject({
      elderlyAloneDays: visitDays.default(30),
      severeDisabilityDays: visitDays.default(30),
      childrenDays: visitDays.default(30),
      tekunScatteredDays: visitDays.default(30),
    })
    .prefault({}),
  /**
   * 居家养老服务补贴 (issue 21): monthly service credits by self-care tier for elderly persons of
   * dibao, tekun and edge households — the city's tier and the district's top-up, credited as two
   * credits so each keeps its source; credits lapse after `creditValidMonths` months.
   */
  homeCare: z
    .strictObject({
      minAge: z.number().int().min(1).max(150).default(60),
      cityCredit: z.strictObject({ partial: fen, full: fen }).default({ partial: 20000, full: 40000 }),
      districtTopUp: z.strictObject({ partial: fen, full: fen }).default({ partial: 0, full: 10000 }),
      creditValidMonths: z.number().int().min(1).max(60).default(12),
    })
    .prefault({}),
  /**
   * 志愿服务与慈善超市 (issue 22): points (积分) credited per hour of volunteer service, and the
   * value of goods the charity store may issue to one household in a month (fen).
   */
  community: z
    .strictObject({
      pointsPerHour: rateSchema.default('10'),
      charityMonthlyQuota: fen.default(20000),
    })
    .prefault({}),
  /**
   * 老年证 / 优待证 (issue 21): the ages from which each card is issued (老年人权益保障法 art. 2: 60;
   * the 优待证 tier by the province's rule) and the fee the area charges per card, 0 where free.
   */
  seniorCards: z
    .strictObject({
      minAge: z.number().int().min(1).max(150).default(60),
      preferentialMinAge: z.number().int().min(1).max(150).default(65),
      fee: fen.max(100_000).default(0),
    })
    .prefault({}),
  /**
   * 优抚金 (issue 22): the monthly amount per entitled group (定期抚恤金 and 定期补助, 《军人抚恤优待
   * 条例》 — the national standards, raised yearly; areas add their own), the conscript family's
   * yearly allowance (义务兵家庭优待金, per household) and the Spring Festival one-off per recipient.
   */
  veterans: z
    .strictObject({
      monthlyAmounts: z
        .strictObject({
          disabled_serviceman: fen,
          martyr_survivor: fen,
          duty_death_survivor: fen,
          illness_death_survivor: fen,
          demobilised: fen,
          ill_veteran: fen,
          war_veteran: fen,
          militia_war_veteran: fen,
        })
        .default({
          disabled_serviceman: 300000,
          martyr_survivor: 250000,
          duty_death_survivor: 200000,
          illness_death_survivor: 190000,
          demobilised: 160000,
          ill_veteran: 110000,
          war_veteran: 80000,
          militia_war_veteran: 60000,
        }),
      conscriptFamilyYearly: fen.default(280000),
      springFestival: fen.default(20000),
    })
    .prefault({}),
});
export type Policy = z.infer<typeof policySchema>;

/** A group as an object schema (groups added later are wrapped in `prefault({})` so old policies parse). */
type GroupObject<S> = S extends z.ZodPrefault<infer Inner> ? Inner : S;
type Groups = { [G in keyof typeof policySchema.shape]: GroupObject<(typeof policySchema.shape)[G]> };
/** A stored parameter's key: `dibao.urbanStandard`, `elderly.tiers`, … */
export type PolicyKey = {
  [G in keyof Groups]: `${G & string}.${keyof Groups[G]['shape'] & string}`;
}[keyof Groups];

function groupObject(schema: z.ZodType): z.ZodObject {
  return (schema instanceof z.ZodPrefault ? schema.unwrap() : schema) as z.ZodObject;
}

const VALUE_SCHEMAS = new Map<PolicyKey, z.ZodType>(
  Object.entries(policySchema.shape).flatMap(([group, groupSchema]) =>
    Object.entries(groupObject(groupSchema as z.ZodType).shape).map(([name, schema]) => [`${group}.${name}` as PolicyKey, schema as z.ZodType]),
  ),
);

/**
 * The national value of a key added after policies were first stored (a legal limit, a
 * per-program setting): in force wherever no area sets its own. Keys without one must be set.
 */
export function nationalDefault(key: PolicyKey): { value: unknown } | null {
  const parsed = policyValueSchema(key).safeParse(undefined);
  return parsed.success ? { value: parsed.data } : null;
}

/** Where a value came from when no area set it: the national default. */
export const NATIONAL_SOURCE: PolicySource = { areaCode: 'national', effectiveFrom: '0000-01-01', version: 0 };
export const POLICY_KEYS: readonly PolicyKey[] = [...VALUE_SCHEMAS.keys()];

export function isPolicyKey(key: string): key is PolicyKey {
  return VALUE_SCHEMAS.has(key as PolicyKey);
}

/** The schema one parameter's value must satisfy (for the policy editor and row imports). */
export function policyValueSchema(key: PolicyKey): z.ZodType {
  return VALUE_SCHEMAS.get(key)!;
}

export function policyValue(policy: Policy, key: PolicyKey): unknown {
  const [group, name] = key.split('.') as [string, string];
  return (policy as unknown as Record<string, Record<string, unknown>>)[group]?.[name];
}

/** A rate as an exact fraction: "1.3" → 13/10. */
export function rateFraction(rate: Rate): { numerator: bigint; denominator: bigint } {
  if (!RATE.test(rate)) throw new RangeError(`not a rate: ${JSON.stringify(rate)}`);
  const [whole, decimals = ''] = rate.split('.') as [string, string?];
  return { numerator: BigInt(whole + decimals), denominator: 10n ** BigInt(decimals.length) };
}

/** One version of one parameter in one area, as stored. */
export interface PolicyRow {
  areaCode: string;
  key: string;
  /** YYYY-MM-DD, inclusive */
  effectiveFrom: string;
  value: unknown;
  /** increases with every edit; breaks ties between rows of the same area, key and date */
  version: number;
}

export const policyRowSchema = z
  .strictObject({
    areaCode: z.string().regex(/^(\d{2}|\d{4}|\d{6}|\d{9}|\d{12})$/),
    key: z.enum(POLICY_KEYS as [PolicyKey, ...PolicyKey[]]),
    effectiveFrom: z.iso.date(),
    value: z.unknown(),
    version: z.number().int().positive(),
  })
  .superRefine((row, ctx) => {
    const result = policyValueSchema(row.key).safeParse(row.value);
    for (const issue of result.error?.issues ?? []) {
      ctx.addIssue({ code: 'custom', message: issue.message, path: ['value', ...issue.path] });
    }
  });

export interface PolicySource {
  areaCode: string;
  effectiveFrom: string;
  version: number;
}
export type PolicySources = Record<PolicyKey, PolicySource>;
export interface ResolvedPolicy {
  policy: Policy;
  sources: PolicySources;
}

/** No area in the chain sets these keys on or before the date: nothing can be calculated. */
export class PolicyIncompleteError extends DomainError {
  readonly missing: readonly PolicyKey[];
  constructor(missing: readonly PolicyKey[]) {
    super('unprocessable', 'policy_incomplete', { params: { missing: missing.join(', ') } });
    this.missing = missing;
  }
}

/**
 * The policy in force on `asOf` for an area. `areaCodeChain` lists the area and its ancestors
 * nearest first. Per key, the nearest area with a row in force wins — a row dated after
 * `asOf` is not yet in force, so the parent's value still applies until then. Within an area
 * the latest `effectiveFrom` ≤ `asOf` wins, and on the same date the highest version (a
 * correction replaces the row it corrects), so the answer never depends on row order.
 */
export function resolvePolicy(rows: readonly PolicyRow[], areaCodeChain: readonly string[], asOf: string): ResolvedPolicy {
  // Dates compare as strings, which is only sound for YYYY-MM-DD.
  if (!/^\d{4}-\d{2}-\d{2}$/.test(asOf)) throw new RangeError(`asOf must be YYYY-MM-DD, got ${JSON.stringify(asOf)}`);
  const best = new Map<string, PolicyRow>();
  for (const row of rows) {
    if (row.effectiveFrom > asOf || !isPolicyKey(row.key)) continue;
    const slot = `${row.areaCode}|${row.key}`;
    const current = best.get(slot);
    if (
      !current ||
      row.effectiveFrom > current.effectiveFrom ||
      (row.effectiveFrom === current.effectiveFrom && row.version > current.version)
    ) {
      best.set(slot, row);
    }
  }

  const groups: Record<string, Record<string, unknown>> = {};
  const sources: Partial<PolicySources> = {};
  const missing: PolicyKey[] = [];
  for (const key of POLICY_KEYS) {
    const row = areaCodeChain.map((area) => best.get(`${area}|${key}`)).find((r) => r !== undefined);
    if (!row) {
      const fallback = nationalDefault(key);
      if (!fallback) {
        missing.push(key);
        continue;
      }
      const [group, name] = key.split('.') as [string, string];
      (groups[group] ??= {})[name] = fallback.value;
      sources[key] = NATIONAL_SOURCE;
      continue;
    }
    const parsed = policyValueSchema(key).safeParse(row.value);
    if (!parsed.success) {
      throw new DomainError('unprocessable', 'policy_value_invalid', {
        field: key,
        params: { areaCode: row.areaCode, effectiveFrom: row.effectiveFrom, version: row.version },
      });
    }
    const [group, name] = key.split('.') as [string, string];
    (groups[group] ??= {})[name] = parsed.data;
    sources[key] = { areaCode: row.areaCode, effectiveFrom: row.effectiveFrom, version: row.version };
  }
  if (missing.length > 0) throw new PolicyIncompleteError(missing);
  return { policy: policySchema.parse(groups), sources: sources as PolicySources };
}

/** One row per parameter: seeds an area with a complete policy (demo, tests, imports). */
export function policyToRows(policy: Policy, areaCode: string, effectiveFrom: string, version = 1): PolicyRow[] {
  return POLICY_KEYS.map((key) => ({ areaCode, key, effectiveFrom, value: policyValue(policy, key), version }));
}

function fingerprint(text: string): string {
  return createHash('sha256').update(text).digest('hex').slice(0, 8);
}

/**
 * A short, stable name for the set of rows a calculation used, recorded with every result:
 * the date the newest of them took effect (readable) and a fingerprint of all of them
 * (unambiguous): `2025-07-01/3f9a1c2b`. Same rows, same label — whatever the `asOf`.
 */
export function policyVersionLabel(sources: PolicySources): string {
  const entries = POLICY_KEYS.map((k) => [k, sources[k].areaCode, sources[k].effectiveFrom, sources[k].version]);
  const newest = POLICY_KEYS.map((k) => sources[k].effectiveFrom).reduce((a, b) => (a > b ? a : b));
  return `${newest}/${fingerprint(JSON.stringify(entries))}`;
}

/** The label for a policy given inline with a scenario (a what-if, not a stored version). */
export function inlinePolicyVersionLabel(policy: Policy): string {
  return `inline/${fingerprint(JSON.stringify(POLICY_KEYS.map((k) => [k, policyValue(policy, k)])))}`;
}

/**
 * 武汉市江岸区 (420102) demo policy, effective 2025-01-01. ILLUSTRATIVE: the seed documents
 * carry no Wuhan figures, so these are plausible 2025 values in the range DOMAIN.md §10
 * gives (urban 1,040 yuan/month), not the published standards; replace them from the
 * 武汉市民政局 notices before real use.
 */
export const demoPolicy: Policy = {
  dibao: {
    urbanStandard: 104000,
    ruralStandard: 85000,
    minimumPerPerson: 5000,
    assetMonths: 24,
    maxHouses: 1,
    workCostShare: '0.2',
    workCostCap: 30000,
    increments: { severeDisability: '0.3', seriousIllness: '0.2', age70: '0.1', minorOrStudent: '0.1' },
    edgeMultiplier: '1.5',
    gradualExitMonths: 6,
    // 《最低生活保障审核确认办法》 (民发〔2021〕57号): assistance and subsidies themselves, 优抚
    // special payments and rewards are not income for the means test.
    excludedIncomeTypes: [
      'dibao',
      'tekun',
      'temporary_assistance',
      'disability_subsidy',
      'elderly_allowance',
      'orphan_allowance',
      'entitled_group_payment',
      'bravery_award',
      'family_planning_reward',
    ],
  },
  tekun: { multiplier: '1.3', care: { self: 10000, partial: 40000, full: 80000 } },
  elderly: {
    tiers: [
      { minAge: 80, amount: 10000 },
      { minAge: 90, amount: 20000 },
      { minAge: 100, amount: 50000 },
    ],
  },
  disability: {
    livingAmount: 12000,
    careAmount: 15000,
    careGrades: [{ grade: 1 }, { grade: 2 }, { grade: 3, categories: ['intellectual', 'mental'] }],
  },
  orphan: { standard: 160000 },
  temporary: { maxMonths: 6, urgentCap: 100000, yearlyMaxMonths: 12 },
  funding: { cityShare: '0.5', programShares: {} },
  payments: { periods: {} },
  cases: {
    decisionWorkingDays: 30,
    extendedWorkingDays: 45,
    investigationStartWorkingDays: 3,
    decisionNoticeWorkingDays: 3,
    noticeDays: 7,
    noticeDaysByProgram: {},
    noticeRoundsByProgram: {},
    reviewPanelMinimum: 20,
    alertWorkingDays: 10,
  },
  reviews: { categoryAMonths: 12, categoryBMonths: 6, categoryCMonths: 3, tekunMonths: 12 },
  complaints: { handlingWorkingDays: 15 },
  careVisits: { elderlyAloneDays: 30, severeDisabilityDays: 30, childrenDays: 30, tekunScatteredDays: 30 },
  homeCare: { minAge: 60, cityCredit: { partial: 20000, full: 40000 }, districtTopUp: { partial: 0, full: 10000 }, creditValidMonths: 12 },
  community: { pointsPerHour: '10', charityMonthlyQuota: 20000 },
  seniorCards: { minAge: 60, preferentialMinAge: 65, fee: 0 },
  veterans: policySchema.shape.veterans.parse(undefined),
};

/** 时限与程序 at their national values: what applies where an area's policy cannot be read. */
export const NATIONAL_CASE_RULES: Policy['cases'] = policySchema.shape.cases.parse(undefined);

/** How often a program pays in an area (monthly unless the policy says otherwise). */
export function paymentPeriodOf(policy: Policy, program: string): PaymentPeriod {
  return policy.payments.periods[program] ?? 'monthly';
}

/** The city's share of a program's payroll, and the key it comes from (recorded with the payroll). */
export function citySharingOf(policy: Policy, program: string): { share: Rate; source: string } {
  const own = policy.funding.programShares[program];
  return own !== undefined ? { share: own, source: `funding.programShares.${program}` } : { share: policy.funding.cityShare, source: 'funding.cityShare' };
}

/** The city's share of a program's payroll. */
export function cityShareOf(policy: Policy, program: string): Rate {
  return citySharingOf(policy, program).share;
}

/** A program's public notice: its length in calendar days and its number of rounds (三榜). */
export function noticeRuleOf(policy: Pick<Policy, 'cases'>, program: string): { days: number; rounds: number } {
  return { days: policy.cases.noticeDaysByProgram[program] ?? policy.cases.noticeDays, rounds: policy.cases.noticeRoundsByProgram[program] ?? 1 };
}
