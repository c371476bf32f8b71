import { sql } from 'kysely';
import type { DbOrTrx } from '../../db/types.ts';
import type { HouseholdDeclaration, MatchedRecord } from '../../domain/verification/rules.ts';
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
export async function hitsOfHouseholds(db: DbOrTrx, householdIds: readonly number[], kinds?: readonly string[]): Promise<MemberHit[]> {
  if (householdIds.length === 0) return [];
  let q = db
    .selectFrom('source_records as r')
    .innerJoin('persons as p', 'p.id_number', 'r.id_number')
    .select(['r.id', 'r.source_id', 'r.record_key', 'r.id_number', 'r.kind', 'r.event_date', 'r.end_date', 'r.amount', 'r.item', 'r.exempt', 'p.id as person_id', 'p.household_id'])
    .where('p.household_id', 'in', householdIds);
  if (kinds) q = q.where('r.kind', 'in', kinds);
  const rows = await q.orderBy('p.household_id').orderBy('r.id').execute();
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
 * consecutive ids; each query below joins the slice's members to the source records on the ID
 * number (the persons' household index, then source_records_id_number_idx) with the rule's
 * condition in SQL, and returns only the records that break a rule.
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

/** The slice's members, and the records matched to them (every one a finding, most informational). */
export async function sliceCounts(db: DbOrTrx, s: RunSlice): Promise<{ persons: number; findings: number }> {
  const persons = await sliceHouseholds(db, s)
    .innerJoin('persons as p', 'p.household_id', 'h.id')
    .select((e) => e.fn.countAll<number | string>().as('n'))
    .executeTakeFirstOrThrow();
  const findings = await sliceMatches(db, s)
    .select((e) => e.fn.countAll<number | string>().as('n'))
    .executeTakeFirstOrThrow();
  return { persons: Number(persons.n), findings: Number(findings.n) };
}

/** The areas (communities) the slice's households live in: their policies give the limits. */
export async function sliceAreas(db: DbOrTrx, s: RunSlice): Promise<string[]> {
  const rows = await sliceHouseholds(db, s).select('h.area_code').distinct().execute();
  return rows.map((r) => r.area_code);
}

export interface RecordBreach extends MemberHit {
  areaCode: string;
  /** pension and wage: what the member declared a month of that type, fen */
  declaredIncome: number;
}

/** Record kinds whose rule is decided on the record alone (and the member's declared income). */
export const RECORD_RULE_KINDS = ['death', 'cremation', 'imprisonment', 'vehicle', 'business', 'pension', 'wage'] as const;

/**
 * The records that break a rule by themselves: a death or cremation; a prison term being
 * served today; a vehicle the source does not mark exempt (whether the household declared it
 * exempt is checked on these few against the declared assets' text); a business in existence;
 * a pension or wage above what the member declared of that type.
 */
export async function recordBreaches(db: DbOrTrx, s: RunSlice, today: string): Promise<RecordBreach[]> {
  const matched = sliceMatches(db, s)
    .where('r.kind', 'in', RECORD_RULE_KINDS)
    .select((eb) => [
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
      'p.id as person_id',
      'p.household_id',
      'h.area_code',
      // What the member declared a month of the record's type (pension, wage; nothing for the others).
      eb.fn
        .coalesce(
          eb
            .selectFrom('income_items as i')
            .select((e) => e.fn.sum<number | string>('i.monthly').as('s'))
            .whereRef('i.household_id', '=', 'p.household_id')
            .whereRef('i.person_id', '=', 'p.id')
            .whereRef('i.type', '=', 'r.kind'),
          sql.lit(0),
        )
        .as('declared_income'),
    ]);
  const rows = await db
    .selectFrom(matched.as('m'))
    .selectAll()
    .where((eb) =>
      eb.or([
        eb('m.kind', 'in', ['death', 'cremation', 'business']),
        eb.and([
          eb('m.kind', '=', 'imprisonment'),
          eb(eb.fn.coalesce('m.event_date', sql.lit('')), '<=', today),
          eb.or([eb('m.end_date', 'is', null), eb('m.end_date', '>=', today)]),
        ]),
        eb.and([eb('m.kind', '=', 'vehicle'), eb('m.exempt', '<>', 1)]),
        eb.and([eb('m.kind', 'in', ['pension', 'wage']), eb(eb.fn.coalesce('m.amount', sql.lit(0)), '>', eb.ref('m.declared_income'))]),
      ]),
    )
    .orderBy('m.id')
    .execute();
  return rows.map((r) => ({ ...memberHitFromRow(r), areaCode: r.area_code, declaredIncome: Number(r.declared_income) }));
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

/**
 * Households of these areas whose deposits and wealth products on record add up to more than
 * the limit: `perMember` (the standard × the months of it allowed, urban or rural) × members.
 */
export async function householdsOverAssetLimit(db: DbOrTrx, s: RunSlice, areaCodes: readonly string[], perMember: { urban: number; rural: number }): Promise<number[]> {
  if (areaCodes.length === 0) return [];
  const rows = await sliceMatches(db, s)
    .where('h.area_code', 'in', areaCodes)
    .where('r.kind', 'in', ['deposit', 'wealth'])
    .groupBy(['h.id', 'h.urban_rural'])
    .having((eb) =>
      eb(
        eb.fn.sum(eb.fn.coalesce('r.amount', sql.lit(0))),
        '>',
        sql<number>`case when h.urban_rural = 'urban' then cast(${perMember.urban} as bigint) else cast(${perMember.rural} as bigint) end * (select count(*) from persons m where m.household_id = h.id)`,
      ),
    )
    .select('h.id')
    .orderBy('h.id')
    .execute();
  return rows.map((r) => r.id);
}

/** Households of these areas with more houses on record than `maxHouses`. */
export async function householdsOverHouseLimit(db: DbOrTrx, s: RunSlice, areaCodes: readonly string[], maxHouses: number): Promise<number[]> {
  if (areaCodes.length === 0) return [];
  const rows = await sliceMatches(db, s)
    .where('h.area_code', 'in', areaCodes)
    .where('r.kind', '=', 'house')
    .groupBy('h.id')
    .having((eb) => eb(eb.fn.countAll(), '>', sql<number>`cast(${maxHouses} as bigint)`))
    .select('h.id')
    .orderBy('h.id')
    .execute();
  return rows.map((r) => r.id);
}
