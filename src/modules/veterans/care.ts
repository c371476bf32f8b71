/**
 * 优抚 care (issue 22 point 3, seed 002 精神抚慰): liaisons with the recipients they look after,
 * visits, forums and the 光荣牌. Simple registers, area-scoped like the entitled register, each
 * write audited.
 */
import { nowIso, todayInChina } from '../../clock.ts';
import type { Deps } from '../../deps.ts';
import { assertAreaReadable, assertAreaWritable, assertPermission, type Actor } from '../../domain/actor.ts';
import { DomainError } from '../../domain/errors.ts';
import { appointmentEnd, FORUMS_PER_YEAR, LIAISON_LOAD, liaisonLoad } from '../../domain/welfare/veterans.ts';
import { recordAudit } from '../audit/service.ts';
import * as cq from './care-queries.ts';
import type { CareListQuery, ForumInput, LiaisonInput, PlaqueInput, VisitInput } from './care-schema.ts';
import * as q from './queries.ts';

function scopeOf(actor: Actor, areaCode: string | undefined) {
  if (!areaCode) return actor.areaCode;
  assertAreaReadable(actor, areaCode, 'area_not_found');
  return areaCode;
}

function notFuture(deps: Deps, field: string, d: string) {
  if (d > todayInChina(deps.clock)) throw new DomainError('validation', 'date_in_future', { field, params: { date: d } });
}

function liaisonView(r: { id: number; area_code: string; zone: string; name: string; phone: string | null; appointed_on: string; until_on: string }, recipients: number) {
  const load = liaisonLoad(recipients);
  return {
    id: r.id,
    areaCode: r.area_code,
    zone: r.zone,
    name: r.name,
    phone: r.phone,
    appointedOn: r.appointed_on,
    untilOn: r.until_on,
    recipients,
    load,
    warning: load === 'within' ? null : `联络员负责 ${recipients} 名优抚对象，应为 ${LIAISON_LOAD.min}–${LIAISON_LOAD.max} 名`,
  };
}

/** 联络员: appointed for a year over the recipients of a zone; outside 15–25 recipients it is saved with a warning. */
export async function appointLiaison(deps: Deps, actor: Actor, input: LiaisonInput) {
  assertPermission(actor, 'editRegistry');
  assertAreaWritable(actor, input.areaCode);
  notFuture(deps, 'appointedOn', input.appointedOn);
  const ids = [...new Set(input.entitledPersonIds)];
  return deps.db.transaction().execute(async (trx) => {
    const found = await cq.entitledByIds(trx, ids);
    for (const [i, id] of input.entitledPersonIds.entries()) {
      const r = found.find((f) => f.id === id);
      // Outside the zone's area is as unknown as a record that does not exist.
      if (!r || !r.area_code.startsWith(input.areaCode)) throw new DomainError('not_found', 'veteran_not_found', { field: `entitledPersonIds.${i}`, params: { id } });
      if (r.status !== 'active') throw new DomainError('conflict', 'veteran_not_active', { field: `entitledPersonIds.${i}` });
    }
    const taken = await cq.assignedAmong(trx, ids);
    if (taken.length) throw new DomainError('conflict', 'veteran_liaison_taken', { field: `entitledPersonIds.${input.entitledPersonIds.indexOf(taken[0]!.entitled_person_id)}`, params: { count: taken.length } });
    const row = await cq.insertLiaison(trx, { area_code: input.areaCode, zone: input.zone, name: input.name, phone: input.phone ?? null, appointed_on: input.appointedOn, until_on: appointmentEnd(input.appointedOn), created_by: actor.userId, created_at: nowIso(deps.clock) });
    await cq.insertMembers(trx, row.id, ids);
    const view = liaisonView(row, ids.length);
    await recordAudit(trx, deps, actor, { action: 'veteran.liaison', entityType: 'veteran_liaison', entityId: row.id, areaCode: input.areaCode, newValue: { zone: input.zone, name: input.name, appointedOn: input.appointedOn, untilOn: row.until_on, entitledPersonIds: ids, load: view.load } });
    return view;
  });
}

export async function listLiaisons(deps: Deps, actor: Actor, query: CareListQuery) {
  const { rows, total } = await cq.listLiaisons(deps.db, { scope: scopeOf(actor, query.areaCode), offset: (query.page - 1) * query.pageSize, limit: query.pageSize });
  return { items: rows.map((r) => liaisonView(r, Number(r.recipients ?? 0))), total };
}

async function activeInScope(deps: Deps, actor: Actor, id: number) {
  const r = await q.findEntitled(deps.db, id);
  if (!r) throw new DomainError('not_found', 'veteran_not_found', { field: 'entitledPersonId', params: { id } });
  assertAreaReadable(actor, r.area_code, 'veteran_not_found');
  assertAreaWritable(actor, r.area_code);
  return r;
}

