/**
 * 身份证号 resident ID numbers, GB 11643-1999 (公民身份号码):
 * 6-digit area code (GB/T 2260 at the time of issue) + 8-digit birth date + 3-digit sequence
 * (odd = male, even = female) + check character (ISO 7064 MOD 11-2).
 *
 * Birth date and sex are derived from the number, never typed twice, so a registry entry
 * cannot disagree with the person's own document.
 */

export type Sex = 'male' | 'female';

export interface IdNumber {
  /** 18 characters, check character normalised to upper-case X. */
  idNumber: string;
  /** 6 digits; may be a code retired since the number was issued. */
  areaCode: string;
  /** YYYY-MM-DD */
  birthDate: string;
  /** 3 digits */
  sequence: string;
  sex: Sex;
}

export type IdNumberProblem =
  | 'empty'
  | 'length'
  | 'characters'
  | 'area'
  | 'date'
  | 'future_date'
  | 'check_character';

export type IdNumberResult =
  | { ok: true; value: IdNumber }
  | { ok: false; problem: IdNumberProblem; expected?: string };

const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2] as const;
const CHECK_CHARACTERS = '10X98765432';

/**
 * Province-level prefixes of GB/T 2260 (and 71 Taiwan, 81 Hong Kong, 82 Macao, which the
 * standard reserves and residence permits use). Only the province is checked: prefectures and
 * counties are merged and renumbered often, and a number keeps the code it was issued with.
 */
const PROVINCE_PREFIXES: ReadonlySet<string> = new Set([
  '11', '12', '13', '14', '15',
  '21', '22', '23',
  '31', '32', '33', '34', '35', '36', '37',
  '41', '42', '43', '44', '45', '46',
  '50', '51', '52', '53', '54',
  '61', '62', '63', '64', '65',
  '71', '81', '82',
]);

/** Earliest birth date accepted: second-generation numbers were never issued for earlier births. */
const EARLIEST_BIRTH_DATE = '1900-01-01';

/** ISO 7064 MOD 11-2 check character for the first 17 digits. */
export function idNumberCheckCharacter(first17: string): string {
  if (!/^\d{17}$/.test(first17)) {
    throw new RangeError(`expected 17 digits, got ${JSON.stringify(first17)}`);
  }
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += Number(first17[i]) * WEIGHTS[i]!;
  return CHECK_CHARACTERS[sum % 11]!;
}

/**
 * Parse and validate an ID number as typed by a caseworker. Whitespace anywhere is ignored
 * (numbers are often copied in groups) and full-width digits/Ｘ from Chinese input methods
 * are folded to ASCII (NFKC). Legacy 15-digit numbers (first generation, births 19xx) are
 * converted to the 18-character form, which is what we store.
 *
 * `today` (YYYY-MM-DD), when given, rejects birth dates after it: the caller passes the
 * clock's date so the rule can be tested on any day. A malformed `today` is a programming
 * error and throws RangeError; everything wrong with `input` is returned, never thrown.
 */
export function parseIdNumber(input: string, today?: string): IdNumberResult {
  if (today !== undefined && !isCalendarDate(today)) {
    throw new RangeError(`today must be YYYY-MM-DD, got ${JSON.stringify(today)}`);
  }
  const raw = input.normalize('NFKC').replace(/\s+/g, '').toUpperCase();
  if (raw === '') return { ok: false, problem: 'empty' };
  if (raw.length !== 18 && raw.length !== 15) return { ok: false, problem: 'length' };

  let first17: string;
  let given: string | null;
  if (raw.length === 15) {
    if (!/^\d{15}$/.test(raw)) return { ok: false, problem: 'characters' };
    first17 = `${raw.slice(0, 6)}19${raw.slice(6)}`;
    given = null;
  } else {
    if (!/^\d{17}[\dX]$/.test(raw)) return { ok: false, problem: 'characters' };
    first17 = raw.slice(0, 17);
    given = raw.slice(17);
  }

  const areaCode = first17.slice(0, 6);
  if (!PROVINCE_PREFIXES.has(areaCode.slice(0, 2))) return { ok: false, problem: 'area' };

  const birthDate = `${first17.slice(6, 10)}-${first17.slice(10, 12)}-${first17.slice(12, 14)}`;
  if (!isCalendarDate(birthDate) || birthDate < EARLIEST_BIRTH_DATE) {
    return { ok: false, problem: 'date' };
  }
  if (today !== undefined && birthDate > today) return { ok: false, problem: 'future_date' };

  const check = idNumberCheckCharacter(first17);
  if (given !== null && given !== check) {
    return { ok: false, problem: 'check_character', expected: check };
  }

  const sequence = first17.slice(14, 17);
  return {
    ok: true,
    value: {
      idNumber: first17 + check,
      areaCode,
      birthDate,
      sequence,
      sex: Number(sequence) % 2 === 1 ? 'male' : 'female',
    },
  };
}

