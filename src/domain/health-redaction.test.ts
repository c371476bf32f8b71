import { describe, expect, it } from 'vitest';
import { REDACTED, redactHealth } from './health-redaction.ts';

describe('redactHealth', () => {
  it.each([
    ['a member change', { 'member:7:孙秀兰': { health: 'serious', diagnosis: '尿毒症' }, household: { address: 'x' } }, { 'member:7:孙秀兰': { health: REDACTED, diagnosis: REDACTED }, household: { address: 'x' } }, true],
    ['a null diagnosis (its absence is told too)', { diagnosis: null }, { diagnosis: REDACTED }, true],
    ['inside arrays', [{ name: '甲', health: 'chronic' }], [{ name: '甲', health: REDACTED }], true],
    ['nothing of health', { address: 'x', members: [{ name: '乙' }] }, { address: 'x', members: [{ name: '乙' }] }, false],
    ['a scalar', '尿毒症', '尿毒症', false],
    ['null', null, null, false],
  ])('%s', (_name, input, value, redacted) => {
    expect(redactHealth(input)).toEqual({ value, redacted });
  });

  it('leaves its input as it was', () => {
    const input = { health: 'serious' };
    redactHealth(input);
    expect(input).toEqual({ health: 'serious' });
  });
});
