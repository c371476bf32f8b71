import { nowIso, todayInChina } from '../../clock.ts';
import type { Trx } from '../../db/types.ts';
import type { Deps } from '../../deps.ts';
import { assertAreaWritable, assertPermission, type Actor } from '../../domain/actor.ts';
import { DomainError } from '../../domain/errors.ts';
import type { IdNumber } from '../../domain/id-number.ts';
import { maskIdNumber } from '../../domain/masking.ts';
import { recordAudits } from '../audit/service.ts';
import { assertCommunity, assertComposition } from './household-access.ts';
import { identityOf, newHouseholdRow, newPersonRow } from './person-input.ts';
import type { NewHousehold } from './schema.ts';

/**
 * The checks of a new household that need no database (permission, scope, composition, ID
 * numbers, no member twice, every income/deduction/asset row naming a member): what
 * `createHouseholdIn` checks besides the community and the persons already on file.
 */
export function checkNewHousehold(actor: Actor, input: NewHousehold, today: string): IdNumber[] {
  assertPermission(actor, 'editRegistry');
  assertAreaWritable(actor, input.areaCode);
  assertComposition(input.members, 'members');
  const identities = input.members.map((m, i) => identityOf(m, `members.${i}.idNumber`, today));
  identities.forEach((id, i) => {
    if (identities.findIndex((o) => o.idNumber === id.idNumber) !== i) {
      throw new DomainError('unprocessable', 'duplicate_member', { field: `members.${i}.idNumber` });
    }
  });
  return identities;
}

/** Section rows name their member by ID number; in a new household that must be one of its members. */
function memberIdIn(byIdNumber: Map<string, number>, idNumber: string | null | undefined, field: string, today: string): number | null {
  if (!idNumber) return null;
  const id = byIdNumber.get(identityOf({ idNumber }, `${field}.idNumber`, today).idNumber);
  if (id === undefined) throw new DomainError('unprocessable', 'member_not_in_household', { field: `${field}.idNumber` });
  return id;
}

export interface CheckedNewHousehold {
  input: NewHousehold;
  identities: IdNumber[];
}

/**
 * Creates many new households set-based — a few statements for the whole batch instead of a
 * dozen per household — writing exactly the rows and audit entries `createHouseholdIn` would.
 * The caller has run `checkNewHousehold` on each and knows none of their members is on file
 * and no ID number occurs twice among them. Returns the new household ids in input order.
 */
