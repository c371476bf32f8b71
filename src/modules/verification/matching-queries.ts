import { sql } from 'kysely';
import type { DbOrTrx } from '../../db/types.ts';
import type { FindingRule, HouseholdDeclaration, MatchedRecord } from '../../domain/verification/rules.ts';
import type { SourceId } from '../../domain/verification/sources.ts';

export interface HouseholdForMatching extends HouseholdDeclaration {
  areaCode: string;
  urbanRural: 'urban' | 'rural';
}

/** A record matched to a member, with whose it is. */
export interface MemberHit extends MatchedRecord {
  personId: number;
  householdId: number;
}

/**
 * The records of every source matched to the members of these households: one join on the ID
 * number (source_records_id_number_idx, the persons' unique ID number index), set-based.
 */
export async function hitsOfHouseholds(db: DbOrTrx, householdIds: readonly number[]): Promise<MemberHit[]> {
  if (householdIds.length === 0) return [];
  const rows = await db
    .selectFrom('source_records as r')
    .innerJoin('persons as p', 'p.id_number', 'r.id_number')
    .select(['r.id', 'r.source_id', 'r.record_key', 'r.id_number', 'r.kind', 'r.event_date', 'r.end_date', 'r.amount', 'r.item', 'r.exempt', 'p.id as person_id', 'p.household_id'])
    .where('p.household_id', 'in', householdIds)
    .orderBy('p.household_id')
    .orderBy('r.id')
    .execute();
  return rows.map(memberHitFromRow);
}

type MemberHitRow = {
  id: number;
  source_id: string;
  record_key: string;
  id_number: string;
  kind: string;
  event_date: string | null;
  end_date: string | null;
  amount: number | string | null;
  item: string | null;
  exempt: number;
  person_id: number;
  household_id: number | null;
};

function memberHitFromRow(r: MemberHitRow): MemberHit {
  return {
    id: r.id,
    sourceId: r.source_id as SourceId,
    recordKey: r.record_key,
    idNumber: r.id_number,
    kind: r.kind,
    eventDate: r.event_date,
    endDate: r.end_date,
    amount: r.amount === null ? null : Number(r.amount),
    item: r.item,
    exempt: r.exempt === 1,
    personId: r.person_id,
    householdId: r.household_id!,
  };
}

/** What each household declared: members with their monthly income by type, assets. */
export async function declarationsOf(db: DbOrTrx, householdIds: readonly number[]): Promise<Map<number, HouseholdForMatching>> {
  const out = new Map<number, HouseholdForMatching>();
  if (householdIds.length === 0) return out;
  const [households, persons, incomes, assets] = await Promise.all([
    db.selectFrom('households').select(['id', 'area_code', 'urban_rural']).where('id', 'in', householdIds).execute(),
    db.selectFrom('persons').select(['id', 'id_number', 'name', 'household_id']).where('household_id', 'in', householdIds).execute(),
    db.selectFrom('income_items').select(['person_id', 'type', 'monthly']).where('household_id', 'in', householdIds).execute(),
    db.selectFrom('assets').select(['household_id', 'type', 'value', 'exempt', 'description']).where('household_id', 'in', householdIds).execute(),
  ]);
  for (const h of households) out.set(h.id, { householdId: h.id, areaCode: h.area_code, urbanRural: h.urban_rural, members: [], financialAssets: 0, houses: 0, exemptVehicles: [] });
  const income = new Map<number, Record<string, number>>();
  for (const i of incomes) {
    const m = income.get(i.person_id) ?? {};
    m[i.type] = (m[i.type] ?? 0) + Number(i.monthly);
    income.set(i.person_id, m);
  }
  for (const p of persons) {
    const h = out.get(p.household_id!);
    if (h) (h.members as unknown[]).push({ personId: p.id, idNumber: p.id_number, name: p.name, monthlyIncome: income.get(p.id) ?? {} });
  }
  for (const a of assets) {
    const h = out.get(a.household_id);
    if (!h) continue;
    if (a.type === 'deposit' || a.type === 'securities') h.financialAssets += Number(a.value);
    else if (a.type === 'house') h.houses += 1;
    else if (a.type === 'vehicle' && a.exempt === 1) (h.exemptVehicles as string[]).push(a.description ?? '');
  }
  return out;
}

