/**
 * 主动发现 (proactive discovery, DOMAIN.md §5, issue 18 point 4): rules over the registry and the
 * other departments' records that name persons likely eligible but not yet assisted (应保尽保).
 * Each lead names its rule and carries its evidence (the numbers the rule compared), so the
 * community worker who visits can explain why she came. Pure: the queries gather the facts,
 * these functions decide.
 */
import { formatYuan } from '../money.ts';

export const DISCOVERY_RULES = [
  'severe_disability_low_income', // 重度残疾（1–2 级），家庭人均收入低于低保边缘线
  'elderly_alone_no_pension', // 70 岁以上独居、无养老金
  'child_without_parents', // 父母双亡或均在服刑的未成年人（孤儿、事实无人抚养）
  'income_below_standard', // 登记的家庭人均收入低于低保标准
  'large_medical_spending', // 大额医疗自付（医保结算），扣除后人均收入低于低保边缘线
  'unemployment_low_income', // 领取失业金，家庭人均收入低于低保边缘线
  'breadwinner_death', // 家庭主要收入者死亡，其余成员人均收入低于低保边缘线
] as const;
export type DiscoveryRule = (typeof DISCOVERY_RULES)[number];

export const DISCOVERY_RULE_NAMES: Record<DiscoveryRule, string> = {
  severe_disability_low_income: '重度残疾且家庭低收入',
  elderly_alone_no_pension: '高龄独居无养老金',
  child_without_parents: '父母双亡或服刑的未成年人',
  income_below_standard: '家庭人均收入低于低保标准',
  large_medical_spending: '大额医疗支出',
  unemployment_low_income: '失业且家庭低收入',
  breadwinner_death: '家庭主要收入者死亡',
};

/** What the visit found: the resident applied, is not eligible, or declined help. */
export const LEAD_OUTCOMES = ['applied', 'not_eligible', 'declined'] as const;
export type LeadOutcome = (typeof LEAD_OUTCOMES)[number];

/** 高龄: the age from which an elderly person living alone without a pension is looked for. */
export const ELDERLY_AGE = 70;
/**
 * 大额医疗支出: self-paid medical costs of the last twelve months from this sum (fen) count as a
 * rigid expense (支出型困难) when, spread over the year, they push the household under the
 * dibao-edge line. Small sums (a few outpatient visits) never make a lead on their own.
 */
export const LARGE_MEDICAL_FLOOR = 1_000_000;
/** Deaths, cremations and medical settlements older than this many months are history, not news. */
export const DISCOVERY_LOOKBACK_MONTHS = 12;

/** A household as the rules see it: per-capita countable income against the area's standard. */
export interface HouseholdMeans {
  householdId: number;
  /** living members for the means test (alive, not serving a sentence) */
  members: number;
  /** counted monthly income of those members, after deductions, fen */
  income: number;
  /** the dibao standard of the household's area and kind (urban/rural), fen per person per month */
  standard: number;
  /** the dibao-edge multiplier as a fraction (1.5 → 3/2) */
  edge: { numerator: bigint; denominator: bigint };
}

export function perCapita(h: Pick<HouseholdMeans, 'members' | 'income'>): number {
  return h.members > 0 ? Math.floor(Math.max(h.income, 0) / h.members) : 0;
}

/** 低保边缘线: edgeMultiplier × standard, rounded down to the fen (a line, not a payment). */
export function edgeLine(h: Pick<HouseholdMeans, 'standard' | 'edge'>): number {
  return Number((BigInt(h.standard) * h.edge.numerator) / h.edge.denominator);
}

/** Strictly under the edge line: income equal to 1.5 × the standard is no longer low income. */
export function belowEdge(h: HouseholdMeans, income = h.income, members = h.members): boolean {
  return members > 0 && perCapita({ members, income }) < edgeLine(h);
}

export function belowStandard(h: HouseholdMeans): boolean {
  return h.members > 0 && perCapita(h) < h.standard;
}

const yuan = (fen: number) => `${formatYuan(fen, { grouping: true })} 元`;

export interface Lead {
  rule: DiscoveryRule;
  personId: number;
  householdId: number;
  /** the numbers the rule compared, named */
  evidence: Record<string, string | number | boolean | null>;
  /** the same in one Chinese sentence for the worker who visits */
  summary: string;
}

function means(h: HouseholdMeans): Lead['evidence'] {
  return { members: h.members, perCapita: perCapita(h), standard: h.standard, edgeLine: edgeLine(h) };
}
const meansText = (h: HouseholdMeans) => `家庭 ${h.members} 人，人均月收入 ${yuan(perCapita(h))}（低保标准 ${yuan(h.standard)}，边缘线 ${yuan(edgeLine(h))}）`;

/** The age in whole years on `today` (a birthday today counts). */
export function ageOn(birthDate: string, today: string): number {
  const years = Number(today.slice(0, 4)) - Number(birthDate.slice(0, 4));
  return today.slice(5) >= birthDate.slice(5) ? years : years - 1;
}

