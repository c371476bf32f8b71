/**
 * Masking of personal data in lists, notices (公示) and exports. A public notice must let
 * neighbours recognise who is proposed for assistance — and object if they know better — while
 * not publishing a full identity: the name keeps its first and last character, the ID number
 * its first 4 (province and city) and last 4 characters, e.g. 张*丰, 4201**********1234.
 *
 * Masking works on Unicode code points, not UTF-16 units, so a rare character outside the BMP
 * (生僻字 such as 𠇔) is masked or kept whole, never split into half a surrogate pair.
 */

const MASK = '*';

/**
 * 张三丰 → 张*丰, 张三 → 张*, 欧阳娜娜 → 欧**娜; a single character is left as it is (there is
 * nothing to keep apart). The separator of transliterated minority names (买买提·艾力) is a
 * character like any other.
 */
export function maskName(name: string): string {
  const chars = Array.from(name.trim());
  if (chars.length <= 1) return chars.join('');
  if (chars.length === 2) return `${chars[0]}${MASK}`;
  return `${chars[0]}${MASK.repeat(chars.length - 2)}${chars[chars.length - 1]}`;
}

/**
 * First 4 and last 4 kept: 420102199003071234 → 4201**********1234 (18 → 10 masked, 15 → 7).
 * Spaces are dropped and x upper-cased first so the same number always masks the same way.
 * A value too short to keep 8 characters shows only its last 4 at most, and never itself whole.
 */
export function maskIdNumber(idNumber: string): string {
  const chars = Array.from(idNumber.replace(/\s+/g, '').toUpperCase());
  if (chars.length > 8) {
    return chars.slice(0, 4).join('') + MASK.repeat(chars.length - 8) + chars.slice(-4).join('');
  }
  return maskKeepingLast(chars, 4);
}

/**
 * Only the last 4 digits kept, the form banks print on statements, so a recipient can tell which
 * of their cards is meant: 6222021234567890123 → ***************0123.
 */
export function maskBankAccount(account: string): string {
  return maskKeepingLast(Array.from(account.replace(/[\s-]+/g, '')), 4);
}

/** Keeps the last `keep` characters but always masks at least half, so nothing shows whole. */
function maskKeepingLast(chars: string[], keep: number): string {
  const shown = Math.min(keep, Math.floor(chars.length / 2));
  return MASK.repeat(chars.length - shown) + chars.slice(chars.length - shown).join('');
}
