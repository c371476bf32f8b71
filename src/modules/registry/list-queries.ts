import type { Expression, ExpressionBuilder, SqlBool } from 'kysely';
import type { Database, DbOrTrx } from '../../db/types.ts';

/** How a free-text search box query is matched against persons (see domain/name-search). */
export type PersonMatch =
  | { kind: 'id_full'; value: string }
  | { kind: 'id_suffix'; value: string }
  | { kind: 'pinyin_initials'; value: string }
  | { kind: 'name'; value: string };

function escapeLike(s: string): string {
  return s.replace(/[\\%_]/g, (c) => `\\${c}`);
}

/** The first string after every string that starts with `prefix` (a–z only); null after "z…z". */
function initialsAfter(prefix: string): string | null {
  const head = prefix.replace(/z+$/, '');
  return head === '' ? null : head.slice(0, -1) + String.fromCharCode(head.charCodeAt(head.length - 1) + 1);
}

/** Prefix searches everywhere, so the pattern/NOCASE indexes of migration 0002 serve them. */
function personMatches(eb: ExpressionBuilder<Database, 'persons'>, m: PersonMatch) {
  switch (m.kind) {
    case 'id_full':
      return eb('persons.id_number', '=', m.value);
    case 'id_suffix':
      return eb('persons.id_number_rev', 'like', `${escapeLike([...m.value].reverse().join(''))}%`);
    case 'pinyin_initials': {
      // Initials are a–z only, so the prefix is a range: the (name_initials, name, id) index of
      // migration 0005 serves it on both engines, in the order searchPersons returns.
      const upper = initialsAfter(m.value);
      const from = eb('persons.name_initials', '>=', m.value);
      return upper === null ? from : eb.and([from, eb('persons.name_initials', '<', upper)]);
    }
    case 'name':
      return eb('persons.name', 'like', `${escapeLike(m.value)}%`);
  }
}

export interface HouseholdFilter {
  scope: string;
  match?: PersonMatch | undefined;
  urbanRural?: 'urban' | 'rural' | undefined;
  flag?: string | undefined;
  disabled?: boolean | undefined;
}

type PersonCondition = (eb: ExpressionBuilder<Database, 'persons'>) => Expression<SqlBool>;

function filteredHouseholds(db: DbOrTrx, f: HouseholdFilter) {
  let q = db.selectFrom('households as h').where('h.area_code', 'like', `${f.scope}%`).where('h.status', '=', 'active');
  if (f.urbanRural) q = q.where('h.urban_rural', '=', f.urbanRural);
  const memberConditions: PersonCondition[] = [];
  const { match, flag } = f;
  if (match) memberConditions.push((eb) => personMatches(eb, match));
  // flags is a comma-separated list of codes none of which is a substring of another.
  if (flag) memberConditions.push((eb) => eb('persons.flags', 'like', `%${flag}%`));
  if (f.disabled) memberConditions.push((eb) => eb('persons.disability_category', 'is not', null));
  for (const condition of memberConditions) {
    q = q.where((eb) =>
      eb.exists(
        eb
          .selectFrom('persons')
          .select('persons.id')
          .whereRef('persons.household_id', '=', 'h.id')
          .where((pb) => condition(pb as unknown as ExpressionBuilder<Database, 'persons'>)),
      ),
    );
  }
  return q;
}

export interface HouseholdListRow {
  id: number;
  area_code: string;
  area_name: string;
  address: string;
  urban_rural: string;
  category: string | null;
  version: number;
  updated_at: string;
  head_name: string | null;
  head_id_number: string | null;
  member_count: number;
}

export async function listHouseholds(
  db: DbOrTrx,
  f: HouseholdFilter,
  page: { offset: number; limit: number },
): Promise<{ items: HouseholdListRow[]; total: number }> {
  const [items, total] = await Promise.all([
    filteredHouseholds(db, f)
      .innerJoin('areas as a', 'a.code', 'h.area_code')
      .leftJoin('persons as head', 'head.id', 'h.head_person_id')
      .select((eb) => [
        'h.id',
        'h.area_code',
        'a.name as area_name',
        'h.address',
        'h.urban_rural',
        'h.category',
        'h.version',
        'h.updated_at',
        'head.name as head_name',
        'head.id_number as head_id_number',
        eb
          .selectFrom('persons as m')
          .select((mb) => mb.fn.countAll<number>().as('n'))
          .whereRef('m.household_id', '=', 'h.id')
          .as('member_count'),
      ])
      .orderBy('h.id', 'desc')
      .offset(page.offset)
      .limit(page.limit)
      .execute(),
    filteredHouseholds(db, f).select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
  ]);
  return { items: items.map((r) => ({ ...r, member_count: Number(r.member_count ?? 0) })) as HouseholdListRow[], total: Number(total.n) };
}

export interface PersonSearchRow {
  id: number;
  id_number: string;
  name: string;
  sex: string;
  birth_date: string;
  relation: string;
  household_id: number;
  area_code: string;
  area_name: string;
  address: string;
}

export async function searchPersons(db: DbOrTrx, scope: string, match: PersonMatch, limit: number): Promise<PersonSearchRow[]> {
  const rows = await db
    .selectFrom('persons')
    .innerJoin('households as h', 'h.id', 'persons.household_id')
    .innerJoin('areas as a', 'a.code', 'h.area_code')
    .select([
      'persons.id',
      'persons.id_number',
      'persons.name',
      'persons.sex',
      'persons.birth_date',
      'persons.relation',
      'h.id as household_id',
      'h.area_code',
      'a.name as area_name',
      'h.address',
    ])
    .where((eb) => personMatches(eb as unknown as ExpressionBuilder<Database, 'persons'>, match))
    .where('h.area_code', 'like', `${scope}%`)
    // Exact initials first ("zw" before "zwj"): the index order, so paging stops after `limit` rows.
    .$if(match.kind === 'pinyin_initials', (qb) => qb.orderBy('persons.name_initials'))
    .orderBy('persons.name')
    .orderBy('persons.id')
    .limit(limit)
    .execute();
  return rows as PersonSearchRow[];
}

export async function householdTimeline(db: DbOrTrx, householdId: number, limit: number) {
  return db
    .selectFrom('audit_log')
    .select(['seq', 'at', 'actor_username', 'action', 'old_value', 'new_value'])
    .where('entity_type', '=', 'household')
    .where('entity_id', '=', String(householdId))
    // Changes only: views, reveals, downloads and the audited reads are not changes to the file.
    .where('action', 'not in', ['household.view', 'person.reveal_id', 'document.download'])
    .where('action', 'not like', 'read.%')
    .orderBy('seq', 'desc')
    .limit(limit)
    .execute();
}