export async function createHouseholdsIn(trx: Trx, deps: Deps, actor: Actor, items: CheckedNewHousehold[]): Promise<number[]> {
  if (items.length === 0) return [];
  assertPermission(actor, 'editRegistry');
  const today = todayInChina(deps.clock);
  const now = nowIso(deps.clock);
  for (const code of new Set(items.map((h) => h.input.areaCode))) {
    assertAreaWritable(actor, code);
    await assertCommunity(trx, code);
  }
  // One INSERT … VALUES for the batch; both engines assign the serial ids in the order of the
  // VALUES rows within one statement (SQLite's rowid counter, PostgreSQL's nextval per row as
  // the rows are produced), so the returned ids sorted ascending are the inputs' ids in order.
  const ids: number[] = [];
  for (let i = 0; i < items.length; i += 500) {
    const rows = await trx
      .insertInto('households')
      .values(
        items.slice(i, i + 500).map(({ input }) => newHouseholdRow(input, now)),
      )
      .returning('id')
      .execute();
    ids.push(...rows.map((r) => r.id).sort((a, b) => a - b));
  }
  const personRows = items.flatMap(({ input, identities }, h) => input.members.map((m, i) => newPersonRow(m, identities[i]!, ids[h]!, now)));
  const personId = new Map<string, number>();
  for (let i = 0; i < personRows.length; i += 400) {
    const rows = await trx.insertInto('persons').values(personRows.slice(i, i + 400)).returning(['id', 'id_number']).execute();
    for (const r of rows) personId.set(r.id_number, r.id);
  }
  for (let i = 0; i < ids.length; i += 500) {
    const chunk = ids.slice(i, i + 500);
    await trx
      .updateTable('households')
      .set((eb) => ({
        head_person_id: eb
          .selectFrom('persons')
          .select('persons.id')
          .whereRef('persons.household_id', '=', 'households.id')
          .where('persons.relation', '=', 'head')
          .limit(1),
      }))
      .where('id', 'in', chunk)
      .execute();
  }

  const incomes = [];
  const deductions = [];
  const assets = [];
  const obligors = [];
  for (const [h, { input }] of items.entries()) {
    const household_id = ids[h]!;
    for (const [i, r] of input.incomes.entries()) {
      incomes.push({ household_id, person_id: memberIdIn(personId, r.idNumber, `incomes.${i}`, today) as number, type: r.type, monthly: r.monthly, note: r.note ?? null });
    }
    for (const [i, r] of input.deductions.entries()) {
      deductions.push({ household_id, person_id: memberIdIn(personId, r.idNumber, `deductions.${i}`, today) as number, type: r.type, monthly: r.monthly });
    }
    for (const [i, r] of input.assets.entries()) {
      assets.push({
        household_id,
        person_id: memberIdIn(personId, r.idNumber, `assets.${i}`, today),
        type: r.type,
        value: r.value,
        exempt: r.exempt ? 1 : 0,
        area_sqm: r.areaSqm ?? null,
        description: r.description ?? null,
      });
    }
    for (const [i, o] of input.obligors.entries()) {
      obligors.push({
        household_id,
        name: o.name,
        id_number: o.idNumber ? identityOf({ idNumber: o.idNumber }, `obligors.${i}.idNumber`, today).idNumber : null,
        relation: o.relation,
        monthly_support: o.monthlySupport,
        able_to_support: o.ableToSupport ? 1 : 0,
      });
    }
  }
  for (let i = 0; i < incomes.length; i += 500) await trx.insertInto('income_items').values(incomes.slice(i, i + 500)).execute();
  for (let i = 0; i < deductions.length; i += 500) await trx.insertInto('deductions').values(deductions.slice(i, i + 500)).execute();
  for (let i = 0; i < assets.length; i += 500) await trx.insertInto('assets').values(assets.slice(i, i + 500)).execute();
  for (let i = 0; i < obligors.length; i += 500) await trx.insertInto('obligors').values(obligors.slice(i, i + 500)).execute();

  await recordAudits(
    trx,
    deps,
    actor,
    items.map(({ input, identities }, h) => ({
      action: 'household.create',
      entityType: 'household',
      entityId: ids[h]!,
      areaCode: input.areaCode,
      newValue: {
        address: input.address,
        urbanRural: input.urbanRural,
        members: input.members.map((m, i) => ({ personId: personId.get(identities[i]!.idNumber)!, name: m.name, idNumber: maskIdNumber(identities[i]!.idNumber), relation: m.relation })),
        incomes: input.incomes.length,
        assets: input.assets.length,
      },
    })),
  );
  return ids;
}

/** Whether every section row of a new household names one of its members (pure; see memberIdIn). */
export function sectionsNameMembers(input: NewHousehold, identities: IdNumber[], today: string): boolean {
  const ids = new Map(identities.map((id) => [id.idNumber, 0]));
  try {
    input.incomes.forEach((r, i) => memberIdIn(ids, r.idNumber, `incomes.${i}`, today));
    input.deductions.forEach((r, i) => memberIdIn(ids, r.idNumber, `deductions.${i}`, today));
    input.assets.forEach((r, i) => memberIdIn(ids, r.idNumber, `assets.${i}`, today));
    input.obligors.forEach((o, i) => (o.idNumber ? identityOf({ idNumber: o.idNumber }, `obligors.${i}.idNumber`, today) : null));
    // a personId names someone on file, never a member of a household not yet created
    return [...input.incomes, ...input.deductions, ...input.assets].every((r) => r.personId === undefined || r.personId === null);
  } catch {
    return false;
  }
}
