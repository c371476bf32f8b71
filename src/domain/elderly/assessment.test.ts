import { describe, expect, it } from 'vitest';
import { assessAbility, levelOf, MAX_TOTAL } from './assessment.ts';

describe('能力评估: total and level', () => {
  it('the total is 90', () => expect(MAX_TOTAL).toBe(90));

  it.each([
    [90, 0],
    [89, 1],
    [66, 1],
    [65, 2],
    [46, 2],
    [45, 3],
    [30, 3],
    [29, 4],
    [0, 4],
  ])('total %i → level %i', (total, level) => expect(levelOf(total)).toBe(level));

  it('every total from 0 to 90 has exactly one level, and the levels never rise with the score', () => {
    let last = 4;
    for (let t = 0; t <= 90; t += 1) {
      const l = levelOf(t);
      expect(l).toBeLessThanOrEqual(last);
      last = l;
    }
  });

  it.each([-1, 91, 1.5])('refuses a total of %s', (t) => expect(() => levelOf(t)).toThrow(RangeError));

  it('sums the item scores and names the level', () => {
    expect(assessAbility({ self_care: 32, mobility: 16, mental: 30, perception_social: 12 })).toEqual({ total: 90, level: 0, levelCode: 'intact' });
    expect(assessAbility({ self_care: 20, mobility: 10, mental: 25, perception_social: 10 })).toEqual({ total: 65, level: 2, levelCode: 'moderate' });
    expect(assessAbility({ self_care: 0, mobility: 0, mental: 0, perception_social: 0 })).toEqual({ total: 0, level: 4, levelCode: 'total' });
    expect(assessAbility({ self_care: 30, mobility: 14, mental: 24, perception_social: 10 })).toEqual({ total: 78, level: 1, levelCode: 'mild' });
    expect(assessAbility({ self_care: 15, mobility: 5, mental: 15, perception_social: 4 })).toEqual({ total: 39, level: 3, levelCode: 'severe' });
  });

  it('names the item at fault: missing, above its maximum, negative or fractional', () => {
    expect(assessAbility({ self_care: 32, mobility: 16, mental: 30 })).toEqual({ code: 'assessment_item_missing', field: 'items.perception_social', params: { item: '感知觉与社会参与' } });
    expect(assessAbility({ self_care: 33, mobility: 16, mental: 30, perception_social: 12 })).toMatchObject({ code: 'assessment_item_over_max', field: 'items.self_care', params: { max: 32 } });
    expect(assessAbility({ self_care: 32, mobility: -1, mental: 30, perception_social: 12 })).toMatchObject({ code: 'assessment_item_over_max', field: 'items.mobility' });
    expect(assessAbility({ self_care: 32, mobility: 16, mental: 30.5, perception_social: 12 })).toMatchObject({ code: 'assessment_item_over_max', field: 'items.mental', params: { item: '精神状态', max: 30 } });
  });
});
