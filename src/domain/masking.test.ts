import { describe, expect, it } from 'vitest';
import { maskBankAccount, maskIdNumber, maskName } from './masking.ts';

describe('maskName', () => {
  it.each([
    ['张三丰', '张*丰'],
    ['张三', '张*'],
    ['欧阳娜娜', '欧**娜'],
    ['司马相如', '司**如'],
    ['张', '张'],
    ['', ''],
    ['  张三丰 ', '张*丰'],
    ['买买提·艾力', '买****力'],
    ['𠇔一', '𠇔*'], // a character outside the BMP stays whole
    ['李𠇔明', '李*明'],
    ['王𠇔', '王*'],
    ['Li', 'L*'],
  ])('%j → %j', (name, masked) => {
    expect(maskName(name)).toBe(masked);
  });

  it('never shows a name of two or more characters whole', () => {
    for (const name of ['张三', '张三丰', '欧阳娜娜', '阿依古丽·买买提']) {
      expect(maskName(name)).not.toBe(name);
      expect(Array.from(maskName(name))).toHaveLength(Array.from(name).length);
    }
  });
});

describe('maskIdNumber', () => {
  it.each([
    ['420102199003071234', '4201**********1234'],
    ['11010519491231002X', '1101**********002X'],
    ['11010519491231002x', '1101**********002X'],
    [' 110105 19491231 002X ', '1101**********002X'],
    ['420102900307123', '4201*******7123'],
    ['123456789', '1234*6789'],
    ['12345678', '****5678'],
    ['1234567', '****567'],
    ['1234', '**34'],
    ['1', '*'],
    ['', ''],
  ])('%j → %j', (id, masked) => {
    expect(maskIdNumber(id)).toBe(masked);
  });
});

describe('maskBankAccount', () => {
  it.each([
    ['6222021234567890123', '***************0123'],
    ['6222 0212 3456 7890 123', '***************0123'],
    ['6222-0212-3456-7890', '************7890'],
    ['12345678', '****5678'],
    ['123456', '***456'],
    ['1234', '**34'],
    ['12', '*2'],
    ['', ''],
  ])('%j → %j', (acct, masked) => {
    expect(maskBankAccount(acct)).toBe(masked);
  });
});
