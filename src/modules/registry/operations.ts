import { nowIso, todayInChina } from '../../clock.ts';
import type { HouseholdRow, PersonRow, Trx } from '../../db/types.ts';
import type { Deps } from '../../deps.ts';
import { assertAreaWritable, assertPermission, type Actor } from '../../domain/actor.ts';
import { DomainError } from '../../domain/errors.ts';
import type { Relation } from '../../domain/household.ts';
import { maskIdNumber } from '../../domain/masking.ts';
import { recordAudit } from '../audit/service.ts';
import type { HouseholdFile } from './file-view.ts';
import { assertActive, assertCommunity, claimVersion, householdInScope, loadFile, personElsewhereError } from './household-access.ts';
import { identityOf, newPersonRow } from './person-input.ts';
import * as q from './queries.ts';
import type { PersonInput } from './schema.ts';

/**
 * Household operations (一户一档 stays whole): each is one transaction that claims the
 * version(s) the caller saw, changes the file(s) and appends the audit entries.
 */

function brief(p: PersonRow) {
  return { personId: p.id, name: p.name, idNumber: maskIdNumber(p.id_number), relation: p.relation };
}

async function run(
  deps: Deps,
  actor: Actor,
  householdId: number,
  version: number,
  work: (trx: Trx, h: HouseholdRow, now: string, today: string) => Promise<void>,
): Promise<HouseholdFile> {
  assertPermission(actor, 'editRegistry');
  const now = nowIso(deps.clock);
  const today = todayInChina(deps.clock);
  return deps.db.transaction().execute(async (trx) => {
    const h = await householdInScope(trx, actor, householdId);
    assertActive(h);
    await claimVersion(trx, h, version, now);
    await work(trx, h, now, today);
    return loadFile(trx, actor, (await q.findHousehold(trx, householdId))!, today);
  });
}

function audit(trx: Trx, deps: Deps, actor: Actor, h: HouseholdRow, action: string, oldValue: unknown, newValue: unknown) {
  return recordAudit(trx, deps, actor, { action, entityType: 'household', entityId: h.id, areaCode: h.area_code, oldValue, newValue });
}

async function memberOf(trx: Trx, h: HouseholdRow, personId: number, field: string): Promise<PersonRow> {
  const p = await q.findPerson(trx, personId);
  if (!p || p.household_id !== h.id) throw new DomainError('unprocessable', 'member_not_in_household', { field });
  return p;
}

/** Adds a new person; one already on another file must be moved in explicitly instead. */
export function addMember(deps: Deps, actor: Actor, householdId: number, input: { version: number; person: PersonInput }) {
  return run(deps, actor, householdId, input.version, (trx, h, now, today) => addMemberIn(trx, deps, actor, h, input.person, now, today, 'person'));
}

/** Adds a member inside the caller's transaction, version already claimed (API and import). */
export async function addMemberIn(
  trx: Trx,
  deps: Deps,
  actor: Actor,
  h: HouseholdRow,
  input: PersonInput,
  now: string,
  today: string,
  field: string,
): Promise<void> {
  if (input.relation === 'head') throw new DomainError('unprocessable', 'use_change_head', { field: `${field}.relation` });
  const identity = identityOf(input, `${field}.idNumber`, today);
  const [existing] = await q.findPersonsByIdNumbers(trx, [identity.idNumber]);
  let person: PersonRow;
  if (existing && existing.household_id !== null) throw await personElsewhereError(trx, actor, existing, `${field}.idNumber`);
  if (existing) {
    // On no file since an earlier removal: the same person comes back, with today's details.
    const { created_at: _created, ...row } = newPersonRow(input, identity, h.id, now);
    await q.updatePerson(trx, existing.id, row);
    person = (await q.findPerson(trx, existing.id))!;
  } else {
    person = await q.insertPerson(trx, newPersonRow(input, identity, h.id, now));
  }
  await audit(trx, deps, actor, h, 'member.add', null, brief(person));
}

