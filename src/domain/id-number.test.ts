import { describe, expect, it } from 'vitest';
import {
  ageOn,
  buildIdNumber,
  idNumberCheckCharacter,
  idNumberProblemMessage,
  parseIdNumber,
  type IdNumberProblem,
} from './id-number.ts';

/** Deterministic PRNG so a failing round-trip case can be reproduced. */
function mulberry32(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A valid number for the given body, computed independently of the code under test. */
function withCheck(first17: string): string {
  const w = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
  const sum = [...first17].reduce((s, c, i) => s + Number(c) * w[i]!, 0);
  return first17 + '10X98765432'[sum % 11]!;
}

describe('idNumberCheckCharacter', () => {
  it.each([
    // The worked example of GB 11643-1999 itself.
    ['11010519491231002', 'X'],
    ['44052418800101001', '4'],
    ['42010219900307123', withCheck('42010219900307123').slice(17)],
    ['00000000000000000', '1'],
  ])('%s → %s', (first17, check) => {
    expect(idNumberCheckCharacter(first17)).toBe(check);
  });

  it('covers all eleven remainders', () => {
    const seen = new Set<string>();
    for (let seq = 1; seq <= 200; seq++) {
      seen.add(idNumberCheckCharacter(`42010219900307${String(seq).padStart(3, '0')}`));
    }
    expect([...seen].sort()).toEqual(['0', '1', '2', '3', '4', '5', '6', '7', '8', '9', 'X']);
  });

  it.each(['', '1234567890123456', '123456789012345678', '1101051949123100X'])(
    'rejects %j',
    (bad) => {
      expect(() => idNumberCheckCharacter(bad)).toThrow(RangeError);
    },
  );
});

describe('parseIdNumber: valid numbers', () => {
  it.each([
    ['11010519491231002X', '11010519491231002X', '110105', '1949-12-31', '002', 'female'],
    ['11010519491231002x', '11010519491231002X', '110105', '1949-12-31', '002', 'female'],
    ['  11010519491231002x ', '11010519491231002X', '110105', '1949-12-31', '002', 'female'],
    ['110105 19491231 002X', '11010519491231002X', '110105', '1949-12-31', '002', 'female'],
    ['１１０１０５１９４９１２３１００２Ｘ', '11010519491231002X', '110105', '1949-12-31', '002', 'female'],
    [withCheck('42010220000229123'), withCheck('42010220000229123'), '420102', '2000-02-29', '123', 'male'],
    [withCheck('42010220240229124'), withCheck('42010220240229124'), '420102', '2024-02-29', '124', 'female'],
    [withCheck('65010019000101001'), withCheck('65010019000101001'), '650100', '1900-01-01', '001', 'male'],
    [withCheck('82000019991231999'), withCheck('82000019991231999'), '820000', '1999-12-31', '999', 'male'],
    // Only the province prefix is checked, so retired or unknown county parts are accepted.
    [withCheck('42999919800101010'), withCheck('42999919800101010'), '429999', '1980-01-01', '010', 'female'],
  ])('%j', (input, idNumber, areaCode, birthDate, sequence, sex) => {
    expect(parseIdNumber(input, '2025-06-01')).toEqual({
      ok: true,
      value: { idNumber, areaCode, birthDate, sequence, sex },
    });
  });

  it('derives the sex from the parity of the sequence', () => {
    for (let seq = 1; seq <= 999; seq++) {
      const r = parseIdNumber(withCheck(`32010219850615${String(seq).padStart(3, '0')}`));
      expect(r.ok).toBe(true);
      if (r.ok) expect(r.value.sex).toBe(seq % 2 === 1 ? 'male' : 'female');
    }
  });

  it.each([
    ['420102900307123', '1990-03-07', 'male'],
    ['110105491231002', '1949-12-31', 'female'],
    ['310104000229014', null, null],
  ])('converts the 15-digit %s', (input, birthDate, sex) => {
    const r = parseIdNumber(input);
    if (birthDate === null) {
      // 1900 was not a leap year: 000229 in a 15-digit number is 1900-02-29, invalid.
      expect(r).toEqual({ ok: false, problem: 'date' });
      return;
    }
    const first17 = `${input.slice(0, 6)}19${input.slice(6)}`;
    expect(r).toEqual({
      ok: true,
      value: {
        idNumber: withCheck(first17),
        areaCode: input.slice(0, 6),
        birthDate,
        sequence: input.slice(12, 15),
        sex,
      },
    });
  });

  it('accepts a birth date equal to today', () => {
    expect(parseIdNumber(withCheck('42010220250601001'), '2025-06-01').ok).toBe(true);
  });

  it.each(['', '2025-6-1', '2025-02-30'])('throws on a malformed today %j', (today) => {
    expect(() => parseIdNumber(withCheck('42010219900307123'), today)).toThrow(RangeError);
  });

  it('does not check future dates without today', () => {
    expect(parseIdNumber(withCheck('42010220990101001')).ok).toBe(true);
  });
});

describe('parseIdNumber: problems', () => {
  const good = withCheck('42010219900307123');
  const wrongCheck = good.slice(0, 17) + (good[17] === '0' ? '1' : '0');

  it.each<[string, string, IdNumberProblem, string?]>([
    ['empty', '', 'empty'],
    ['only spaces', '   ', 'empty'],
    ['17 characters', good.slice(0, 17), 'length'],
    ['19 characters', `${good}1`, 'length'],
    ['16 characters', good.slice(0, 16), 'length'],
    ['letter inside', `4201A2${good.slice(6)}`, 'characters'],
    ['X not last', `42010219900307X23${good[17]}`, 'characters'],
    ['15 digits ending in X', '42010290030712X', 'characters'],
    ['punctuation', `420102-19900307-12`, 'characters'],
    ['province 00', withCheck('00010219900307123'), 'area'],
    ['province 10', withCheck('10010219900307123'), 'area'],
    ['province 16', withCheck('16010219900307123'), 'area'],
    ['province 24', withCheck('24010219900307123'), 'area'],
    ['province 47', withCheck('47010219900307123'), 'area'],
    ['province 55', withCheck('55010219900307123'), 'area'],
    ['province 66', withCheck('66010219900307123'), 'area'],
    ['province 72', withCheck('72010219900307123'), 'area'],
    ['province 83', withCheck('83010219900307123'), 'area'],
    ['province 91', withCheck('91010219900307123'), 'area'],
    ['month 13', withCheck('42010219901307123'), 'date'],
    ['month 00', withCheck('42010219900007123'), 'date'],
    ['day 00', withCheck('42010219900300123'), 'date'],
    ['day 32', withCheck('42010219900132123'), 'date'],
    ['April 31', withCheck('42010219900431123'), 'date'],
    ['1900-02-29', withCheck('42010219000229123'), 'date'],
    ['2023-02-29', withCheck('42010220230229123'), 'date'],
    ['2100-02-29', withCheck('42010221000229123'), 'date'],
    ['1899-12-31', withCheck('42010218991231123'), 'date'],
    ['1880 (GB example)', '440524188001010014', 'date'],
    ['born tomorrow', withCheck('42010220250602001'), 'future_date'],
    ['born next year', withCheck('42010220260101001'), 'future_date'],
    ['wrong check', wrongCheck, 'check_character', good[17]],
    ['X instead of digit', `${good.slice(0, 17)}${good[17] === 'X' ? '0' : 'X'}`, 'check_character'],
    ['digit instead of X', '110105194912310020', 'check_character', 'X'],
    ['transposed digits', withCheck('42010219900307123').replace('19900307', '19900703'), 'check_character'],
  ])('%s', (_label, input, problem, expected) => {
    const r = parseIdNumber(input, '2025-06-01');
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.problem).toBe(problem);
    if (problem === 'check_character') {
      expect(r.expected).toBe(idNumberCheckCharacter(input.slice(0, 17)));
      if (expected !== undefined) expect(r.expected).toBe(expected);
    } else {
      expect(r.expected).toBeUndefined();
    }
  });
});