/** Households of an area with an active enrolment, in id order after `afterId` (keyset pages). */
export async function enrolledHouseholdsPage(db: DbOrTrx, areaCode: string, afterId: number, limit: number): Promise<number[]> {
  const rows = await db
    .selectFrom('households as h')
    .select('h.id')
    .where('h.area_code', 'like', `${areaCode}%`)
    .where('h.status', '=', 'active')
    .where('h.id', '>', afterId)
    .where((eb) => eb.exists(eb.selectFrom('enrolments as e').select('e.id').whereRef('e.household_id', '=', 'h.id').where('e.status', '=', 'active')))
    .orderBy('h.id')
    .limit(limit)
    .execute();
  return rows.map((r) => r.id);
}

export async function countEnrolledHouseholds(db: DbOrTrx, areaCode: string): Promise<number> {
  const r = await db
    .selectFrom('households as h')
    .select((e) => e.fn.countAll<number | string>().as('n'))
    .where('h.area_code', 'like', `${areaCode}%`)
    .where('h.status', '=', 'active')
    .where((eb) => eb.exists(eb.selectFrom('enrolments as e').select('e.id').whereRef('e.household_id', '=', 'h.id').where('e.status', '=', 'active')))
    .executeTakeFirstOrThrow();
  return Number(r.n);
}

/*
 * The batch run, set-based. A run goes through the area's enrolled households in slices of
 * consecutive ids; sliceBreaches joins the slice's members to the source records on the ID
 * number once (the persons' household index, then source_records_id_number_idx) with every
 * rule's condition in SQL, and returns only the records that break a rule.
 */

/** Enrolled households of the area with ids from `fromId` to `toId`. */
export interface RunSlice {
  areaCode: string;
  fromId: number;
  toId: number;
}

function sliceHouseholds(db: DbOrTrx, s: RunSlice) {
  return db
    .selectFrom('households as h')
    .where('h.id', '>=', s.fromId)
    .where('h.id', '<=', s.toId)
    .where('h.area_code', 'like', `${s.areaCode}%`)
    .where('h.status', '=', 'active')
    .where((eb) => eb.exists(eb.selectFrom('enrolments as e').select('e.id').whereRef('e.household_id', '=', 'h.id').where('e.status', '=', 'active')));
}

function sliceMatches(db: DbOrTrx, s: RunSlice) {
  return sliceHouseholds(db, s).innerJoin('persons as p', 'p.household_id', 'h.id').innerJoin('source_records as r', 'r.id_number', 'p.id_number');
}

/** The slice's members. */
export async function slicePersons(db: DbOrTrx, s: RunSlice): Promise<number> {
  const r = await sliceHouseholds(db, s)
    .innerJoin('persons as p', 'p.household_id', 'h.id')
    .select((e) => e.fn.countAll<number | string>().as('n'))
    .executeTakeFirstOrThrow();
  return Number(r.n);
}

/** The areas (communities) the slice's households live in: their policies give the limits. */
export async function sliceAreas(db: DbOrTrx, s: RunSlice): Promise<string[]> {
  const rows = await sliceHouseholds(db, s).select('h.area_code').distinct().execute();
  return rows.map((r) => r.area_code);
}

/** The limits of the policy in force, for the areas that share them. */
export interface LimitGroup {
  areaCodes: readonly string[];
  /** financial assets allowed per member, fen (the standard × its months), urban and rural */
  perMember: { urban: number; rural: number };
  maxHouses: number;
}

/** A record that breaks a rule, with whose it is. */
export interface RuleBreach extends MemberHit {
  rule: FindingRule;
  areaCode: string;
  /** pension and wage: what the member declared a month of that type, fen */
  declaredIncome: number;
  /** deposits and wealth products on record for the household, fen; houses on record */
  financialTotal: number;
  houses: number;
}

const FINANCIAL = sql`('deposit', 'wealth')`;

/** `case when area in (…) then value … end` over the limit groups. */
function perArea(groups: readonly LimitGroup[], value: (g: LimitGroup) => number) {
  return sql`(case ${sql.join(
    groups.map((g) => sql`when w.area_code in (${sql.join(g.areaCodes)}) then cast(${value(g)} as bigint)`),
    sql` `,
  )} end)`;
}

/**
 * The slice's records that break a rule, in one pass: the slice's members joined to the source
 * records on the ID number once, the household's deposit total and house count as window sums
 * over that join, and each rule's condition in SQL —
 * - a death or cremation; a business in existence;
 * - a prison term begun and not ended before today;
 * - a vehicle the source does not mark exempt (whether the household declared it exempt is
 *   checked on these few against the declared assets' text, see matching.ts);
 * - a pension or wage above what the member declared a month of that type;
 * - deposits and wealth products above the limit (per member × members; exactly at it is
 *   allowed), on the household's largest, the first of equals in record order;
 * - more houses than the limit, on the household's first house.
 * `findings` counts every matched record (most are informational): it comes with the rows,
 * and the first matched row is returned even when it breaks nothing, so the count is never lost.
 */
