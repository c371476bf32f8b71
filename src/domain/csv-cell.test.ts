import { describe, expect, it } from 'vitest';
import { csvCell, csvLine, csvNumberText, neutraliseFormula, unwrapNumberText } from './csv-cell.ts';

describe('CSV cells', () => {
  it.each([
    ['=HYPERLINK("http://x","点")', `"'=HYPERLINK(""http://x"",""点"")"`],
    ['+86 1380', "'+86 1380"],
    ['-1+1', "'-1+1"],
    ['@SUM(A1)', "'@SUM(A1)"],
    ['\t=1', "'\t=1"],
    ['\r=1', `"'\r=1"`],
    ['张三', '张三'],
    ['王=五', '王=五'],
    ['1580.00', '1580.00'],
    ['', ''],
    ['a,b', '"a,b"'],
    ['say "hi"', '"say ""hi"""'],
    ['line\nbreak', '"line\nbreak"'],
  ])('%j → %j', (input, expected) => {
    expect(csvCell(input)).toBe(expected);
  });

  it('leaves a cell that does not start with a formula character as it is', () => {
    expect(neutraliseFormula('P12-34-2025-07-R')).toBe('P12-34-2025-07-R');
    expect(neutraliseFormula("'=1")).toBe("'=1");
  });

  it('joins a line', () => {
    expect(csvLine(['=1', '张三', 'a,b'])).toBe(`'=1,张三,"a,b"`);
  });

  it('keeps an ID or account number as text for Excel, and neutralises anything else', () => {
    expect(csvNumberText('42010219800101123X')).toBe('"=""42010219800101123X"""');
    expect(csvNumberText('6222021234567890123')).toBe('"=""6222021234567890123"""');
    expect(csvNumberText('=1+1')).toBe("'=1+1");
    expect(csvNumberText('123"),HYPERLINK("x')).toBe('"123""),HYPERLINK(""x"');
    expect(csvNumberText('')).toBe('');
    expect(unwrapNumberText('="6222021234567890123"')).toBe('6222021234567890123');
    expect(unwrapNumberText('张三')).toBe('张三');
  });
});