/** Takes a person off another household's file and onto this one (both files audited). */
export function moveInMember(
  deps: Deps,
  actor: Actor,
  householdId: number,
  input: { version: number; personId: number; fromVersion: number; relation: Exclude<Relation, 'head'> },
) {
  return run(deps, actor, householdId, input.version, async (trx, h, now) => {
    const person = await q.findPerson(trx, input.personId);
    if (!person || person.household_id === null) throw new DomainError('not_found', 'person_not_found', { field: 'personId' });
    if (person.household_id === h.id) throw new DomainError('unprocessable', 'already_member', { field: 'personId' });
    const from = await householdInScope(trx, actor, person.household_id).catch(async () => {
      throw await personElsewhereError(trx, actor, person, 'personId');
    });
    assertAreaWritable(actor, from.area_code);
    await claimVersion(trx, from, input.fromVersion, now, 'fromVersion');
    const remaining = (await q.membersOf(trx, from.id)).filter((m) => m.id !== person.id);
    if (person.relation === 'head' && remaining.length > 0) throw new DomainError('unprocessable', 'move_head_first', { field: 'personId' });
    await q.setPersonsHousehold(trx, [person.id], h.id, now);
    await q.updatePerson(trx, person.id, { relation: input.relation });
    await q.reassignMemberFinances(trx, [person.id], h.id);
    if (remaining.length === 0) await q.updateHouseholdFields(trx, from.id, { status: 'dissolved', head_person_id: null, updated_at: now });
    await audit(trx, deps, actor, h, 'member.move_in', { householdId: from.id }, { ...brief(person), relation: input.relation });
    await audit(trx, deps, actor, from, 'member.move_out', brief(person), { householdId: h.id, dissolved: remaining.length === 0 });
  });
}

const DEATH_WORDS = /死亡|去世|病故|亡故|逝世|身故|过世|病逝/;

/** Takes a member off the file (moved away, married out); a death goes through the person status. The head must be changed first. */
export function removeMember(deps: Deps, actor: Actor, householdId: number, personId: number, input: { version: number; reason: string }) {
  return run(deps, actor, householdId, input.version, async (trx, h, now) => {
    const person = await memberOf(trx, h, personId, 'personId');
    if (person.relation === 'head') throw new DomainError('unprocessable', 'remove_head', { field: 'personId' });
    // A death is recorded as the person's status (dated, with its source), which stops the
    // benefits and recovers what was paid since; a free-text removal let the payments go on.
    if (DEATH_WORDS.test(input.reason)) throw new DomainError('conflict', 'member_death_use_status', { field: 'reason' });
    await q.deleteMemberFinances(trx, [person.id]);
    await q.setPersonsHousehold(trx, [person.id], null, now);
    await audit(trx, deps, actor, h, 'member.remove', brief(person), { reason: input.reason });
  });
}

/** Makes another member the head (户主); the others' relations are restated against the new head. */
export function changeHead(
  deps: Deps,
  actor: Actor,
  householdId: number,
  input: { version: number; personId: number; relations: Record<string, Relation> },
) {
  return run(deps, actor, householdId, input.version, async (trx, h, now) => {
    const newHead = await memberOf(trx, h, input.personId, 'personId');
    if (newHead.relation === 'head') throw new DomainError('unprocessable', 'already_head', { field: 'personId' });
    const members = await q.membersOf(trx, h.id);
    const before = members.map(brief);
    for (const m of members) {
      const relation: Relation = m.id === newHead.id ? 'head' : (input.relations[String(m.id)] ?? (m.relation === 'head' ? 'other' : (m.relation as Relation)));
      if (m.id !== newHead.id && relation === 'head') throw new DomainError('unprocessable', 'household_several_heads', { field: `relations.${m.id}` });
      if (relation !== m.relation) await q.updatePerson(trx, m.id, { relation, updated_at: now });
    }
    await q.updateHouseholdFields(trx, h.id, { head_person_id: newHead.id });
    await audit(trx, deps, actor, h, 'household.change_head', before, (await q.membersOf(trx, h.id)).map(brief));
  });
}

