/**
 * 老年人能力评估 (issue 21), after GB/T 42195-2022 《老年人能力评估规范》 as we read it: four
 * first-level indicators scored by the assessor — 自理能力 0–32, 基础运动能力 0–16, 精神状态
 * 0–30, 感知觉与社会参与 0–12 — summed to a total of 0–90, and the level from the total:
 *
 *   90       0 能力完好
 *   66–89    1 轻度失能 (能力轻度受损)
 *   46–65    2 中度失能 (能力中度受损)
 *   30–45    3 重度失能 (能力重度受损)
 *   0–29     4 完全失能 (能力完全丧失)
 *
 * The standard also raises the level one step on certain findings (昏迷, 痴呆 diagnoses); those
 * are the assessor's to record in the note and are not applied here. Check the bands against the
 * province's own assessment form before real use.
 */

export const ASSESSMENT_ITEMS = [
  { code: 'self_care', label: '自理能力', max: 32 },
  { code: 'mobility', label: '基础运动能力', max: 16 },
  { code: 'mental', label: '精神状态', max: 30 },
  { code: 'perception_social', label: '感知觉与社会参与', max: 12 },
] as const;
export type AssessmentItemCode = (typeof ASSESSMENT_ITEMS)[number]['code'];
export const ASSESSMENT_ITEM_CODES = ASSESSMENT_ITEMS.map((i) => i.code) as unknown as readonly [AssessmentItemCode, ...AssessmentItemCode[]];
export const MAX_TOTAL = ASSESSMENT_ITEMS.reduce((s, i) => s + i.max, 0);

export const ABILITY_LEVELS = ['intact', 'mild', 'moderate', 'severe', 'total'] as const;
export type AbilityLevel = (typeof ABILITY_LEVELS)[number];

/** Lowest total of each level, from level 0 down. */
const BANDS: readonly { level: 0 | 1 | 2 | 3 | 4; from: number }[] = [
  { level: 0, from: 90 },
  { level: 1, from: 66 },
  { level: 2, from: 46 },
  { level: 3, from: 30 },
  { level: 4, from: 0 },
];

/** The level (0–4) of a total score (0–90). */
export function levelOf(total: number): 0 | 1 | 2 | 3 | 4 {
  if (!Number.isInteger(total) || total < 0 || total > MAX_TOTAL) throw new RangeError(`total ${total} outside 0–${MAX_TOTAL}`);
  return BANDS.find((b) => total >= b.from)!.level;
}

export type ScoreProblem = { code: 'assessment_item_missing' | 'assessment_item_over_max'; field: string; params: Record<string, string | number> };

export interface AbilityResult {
  total: number;
  level: 0 | 1 | 2 | 3 | 4;
  levelCode: AbilityLevel;
}

/** Every item scored once, within its range; the total and its level. */
export function assessAbility(scores: Partial<Record<AssessmentItemCode, number>>): AbilityResult | ScoreProblem {
  let total = 0;
  for (const item of ASSESSMENT_ITEMS) {
    const score = scores[item.code];
    if (score === undefined) return { code: 'assessment_item_missing', field: `items.${item.code}`, params: { item: item.label } };
    if (!Number.isInteger(score) || score < 0 || score > item.max) return { code: 'assessment_item_over_max', field: `items.${item.code}`, params: { item: item.label, max: item.max } };
    total += score;
  }
  const level = levelOf(total);
  return { total, level, levelCode: ABILITY_LEVELS[level]! };
}
