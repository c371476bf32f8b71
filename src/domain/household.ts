/**
 * 一户一档: the household file and its members, as the means test sees them (DOMAIN.md §2).
 * Codes are stable English; the UI translates them.
 */
export const RELATIONS = ['head', 'spouse', 'child', 'parent', 'grandchild', 'sibling', 'other'] as const;
export type Relation = (typeof RELATIONS)[number];

export const LABOR_CAPACITIES = ['full', 'partial', 'none'] as const; // 有/部分/无劳动能力
export const EMPLOYMENT_STATUSES = ['employed', 'flexible', 'unemployed', 'retired', 'not_applicable'] as const;
export const HEALTH_STATUSES = ['healthy', 'chronic', 'serious'] as const; // 健康/慢性病/重病
export const DISABILITY_CATEGORIES = ['visual', 'hearing', 'speech', 'physical', 'intellectual', 'mental', 'multiple'] as const;
export const SELF_CARE_LEVELS = ['self', 'partial', 'full'] as const; // 自理/半失能/全失能
export const MARITAL_STATUSES = ['unmarried', 'married', 'divorced', 'widowed'] as const;
export const PERSON_FLAGS = [
  'solitary_elderly', // 孤寡
  'empty_nest', // 空巢
  'left_behind', // 留守
  'orphan', // 孤儿
  'de_facto_orphan', // 事实无人抚养儿童
  'entitled_group', // 优抚对象
] as const;
export type PersonFlag = (typeof PERSON_FLAGS)[number];

/** Income types; which ones count for dibao is a policy parameter (excludedIncomeTypes). */
export const INCOME_TYPES = [
  'wage',
  'business',
  'property',
  'pension',
  'maintenance',
  'transfer',
  'other',
  'dibao',
  'tekun',
  'temporary_assistance',
  'disability_subsidy',
  'elderly_allowance',
  'orphan_allowance',
  'entitled_group_payment',
  'bravery_award',
  'family_planning_reward',
] as const;
export type IncomeType = (typeof INCOME_TYPES)[number];

export const ASSET_TYPES = ['deposit', 'securities', 'vehicle', 'house', 'business'] as const;
export type AssetType = (typeof ASSET_TYPES)[number];

export const DEDUCTION_TYPES = ['social_insurance'] as const;

export interface MemberRelation {
  personId: number;
  relation: Relation;
}

export type CompositionProblem = 'no_members' | 'no_head' | 'several_heads';

/** A household has members and exactly one head (户主). */
export function compositionProblem(members: readonly { relation: Relation }[]): CompositionProblem | null {
  if (members.length === 0) return 'no_members';
  const heads = members.filter((m) => m.relation === 'head').length;
  if (heads === 0) return 'no_head';
  if (heads > 1) return 'several_heads';
  return null;
}

/**
 * A name as the 户口簿 writes it cannot hold an emoji (a pasted 😊 or a flag): the bank and the
 * provincial check refuse it, and a printed 花名册 shows a blank box. Pictographs, the emoji
 * variation selector, the zero-width joiner and regional indicators (flags) are refused; rare
 * CJK characters and the middle dot of minority names (·) are names and stay allowed.
 */
const EMOJI = /[\p{Extended_Pictographic}\u{FE0F}\u{200D}\u{1F1E6}-\u{1F1FF}\u{1F3FB}-\u{1F3FF}]/u;
export function containsEmoji(name: string): boolean {
  return EMOJI.test(name);
}