/** The first day of the month `months` before `today`'s: the start of the look-back window. */
export function lookbackStart(today: string, months = DISCOVERY_LOOKBACK_MONTHS): string {
  const [y, m] = today.split('-').map(Number) as [number, number];
  const index = y * 12 + (m - 1) - months;
  return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}-${today.slice(8, 10)}`;
}

export interface PersonFacts {
  personId: number;
  householdId: number;
  birthDate: string;
  relation: string;
  disabilityGrade: number | null;
  flags: readonly string[];
  /** a pension in the registry or in the 人社 records */
  hasPension: boolean;
  /** persons living in the household (alive, not serving a sentence), this one included */
  livingMembers: number;
  /** the household's head or spouse is alive and free (a parent of a 子女 can look after her) */
  parentPresent: boolean;
}

/** Rules on the person and the household's means (the registry alone). */
export function registryLeads(p: PersonFacts, h: HouseholdMeans, today: string): Lead[] {
  const out: Lead[] = [];
  const age = ageOn(p.birthDate, today);
  if (p.disabilityGrade !== null && p.disabilityGrade <= 2 && belowEdge(h)) {
    out.push({ rule: 'severe_disability_low_income', personId: p.personId, householdId: p.householdId, evidence: { disabilityGrade: p.disabilityGrade, ...means(h) }, summary: `残疾等级 ${p.disabilityGrade} 级；${meansText(h)}` });
  }
  if (age >= ELDERLY_AGE && p.livingMembers === 1 && !p.hasPension) {
    out.push({ rule: 'elderly_alone_no_pension', personId: p.personId, householdId: p.householdId, evidence: { age, livingMembers: 1, pension: false }, summary: `${age} 岁，独居，未查到养老金` });
  }
  const orphanFlag = p.flags.includes('orphan') || p.flags.includes('de_facto_orphan');
  if (age < 18 && (orphanFlag || (p.relation === 'child' && !p.parentPresent))) {
    out.push({
      rule: 'child_without_parents',
      personId: p.personId,
      householdId: p.householdId,
      evidence: { age, flagged: orphanFlag, parentPresent: p.parentPresent },
      summary: `${age} 岁，${orphanFlag ? '登记为孤儿或事实无人抚养儿童' : '父母均已死亡或在服刑'}`,
    });
  }
  return out;
}

/** 家庭人均收入低于低保标准: one lead per household, on its head. */
export function incomeLead(headId: number, h: HouseholdMeans): Lead | null {
  if (!belowStandard(h)) return null;
  return { rule: 'income_below_standard', personId: headId, householdId: h.householdId, evidence: means(h), summary: meansText(h) };
}

/** Self-paid medical costs of the last twelve months, spread over the year, against the edge line. */
export function medicalLead(personId: number, h: HouseholdMeans, selfPaid: number, settlements: number): Lead | null {
  if (selfPaid < LARGE_MEDICAL_FLOOR) return null;
  const monthly = Math.ceil(selfPaid / 12);
  if (!belowEdge(h, h.income - monthly)) return null;
  return {
    rule: 'large_medical_spending',
    personId,
    householdId: h.householdId,
    evidence: { selfPaid12m: selfPaid, settlements, monthlyAverage: monthly, perCapitaAfter: perCapita({ members: h.members, income: h.income - monthly }), ...means(h) },
    summary: `近 12 个月医疗个人自付 ${yuan(selfPaid)}（${settlements} 次结算），扣除后人均月收入 ${yuan(perCapita({ members: h.members, income: h.income - monthly }))}；${meansText(h)}`,
  };
}

export function unemploymentLead(personId: number, h: HouseholdMeans, benefit: number | null): Lead | null {
  if (!belowEdge(h)) return null;
  return { rule: 'unemployment_low_income', personId, householdId: h.householdId, evidence: { unemploymentBenefit: benefit, ...means(h) }, summary: `领取失业金${benefit === null ? '' : ` 每月 ${yuan(benefit)}`}；${meansText(h)}` };
}

/**
 * 家庭主要收入者死亡: the deceased earned (wage, business or pension in the registry) and the
 * survivors' per-capita income without that income is under the edge line. The lead names the
 * deceased; the visit is to the household.
 */
export function breadwinnerLead(deceased: { personId: number; income: number; alive: boolean; eventDate: string }, h: HouseholdMeans): Lead | null {
  if (deceased.income <= 0) return null;
  // The registry may not know of the death yet: then the deceased is still counted among the members.
  const survivors = deceased.alive ? h.members - 1 : h.members;
  const income = deceased.alive ? h.income - deceased.income : h.income;
  if (survivors < 1 || !belowEdge(h, income, survivors)) return null;
  const pc = perCapita({ members: survivors, income });
  return {
    rule: 'breadwinner_death',
    personId: deceased.personId,
    householdId: h.householdId,
    evidence: { deathDate: deceased.eventDate, deceasedIncome: deceased.income, survivors, perCapitaAfter: pc, standard: h.standard, edgeLine: edgeLine(h) },
    summary: `${deceased.eventDate} 死亡，生前月收入 ${yuan(deceased.income)}；其余 ${survivors} 人人均月收入 ${yuan(pc)}（边缘线 ${yuan(edgeLine(h))}）`,
  };
}
