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
  return rows.map((r) => ({
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
  }));
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
