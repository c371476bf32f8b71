/**
 * Fen ↔ yuan for display and input, in integers and strings only: a standard typed as
 * 1,040.10 must become exactly 104010 fen, never 104009.99999.
 */

/** 104000 → "1,040.00"; -2500 → "-25.00". */
export function formatFen(fen: number): string {
  const sign = fen < 0 ? '-' : '';
  const abs = Math.abs(Math.trunc(fen));
  const whole = Math.floor(abs / 100);
  const cents = String(abs % 100).padStart(2, '0');
  return `${sign}${whole.toLocaleString('en-US')}.${cents}`;
}

/** 104000 → "1040.00": what a yuan input starts with. */
export function fenToYuanInput(fen: number): string {
  return `${Math.floor(fen / 100)}.${String(fen % 100).padStart(2, '0')}`;
}

const YUAN = /^\s*(\d{1,11})(?:\.(\d{0,2}))?\s*$/;

/** "1300" / "1300.5" / "1,300.05" → fen; null when it is not a non-negative amount with ≤ 2 decimals. */
export function yuanToFen(input: string | number | null | undefined): number | null {
  if (input === null || input === undefined) return null;
  const match = YUAN.exec(String(input).replace(/,/g, ''));
  if (!match) return null;
  const [, whole = '0', decimals = ''] = match;
  return Number(whole) * 100 + Number(decimals.padEnd(2, '0'));
}

/** A published rate as a percentage, by moving the decimal point: "0.15" → "15", "0.125" → "12.5". */
export function rateAsPercent(rate: string): string {
  const match = /^(\d+)(?:\.(\d+))?$/.exec(rate);
  if (!match) return rate;
  const [, whole = '0', decimals = ''] = match;
  const digits = `${whole}${decimals.padEnd(2, '0')}`;
  const point = whole.length + 2;
  const integer = digits.slice(0, point).replace(/^0+(?=\d)/, '');
  const fraction = digits.slice(point).replace(/0+$/, '');
  return fraction ? `${integer}.${fraction}` : integer;
}

export const RATE_PATTERN = /^(0|[1-9]\d{0,2})(\.\d{1,6})?$/;
