import { describe, expect, it } from 'vitest';
import { areaAncestry, areaLevelOf, gbCodeOf, isWithinArea, parentAreaCode, statCodeOf } from './area-code.ts';

describe('area codes', () => {
  it.each([
    ['42', 'province'],
    ['4201', 'city'],
    ['420102', 'district'],
    ['420102010', 'street'],
    ['420102010001', 'community'],
    ['42010', null],
    ['4201020100011', null],
    ['42a102', null],
    ['', null],
  ])('%s is at level %s', (code, level) => {
    expect(areaLevelOf(code)).toBe(level);
  });

  it.each([
    ['420102', '420102', true],
    ['420102', '420102010001', true],
    ['420102010', '420102010001', true],
    ['420102010', '420102012001', false],
    ['420102010001', '420102010002', false],
    ['420102010001', '420102010', false],
    ['42', '420102010001', true],
  ])('scope %s covers %s: %s', (scope, code, expected) => {
    expect(isWithinArea(scope, code)).toBe(expected);
  });

  it('pads statistical codes to 12 digits and GB/T 2260 codes to 6', () => {
    expect(statCodeOf('420102')).toBe('420102000000');
    expect(statCodeOf('420102010')).toBe('420102010000');
    expect(statCodeOf('420102010001')).toBe('420102010001');
    expect(gbCodeOf('42')).toBe('420000');
    expect(gbCodeOf('4201')).toBe('420100');
    expect(gbCodeOf('420102')).toBe('420102');
  });

  it('lists ancestors root first and finds the parent', () => {
    expect(areaAncestry('420102010001')).toEqual(['42', '4201', '420102', '420102010', '420102010001']);
    expect(areaAncestry('4201')).toEqual(['42', '4201']);
    expect(parentAreaCode('420102010001')).toBe('420102010');
    expect(parentAreaCode('420102')).toBe('4201');
    expect(parentAreaCode('42')).toBeNull();
  });
});
