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
export const rateSchema = z.string().regex(RATE, '比率应写成小数字符串，如 "1.3"');
export type Rate = z.infer<typeof rateSchema>;

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
    /** 临时救助: a grant is at most this many months of the dibao standard */
    maxMonths: z.number().int().min(0).max(120),
    /** 小额先行: what a street may pay before the file is complete */
    urgentCap: fen,
  }),
  funding: z.strictObject({
    /** 资金分担: the city's share of every payroll (0–1); the district pays the rest */
    cityShare: rateSchema.refine((r) => Number(r) <= 1, '市级分担比例应在 0 到 1 之间'),
  }),
});
export type Policy = z.infer<typeof policySchema>;

type Groups = typeof policySchema.shape;
/** A stored parameter's key: `dibao.urbanStandard`, `elderly.tiers`, … */
export type PolicyKey = {
  [G in keyof Groups]: `${G & string}.${keyof Groups[G]['shape'] & string}`;
}[keyof Groups];

const VALUE_SCHEMAS = new Map<PolicyKey, z.ZodType>(
  Object.entries(policySchema.shape).flatMap(([group, groupSchema]) =>
    Object.entries(groupSchema.shape).map(([name, schema]) => [`${group}.${name}` as PolicyKey, schema as z.ZodType]),
  ),
);
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
      missing.push(key);
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
  temporary: { maxMonths: 6, urgentCap: 100000 },
  funding: { cityShare: '0.5' },
};
