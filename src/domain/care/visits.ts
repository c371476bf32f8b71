/**
 * 探访关爱 care visits (issue 21): the groups a person is visited for, how often (policy
 * `careVisits.*`), and when the next visit is due.
 */
import { addCalendarDays } from '../calendar.ts';
import type { Policy } from '../policy.ts';

/** 独居/空巢老人, 重度残疾人, 留守儿童·事实无人抚养儿童, 分散供养特困人员. */
export const CARE_GROUPS = ['elderly_alone', 'severe_disability', 'children', 'tekun_scattered'] as const;
export type CareGroup = (typeof CARE_GROUPS)[number];

/** The policy key each group's interval comes from (named in every due entry: the trace). */
export const GROUP_POLICY_KEY = {
  elderly_alone: 'careVisits.elderlyAloneDays',
  severe_disability: 'careVisits.severeDisabilityDays',
  children: 'careVisits.childrenDays',
  tekun_scattered: 'careVisits.tekunScatteredDays',
} as const satisfies Record<CareGroup, string>;

export function intervalDays(policy: Pick<Policy, 'careVisits'>, group: CareGroup): number {
  const v = policy.careVisits;
  switch (group) {
    case 'elderly_alone':
      return v.elderlyAloneDays;
    case 'severe_disability':
      return v.severeDisabilityDays;
    case 'children':
      return v.childrenDays;
    case 'tekun_scattered':
      return v.tekunScatteredDays;
  }
}

/** Age thresholds of the groups: elderly from 60, children under 18. */
export const ELDERLY_AGE = 60;
export const CHILD_AGE = 18;

export interface PersonFacts {
  age: number;
  flags: readonly string[];
  disabilityGrade: number | null;
  scatteredTekun: boolean;
}

/** The care groups a person belongs to (the registry facts the SQL filter also uses). */
export function careGroupsOf(p: PersonFacts): CareGroup[] {
  const groups: CareGroup[] = [];
  if (p.age >= ELDERLY_AGE && (p.flags.includes('solitary_elderly') || p.flags.includes('empty_nest'))) groups.push('elderly_alone');
  if (p.disabilityGrade !== null && p.disabilityGrade <= 2) groups.push('severe_disability');
  if (p.age < CHILD_AGE && (p.flags.includes('left_behind') || p.flags.includes('de_facto_orphan') || p.flags.includes('orphan'))) groups.push('children');
  if (p.scatteredTekun) groups.push('tekun_scattered');
  return groups;
}

export interface NextVisit {
  /** the day the next visit is due: the last visit plus the shortest interval of the person's groups */
  dueOn: string;
  intervalDays: number;
  /** the group (and so the policy key) the interval came from */
  group: CareGroup;
}

/**
 * The next visit: the shortest interval among the person's groups decides. A person never
 * visited is due on `firstDueOn` (the day they came into care: at once).
 */
export function nextVisit(policy: Pick<Policy, 'careVisits'>, groups: readonly CareGroup[], lastVisitedOn: string | null, firstDueOn: string): NextVisit | null {
  if (groups.length === 0) return null;
  let best: { group: CareGroup; days: number } | null = null;
  for (const g of groups) {
    const days = intervalDays(policy, g);
    if (!best || days < best.days) best = { group: g, days };
  }
  const { group, days } = best!;
  return { dueOn: lastVisitedOn === null ? firstDueOn : addCalendarDays(lastVisitedOn, days), intervalDays: days, group };
}

/** Due by `before` (inclusive), and overdue when the due day has passed by `today`. */
export function visitStatus(dueOn: string, today: string): 'overdue' | 'due' {
  return dueOn < today ? 'overdue' : 'due';
}

/** 转介: a visit may refer the person to a review, temporary assistance or a service. */
export const REFERRAL_KINDS = ['review', 'temporary_assistance', 'service', 'medical', 'other'] as const;
export type ReferralKind = (typeof REFERRAL_KINDS)[number];