describe('buildIdNumber', () => {
  it('round-trips random valid parts', () => {
    const rand = mulberry32(11643);
    const provinces = ['11', '13', '23', '31', '37', '42', '46', '50', '54', '65', '71', '81', '82'];
    for (let i = 0; i < 2000; i++) {
      const areaCode =
        provinces[Math.floor(rand() * provinces.length)]! +
        String(Math.floor(rand() * 10000)).padStart(4, '0');
      const epochDay = Math.floor(rand() * 45_000); // 1900-01-01 .. ~2023
      const birthDate = new Date(Date.UTC(1900, 0, 1 + epochDay)).toISOString().slice(0, 10);
      const sequence = 1 + Math.floor(rand() * 999);
      const id = buildIdNumber({ areaCode, birthDate, sequence });
      expect(id).toBe(withCheck(id.slice(0, 17)));
      expect(parseIdNumber(id, '2025-01-01')).toEqual({
        ok: true,
        value: {
          idNumber: id,
          areaCode,
          birthDate,
          sequence: String(sequence).padStart(3, '0'),
          sex: sequence % 2 === 1 ? 'male' : 'female',
        },
      });
    }
  });

  it.each([
    [{ areaCode: '42010', birthDate: '1990-01-01', sequence: 1 }],
    [{ areaCode: '990102', birthDate: '1990-01-01', sequence: 1 }],
    [{ areaCode: '420102', birthDate: '1990-02-30', sequence: 1 }],
    [{ areaCode: '420102', birthDate: '1899-12-31', sequence: 1 }],
    [{ areaCode: '420102', birthDate: '19900101', sequence: 1 }],
    [{ areaCode: '420102', birthDate: '1990-01-01', sequence: 0 }],
    [{ areaCode: '420102', birthDate: '1990-01-01', sequence: 1000 }],
    [{ areaCode: '420102', birthDate: '1990-01-01', sequence: 1.5 }],
  ])('rejects %j', (parts) => {
    expect(() => buildIdNumber(parts)).toThrow(RangeError);
  });
});