/** Splits members off into a new household in the same community (分户). */
export async function splitHousehold(
  deps: Deps,
  actor: Actor,
  householdId: number,
  input: { version: number; personIds: number[]; headPersonId: number; address?: string | undefined },
): Promise<{ original: HouseholdFile; created: HouseholdFile }> {
  let createdId = 0;
  const original = await run(deps, actor, householdId, input.version, async (trx, h, now) => {
    const members = await q.membersOf(trx, h.id);
    const leaving = input.personIds.map((id, i) => {
      const m = members.find((p) => p.id === id);
      if (!m) throw new DomainError('unprocessable', 'member_not_in_household', { field: `personIds.${i}` });
      return m;
    });
    if (leaving.length >= members.length) throw new DomainError('unprocessable', 'split_all', { field: 'personIds' });
    if (leaving.some((m) => m.relation === 'head')) throw new DomainError('unprocessable', 'split_takes_head', { field: 'personIds' });
    if (!input.personIds.includes(input.headPersonId)) throw new DomainError('unprocessable', 'member_not_in_household', { field: 'headPersonId' });
    const created = await q.insertHousehold(trx, {
      area_code: h.area_code,
      address: input.address ?? h.address,
      urban_rural: h.urban_rural,
      head_person_id: input.headPersonId,
      bank_name: null,
      bank_account: null,
      bank_account_holder: null,
      category: null,
      status: 'active',
      phone: null,
      version: 1,
      created_at: now,
      updated_at: now,
    });
    createdId = created.id;
    await q.setPersonsHousehold(trx, input.personIds, created.id, now);
    await q.updatePerson(trx, input.headPersonId, { relation: 'head' });
    await q.reassignMemberFinances(trx, input.personIds, created.id);
    await audit(trx, deps, actor, h, 'household.split', leaving.map(brief), { newHouseholdId: created.id });
    await audit(trx, deps, actor, created, 'household.split_from', { householdId: h.id }, (await q.membersOf(trx, created.id)).map(brief));
  });
  const created = await deps.db.transaction().execute(async (trx) =>
    loadFile(trx, actor, (await q.findHousehold(trx, createdId))!, todayInChina(deps.clock)),
  );
  return { original, created };
}

/** Merges another household into this one (合户); the other file is kept, marked merged. */
export function mergeHouseholds(deps: Deps, actor: Actor, householdId: number, input: { version: number; otherHouseholdId: number; otherVersion: number }) {
  return run(deps, actor, householdId, input.version, async (trx, h, now) => {
    if (input.otherHouseholdId === h.id) throw new DomainError('unprocessable', 'merge_self', { field: 'otherHouseholdId' });
    const other = await householdInScope(trx, actor, input.otherHouseholdId);
    assertActive(other);
    assertAreaWritable(actor, other.area_code);
    await claimVersion(trx, other, input.otherVersion, now, 'otherVersion');
    const incoming = await q.membersOf(trx, other.id);
    await q.setPersonsHousehold(trx, incoming.map((m) => m.id), h.id, now);
    const formerHead = incoming.find((m) => m.relation === 'head');
    if (formerHead) await q.updatePerson(trx, formerHead.id, { relation: 'other' });
    await q.moveAllFinances(trx, other.id, h.id);
    await q.updateHouseholdFields(trx, other.id, { status: 'merged', head_person_id: null, updated_at: now });
    await audit(trx, deps, actor, h, 'household.merge', null, { mergedHouseholdId: other.id, members: incoming.map(brief) });
    await audit(trx, deps, actor, other, 'household.merged_into', { status: 'active' }, { status: 'merged', intoHouseholdId: h.id });
  });
}

/** Moves the whole household to another community; the actor's area must cover both. */
export function moveHousehold(deps: Deps, actor: Actor, householdId: number, input: { version: number; areaCode: string; address?: string | undefined }) {
  return run(deps, actor, householdId, input.version, async (trx, h, now) => {
    assertAreaWritable(actor, input.areaCode);
    const area = await assertCommunity(trx, input.areaCode);
    if (input.areaCode === h.area_code) throw new DomainError('unprocessable', 'move_same_area', { field: 'areaCode' });
    await q.updateHouseholdFields(trx, h.id, { area_code: input.areaCode, address: input.address ?? h.address, updated_at: now });
    await audit(trx, deps, actor, h, 'household.move', { areaCode: h.area_code, address: h.address }, { areaCode: input.areaCode, areaName: area.name, address: input.address ?? h.address });
  });
}
