/**
 * Finding a person: caseworkers type a full ID number, its last digits (what an applicant reads
 * out at the window), pinyin initials ("zsf" for 张三丰, fast on any keyboard), or the name.
 * The initials and full pinyin are computed once when a person is saved and stored beside the
 * name, so search is a plain indexed prefix match.
 */
import { pinyin } from 'pinyin-pro';
import { parseIdNumber } from './id-number.ts';

/**
 * Surname mode at the head of the name: polyphonic characters read as surnames where they
 * begin a name (单 shàn, 曾 zēng, 解 xiè, 仇 qiú, 朴 piáo, 尉迟 yùchí, 区 ōu), their ordinary
 * reading elsewhere. Only Chinese characters contribute: the · of transliterated minority names
 * and anything pinyin-pro cannot read (some 生僻字) are dropped. ü is written v (吕 → lv), as
 * every pinyin input method expects it typed.
 */
function syllables(name: string, pattern: 'pinyin' | 'first'): string[] {
  return pinyin(name.trim(), {
    pattern,
    toneType: 'none',
    mode: 'surname',
    surname: 'head',
    v: true,
    nonZh: 'removed',
    type: 'array',
  });
}

function lettersOnly(parts: string[]): string {
  return parts.join('').toLowerCase().replace(/[^a-z]/g, '');
}

/**
 * Names repeat (a large import saves a few hundred thousand persons, and 王芳 is many of them):
 * each reading is kept for the next person of the same name. Pure, so a memo is safe; bounded,
 * emptied when full.
 */
const MEMO_LIMIT = 50_000;
function memo(fn: (name: string) => string): (name: string) => string {
  const seen = new Map<string, string>();
  return (name) => {
    let v = seen.get(name);
    if (v === undefined) {
      if (seen.size >= MEMO_LIMIT) seen.clear();
      v = fn(name);
      seen.set(name, v);
    }
    return v;
  };
}

/** 张三丰 → "zsf", 单田芳 → "stf". */
export const pinyinInitials: (name: string) => string = memo((name) => lettersOnly(syllables(name, 'first')));

/** 张三丰 → "zhangsanfeng". */
export const fullPinyin: (name: string) => string = memo((name) => lettersOnly(syllables(name, 'pinyin')));

export type PersonQueryKind = 'id_full' | 'id_suffix' | 'pinyin_initials' | 'name';

export interface PersonQuery {
  kind: PersonQueryKind;
  value: string;
}

/**
 * What the search box holds. Whitespace is ignored everywhere (IDs are read out in groups) and
 * full-width characters from Chinese input methods are folded (NFKC).
 * - 18 characters (17 digits + digit/X) or 15 digits: a full ID number, normalised to the stored
 *   18-character form when it parses; otherwise kept as typed (upper-case) so it simply matches
 *   nothing instead of silently becoming another search.
 * - 4–17 digits, or digits ending in X: the end of an ID number (at least 4, fewer matches too
 *   many people; a trailing X is itself the check character, so 3 digits + X is enough).
 * - ASCII letters only: pinyin initials, lower-cased.
 * - Anything else: a name, as typed.
 */
export function classifyPersonQuery(q: string): PersonQuery {
  const compact = q.normalize('NFKC').replace(/\s+/g, '');
  const upper = compact.toUpperCase();

  if (/^\d{17}[\dX]$/.test(upper) || /^\d{15}$/.test(upper)) {
    const parsed = parseIdNumber(upper);
    return { kind: 'id_full', value: parsed.ok ? parsed.value.idNumber : upper };
  }
  if (/^\d{4,17}$/.test(upper) || /^\d{3,16}X$/.test(upper)) {
    return { kind: 'id_suffix', value: upper };
  }
  if (/^[A-Za-z]+$/.test(compact)) {
    return { kind: 'pinyin_initials', value: compact.toLowerCase() };
  }
  return { kind: 'name', value: compact };
}

/** The shortest text a trigram index (FTS5 `trigram`, `pg_trgm`) can find. */
export const TRIGRAM_MIN = 3;

/**
 * One way a query finds persons, each served by an index built for it:
 * - `id_exact`, `id_suffix`, `initials_prefix`, `name_prefix`: B-tree lookups and prefix ranges,
 *   in the index's own order (a page of 20 reads about 20 entries);
 * - `contains` (a person's name, full pinyin or ID number) and `address_contains` (the
 *   household's address): substrings by trigrams, newest first.
 */
export type SearchTier =
  | { kind: 'id_exact'; value: string }
  | { kind: 'id_suffix'; value: string }
  | { kind: 'initials_prefix'; value: string }
  | { kind: 'name_prefix'; value: string }
  | { kind: 'contains'; column: 'name' | 'name_pinyin' | 'id_number'; value: string }
  | { kind: 'address_contains'; value: string };

/**
 * What a classified query searches, best matches first. The prefix searches the tests and users
 * know come first (last digits before digits anywhere; initials before full pinyin; a name
 * starting with the text before one containing it, then an address containing it). Substring
 * tiers need 3 characters: a one- or two-character name (王, 王芳) is a prefix search only, and
 * so is a one- or two-letter pinyin query.
 */
export function searchTiers(q: PersonQuery): SearchTier[] {
  const long = [...q.value].length >= TRIGRAM_MIN;
  switch (q.kind) {
    case 'id_full':
      return [{ kind: 'id_exact', value: q.value }];
    case 'id_suffix':
      return [{ kind: 'id_suffix', value: q.value }, { kind: 'contains', column: 'id_number', value: q.value }];
    case 'pinyin_initials':
      return [{ kind: 'initials_prefix', value: q.value }, ...(long ? [{ kind: 'contains', column: 'name_pinyin', value: q.value } as const] : [])];
    case 'name':
      if (q.value === '') return [];
      return [
        { kind: 'name_prefix', value: q.value },
        ...(long ? ([{ kind: 'contains', column: 'name', value: q.value }, { kind: 'address_contains', value: q.value }] as const) : []),
      ];
  }
}