export async function sliceBreaches(db: DbOrTrx, s: RunSlice, today: string, groups: readonly LimitGroup[]): Promise<{ findings: number; breaches: RuleBreach[] }> {
  if (groups.length === 0) return { findings: 0, breaches: [] };
  const matched = sliceMatches(db, s).select([
    'h.id as household_id',
    'h.area_code',
    'h.urban_rural',
    'p.id as person_id',
    'r.id',
    'r.source_id',
    'r.record_key',
    'r.id_number',
    'r.kind',
    'r.event_date',
    'r.end_date',
    'r.amount',
    'r.item',
    'r.exempt',
    sql<number | string>`count(*) over ()`.as('findings'),
    sql<number | string>`row_number() over ()`.as('nth'),
    sql<number | string>`sum(case when r.kind in ${FINANCIAL} then coalesce(r.amount, 0) else 0 end) over (partition by h.id)`.as('financial_total'),
    sql<number | string>`sum(case when r.kind = 'house' then 1 else 0 end) over (partition by h.id)`.as('houses'),
    // 1 on the household's largest deposit (the first of equals) and on its first house.
    sql<number | string>`row_number() over (partition by h.id, case when r.kind in ${FINANCIAL} then 1 when r.kind = 'house' then 2 else 0 end order by case when r.kind in ${FINANCIAL} then coalesce(r.amount, 0) else 0 end desc, r.id)`.as('ranked'),
  ]);
  const declaredIncome = sql`(select sum(i.monthly) from income_items i where i.household_id = w.household_id and i.person_id = w.person_id and i.type = w.kind)`;
  const members = sql`(select count(*) from persons pm where pm.household_id = w.household_id)`;
  const limit = sql`(case when w.urban_rural = 'urban' then ${perArea(groups, (g) => g.perMember.urban)} else ${perArea(groups, (g) => g.perMember.rural)} end * ${members})`;
  const ruled = db.selectFrom(matched.as('w')).selectAll().select([
    sql<number | string>`case when w.kind in ('pension', 'wage') then coalesce(${declaredIncome}, 0) else 0 end`.as('declared_income'),
    sql<FindingRule | null>`case
      when w.kind in ('death', 'cremation') then 'death'
      when w.kind = 'imprisonment' and coalesce(w.event_date, '') <= ${today} and (w.end_date is null or w.end_date >= ${today}) then 'imprisonment'
      when w.kind = 'vehicle' and w.exempt <> 1 then 'vehicle_not_exempt'
      when w.kind = 'business' then 'business_registration'
      when w.kind = 'pension' and coalesce(w.amount, 0) > coalesce(${declaredIncome}, 0) then 'undeclared_pension'
      when w.kind = 'wage' and coalesce(w.amount, 0) > coalesce(${declaredIncome}, 0) then 'undeclared_wage'
      when w.kind in ${FINANCIAL} and w.ranked = 1 and w.financial_total > ${limit} then 'assets_above_limit'
      when w.kind = 'house' and w.ranked = 1 and w.houses > ${perArea(groups, (g) => g.maxHouses)} then 'houses_above_limit'
    end`.as('rule'),
  ]);
  const rows = await db
    .selectFrom(ruled.as('x'))
    .selectAll()
    .where((eb) => eb.or([eb('x.rule', 'is not', null), eb('x.nth', '=', 1)]))
    .orderBy('x.id')
    .execute();
  return {
    findings: rows.length === 0 ? 0 : Number(rows[0]!.findings),
    breaches: rows
      .filter((r) => r.rule !== null)
      .map((r) => ({
        ...memberHitFromRow(r),
        rule: r.rule!,
        areaCode: r.area_code,
        declaredIncome: Number(r.declared_income),
        financialTotal: Number(r.financial_total),
        houses: Number(r.houses),
      })),
  };
}

/** What the households declared exempt among their vehicles (the descriptions, a plate in them). */
export async function exemptVehiclesOf(db: DbOrTrx, householdIds: readonly number[]): Promise<Map<number, string[]>> {
  const out = new Map<number, string[]>();
  for (let i = 0; i < householdIds.length; i += 1000) {
    const rows = await db
      .selectFrom('assets')
      .select(['household_id', 'description'])
      .where('household_id', 'in', householdIds.slice(i, i + 1000))
      .where('type', '=', 'vehicle')
      .where('exempt', '=', 1)
      .orderBy('id')
      .execute();
    for (const r of rows) out.set(r.household_id, [...(out.get(r.household_id) ?? []), r.description ?? '']);
  }
  return out;
}