/** A valid 18-character number from its parts (factories and the synthetic-data generator). */
export function buildIdNumber(parts: { areaCode: string; birthDate: string; sequence: number }): string {
  const { areaCode, birthDate, sequence } = parts;
  if (!/^\d{6}$/.test(areaCode) || !PROVINCE_PREFIXES.has(areaCode.slice(0, 2))) {
    throw new RangeError(`invalid area code ${JSON.stringify(areaCode)}`);
  }
  if (!isCalendarDate(birthDate) || birthDate < EARLIEST_BIRTH_DATE) {
    throw new RangeError(`invalid birth date ${JSON.stringify(birthDate)}`);
  }
  if (!Number.isInteger(sequence) || sequence < 1 || sequence > 999) {
    throw new RangeError(`sequence must be an integer 1..999, got ${sequence}`);
  }
  const first17 = areaCode + birthDate.replaceAll('-', '') + String(sequence).padStart(3, '0');
  return first17 + idNumberCheckCharacter(first17);
}

/**
 * Completed years (周岁) on `asOf`. A person turns N on the birthday itself, which is how
 * age thresholds (60 for 高龄/特困 elderly, 16 and 18 for minors) are applied in practice.
 * A 29 February birthday falls on 1 March in common years: until the day after 28 February
 * the person has not yet lived the full year. Throws when `asOf` precedes the birth.
 */
export function ageOn(birthDate: string, asOf: string): number {
  if (!isCalendarDate(birthDate)) throw new RangeError(`invalid date ${JSON.stringify(birthDate)}`);
  if (!isCalendarDate(asOf)) throw new RangeError(`invalid date ${JSON.stringify(asOf)}`);
  if (asOf < birthDate) throw new RangeError(`${asOf} is before the birth date ${birthDate}`);

  const [by, bm, bd] = splitDate(birthDate);
  const [ay, am, ad] = splitDate(asOf);
  const [month, day] = bm === 2 && bd === 29 && !isLeapYear(ay) ? [3, 1] : [bm, bd];
  const hadBirthday = am > month || (am === month && ad >= day);
  return ay - by - (hadBirthday ? 0 : 1);
}

export function idNumberProblemMessage(
  problem: IdNumberProblem,
  lang: 'zh-CN' | 'en',
  expected?: string,
): string {
  const zh = lang === 'zh-CN';
  switch (problem) {
    case 'empty':
      return zh ? '请填写身份证号' : 'Enter the ID number';
    case 'length':
      return zh
        ? '身份证号应为18位（或旧版15位）'
        : 'An ID number has 18 characters (or 15 digits in the old format)';
    case 'characters':
      return zh
        ? '身份证号只能由数字组成，18位号码的最后一位可以是 X'
        : 'An ID number contains only digits; the last of 18 characters may be X';
    case 'area':
      return zh
        ? '前6位地区码无效：前两位不是省级行政区代码'
        : 'The area code (first 6 digits) is invalid: the first two are not a province code';
    case 'date':
      return zh
        ? '出生日期无效（第7至14位应为1900年以后的真实日期）'
        : 'The birth date is invalid (digits 7–14 must be a real date from 1900 on)';
    case 'future_date':
      return zh ? '出生日期不能晚于今天' : 'The birth date cannot be after today';
    case 'check_character':
      if (expected === undefined) {
        return zh ? '校验位错误，请核对号码' : 'The check character is wrong; check the number';
      }
      return zh
        ? `校验位错误，应为 ${expected}`
        : `The check character is wrong; it should be ${expected}`;
  }
}

function splitDate(date: string): [number, number, number] {
  return [Number(date.slice(0, 4)), Number(date.slice(5, 7)), Number(date.slice(8, 10))];
}

function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31] as const;

function isCalendarDate(date: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) return false;
  const [y, m, d] = splitDate(date);
  if (m < 1 || m > 12 || d < 1) return false;
  const max = m === 2 && isLeapYear(y) ? 29 : DAYS_IN_MONTH[m - 1]!;
  return d <= max;
}
