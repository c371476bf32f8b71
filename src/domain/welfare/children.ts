/**
 * 儿童关爱 (issue 22): orphans, de-facto orphans and left-behind children, and the end of the
 * basic living allowance. Pure: no I/O.
 */
import { ADULT_AGE, STUDENT_AGE_LIMIT } from '../programs/orphan.ts';

export const CHILD_KINDS = ['orphan', 'de_facto_orphan', 'left_behind'] as const;
export type ChildKind = (typeof CHILD_KINDS)[number];

/**
 * Why the child has no one to bring it up (民发〔2019〕62号): for an orphan both parents dead or
 * declared dead or missing; for a de-facto orphan one or both parents severely disabled,
 * seriously ill, imprisoned, under compulsory isolation, missing, deported or having refused
 * the duty; for a left-behind child both parents (or the only one) working away.
 */
export const CHILD_REASONS: Record<ChildKind, readonly string[]> = {
  orphan: ['both_parents_dead', 'parents_declared_dead', 'parent_dead_other_missing'],
  de_facto_orphan: ['parents_severely_disabled', 'parents_seriously_ill', 'parents_imprisoned', 'parents_missing', 'parents_isolated', 'parents_refuse_duty', 'parent_dead_other_unable'],
  left_behind: ['both_parents_away', 'single_parent_away'],
};
export const ALL_CHILD_REASONS = [...new Set(Object.values(CHILD_REASONS).flat())] as [string, ...string[]];

/** The allowance programs a child record stands behind, by the registry flag it sets. */
export const CHILD_PROGRAM: Record<ChildKind, 'orphan' | 'de_facto_orphan' | null> = { orphan: 'orphan', de_facto_orphan: 'de_facto_orphan', left_behind: null };

export function reasonFits(kind: ChildKind, reason: string): boolean {
  return CHILD_REASONS[kind].includes(reason);
}

function addMonths(month: string, n: number): string {
  const [y, m] = month.split('-').map(Number) as [number, number];
  const total = y * 12 + (m - 1) + n;
  return `${Math.floor(total / 12)}-${String((total % 12) + 1).padStart(2, '0')}`;
}

function birthdayMonth(birthDate: string, age: number): string {
  return `${Number(birthDate.slice(0, 4)) + age}-${birthDate.slice(5, 7)}`;
}

/**
 * The first month the allowance is no longer paid (年满18周岁的次月起停发): the month after
 * the 18th birthday; for a child still in full-time education, the month after the 22nd
 * birthday (orphan.ts keeps both ages — the area's rule should it differ). The month of the
 * birthday itself is paid in full.
 */
export function allowanceEndMonth(birthDate: string, student: boolean): string {
  return addMonths(birthdayMonth(birthDate, student ? STUDENT_AGE_LIMIT : ADULT_AGE), 1);
}

/** Whether the allowance stops by age in `month` or earlier, and from which month. */
export function ageOut(birthDate: string, student: boolean, month: string): { stops: false } | { stops: true; fromMonth: string; age: number } {
  const from = allowanceEndMonth(birthDate, student);
  return from <= month ? { stops: true, fromMonth: from, age: student ? STUDENT_AGE_LIMIT : ADULT_AGE } : { stops: false };
}