/** 走访: a visit to a recipient (alive or not: the family of one who died is visited too). */
export async function recordVisit(deps: Deps, actor: Actor, input: VisitInput) {
  assertPermission(actor, 'editRegistry');
  notFuture(deps, 'visitedOn', input.visitedOn);
  const r = await activeInScope(deps, actor, input.entitledPersonId);
  return deps.db.transaction().execute(async (trx) => {
    const row = await cq.insertVisit(trx, { entitled_person_id: r.id, person_id: r.person_id, household_id: r.household_id, area_code: r.area_code, visited_on: input.visitedOn, visitor: input.visitor, content: input.content, problems: input.problems ?? null, created_by: actor.userId, created_at: nowIso(deps.clock) });
    await recordAudit(trx, deps, actor, { action: 'veteran.visit', entityType: 'veteran_visit', entityId: row.id, areaCode: r.area_code, newValue: { entitledPersonId: r.id, visitedOn: input.visitedOn, visitor: input.visitor } });
    return visitView({ ...row, person_name: r.person_name });
  });
}

function visitView(r: { id: number; entitled_person_id: number; person_name: string; household_id: number; area_code: string; visited_on: string; visitor: string; content: string; problems: string | null }) {
  return { id: r.id, entitledPersonId: r.entitled_person_id, personName: r.person_name, householdId: r.household_id, areaCode: r.area_code, visitedOn: r.visited_on, visitor: r.visitor, content: r.content, problems: r.problems };
}

export async function listVisits(deps: Deps, actor: Actor, query: CareListQuery) {
  const { rows, total } = await cq.listVisits(deps.db, { scope: scopeOf(actor, query.areaCode), offset: (query.page - 1) * query.pageSize, limit: query.pageSize });
  return { items: rows.map(visitView), total };
}

/** 座谈会: held by a street or community (八一, 春节, a new policy). */
export async function recordForum(deps: Deps, actor: Actor, input: ForumInput) {
  assertPermission(actor, 'editRegistry');
  assertAreaWritable(actor, input.areaCode);
  notFuture(deps, 'heldOn', input.heldOn);
  return deps.db.transaction().execute(async (trx) => {
    const row = await cq.insertForum(trx, { area_code: input.areaCode, held_on: input.heldOn, occasion: input.occasion, topic: input.topic, attendees: input.attendees, summary: input.summary ?? null, created_by: actor.userId, created_at: nowIso(deps.clock) });
    await recordAudit(trx, deps, actor, { action: 'veteran.forum', entityType: 'veteran_forum', entityId: row.id, areaCode: input.areaCode, newValue: { heldOn: input.heldOn, occasion: input.occasion, topic: input.topic, attendees: input.attendees } });
    return forumView(row);
  });
}

function forumView(r: { id: number; area_code: string; held_on: string; occasion: string; topic: string; attendees: number; summary: string | null }) {
  return { id: r.id, areaCode: r.area_code, heldOn: r.held_on, occasion: r.occasion as ForumInput['occasion'], topic: r.topic, attendees: r.attendees, summary: r.summary };
}

export async function listForums(deps: Deps, actor: Actor, query: CareListQuery) {
  const year = Number(todayInChina(deps.clock).slice(0, 4));
  const { rows, total, held } = await cq.listForums(deps.db, { scope: scopeOf(actor, query.areaCode), year, offset: (query.page - 1) * query.pageSize, limit: query.pageSize });
  return { items: rows.map(forumView), total, thisYear: { year, held, required: FORUMS_PER_YEAR } };
}

/** 光荣牌: hung on the household's door, one per household. */
export async function hangPlaque(deps: Deps, actor: Actor, input: PlaqueInput) {
  assertPermission(actor, 'editRegistry');
  notFuture(deps, 'hungOn', input.hungOn);
  const r = await activeInScope(deps, actor, input.entitledPersonId);
  if (r.status !== 'active') throw new DomainError('conflict', 'veteran_not_active', { field: 'entitledPersonId' });
  return deps.db.transaction().execute(async (trx) => {
    // A second plaque for the household (two recipients, a double click) finds the first: the unique index on both engines.
    const row = await cq.insertPlaque(trx, { household_id: r.household_id, entitled_person_id: r.id, area_code: r.area_code, hung_on: input.hungOn, note: input.note ?? null, created_by: actor.userId, created_at: nowIso(deps.clock) });
    if (!row) throw new DomainError('conflict', 'veteran_plaque_exists', { field: 'entitledPersonId' });
    await recordAudit(trx, deps, actor, { action: 'veteran.plaque', entityType: 'honor_plaque', entityId: row.id, areaCode: r.area_code, newValue: { householdId: r.household_id, entitledPersonId: r.id, hungOn: input.hungOn } });
    return plaqueView({ ...row, person_name: r.person_name });
  });
}

function plaqueView(r: { id: number; household_id: number; entitled_person_id: number; person_name: string; area_code: string; hung_on: string; note: string | null }) {
  return { id: r.id, householdId: r.household_id, entitledPersonId: r.entitled_person_id, personName: r.person_name, areaCode: r.area_code, hungOn: r.hung_on, note: r.note };
}

export async function listPlaques(deps: Deps, actor: Actor, query: CareListQuery) {
  const { rows, total } = await cq.listPlaques(deps.db, { scope: scopeOf(actor, query.areaCode), offset: (query.page - 1) * query.pageSize, limit: query.pageSize });
  return { items: rows.map(plaqueView), total };
}