describe('ageOn', () => {
  it.each([
    ['1965-06-15', '2025-06-14', 59],
    ['1965-06-15', '2025-06-15', 60],
    ['1965-06-15', '2025-06-16', 60],
    ['1965-06-01', '2025-05-31', 59],
    ['1965-06-01', '2025-06-01', 60],
    ['2007-12-31', '2025-12-30', 17],
    ['2007-12-31', '2025-12-31', 18],
    ['2008-01-01', '2025-12-31', 17],
    ['2008-01-01', '2026-01-01', 18],
    ['2025-06-01', '2025-06-01', 0],
    ['2024-06-01', '2025-05-31', 0],
    // 29 February: the birthday is 1 March in common years, 29 February in leap years.
    ['2000-02-29', '2018-02-28', 17],
    ['2000-02-29', '2018-03-01', 18],
    ['2000-02-29', '2016-02-28', 15],
    ['2000-02-29', '2016-02-29', 16],
    ['2000-02-29', '2016-03-01', 16],
    ['2000-02-29', '2001-02-28', 0],
    ['2000-02-29', '2001-03-01', 1],
    ['1900-03-01', '2000-02-29', 99],
    ['1900-03-01', '2000-03-01', 100],
  ])('born %s, on %s: %i', (birth, asOf, age) => {
    expect(ageOn(birth, asOf)).toBe(age);
  });

  it.each([
    ['2025-06-02', '2025-06-01'],
    ['2023-02-29', '2025-01-01'],
    ['2000-01-01', '2025-13-01'],
    ['2000/01/01', '2025-01-01'],
  ])('rejects born %s on %s', (birth, asOf) => {
    expect(() => ageOn(birth, asOf)).toThrow(RangeError);
  });
});

describe('idNumberProblemMessage', () => {
  const problems: IdNumberProblem[] = [
    'empty', 'length', 'characters', 'area', 'date', 'future_date', 'check_character',
  ];

  it.each(problems)('has a distinct message for %s in both languages', (p) => {
    for (const lang of ['zh-CN', 'en'] as const) {
      const msg = idNumberProblemMessage(p, lang, 'X');
      expect(msg.length).toBeGreaterThan(5);
      const others = problems.filter((q) => q !== p).map((q) => idNumberProblemMessage(q, lang, 'X'));
      expect(others).not.toContain(msg);
    }
  });

  it.each([
    ['length', 'zh-CN', undefined, '身份证号应为18位（或旧版15位）'],
    ['date', 'zh-CN', undefined, '出生日期无效'],
    ['check_character', 'zh-CN', 'X', '校验位错误，应为 X'],
    ['check_character', 'zh-CN', '7', '校验位错误，应为 7'],
    ['check_character', 'en', '7', 'it should be 7'],
  ] as const)('%s in %s names what is wrong', (p, lang, expected, text) => {
    expect(idNumberProblemMessage(p, lang, expected)).toContain(text);
  });

  it('reads sensibly without the expected character', () => {
    expect(idNumberProblemMessage('check_character', 'zh-CN')).not.toContain('undefined');
    expect(idNumberProblemMessage('check_character', 'en')).not.toContain('undefined');
  });

  it('the parse result feeds the message', () => {
    const r = parseIdNumber('110105194912310020');
    expect(r.ok).toBe(false);
    if (!r.ok) expect(idNumberProblemMessage(r.problem, 'zh-CN', r.expected)).toBe('校验位错误，应为 X');
  });
});
