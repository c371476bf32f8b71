import { nowIso, todayInChina } from '../../clock.ts';
import type { Deps } from '../../deps.ts';
import type { Actor } from '../../domain/actor.ts';
import { isWithinArea } from '../../domain/area-code.ts';
import { addCalendarDays } from '../../domain/calendar.ts';
import { mayReadCare, mayWorkCare } from '../../domain/care/access.ts';
import { CARE_GROUPS, careGroupsOf, GROUP_POLICY_KEY, intervalDays, nextVisit, visitStatus, type CareGroup, type ReferralKind } from '../../domain/care/visits.ts';
import { ageOn } from '../../domain/care/wallet.ts';
import { DomainError } from '../../domain/errors.ts';
import type { Policy } from '../../domain/policy.ts';
import { childAreasOf, findArea } from '../areas/service.ts';
import { recordAudit } from '../audit/service.ts';
import { policyInForce } from '../policies/service.ts';
import * as q from './queries.ts';
import type { DueQuery, NewVisit, VisitView } from './schema.ts';

function groupsOf(row: q.FactsRow, today: string): CareGroup[] {
  return careGroupsOf({
    age: ageOn(row.birth_date, today),
    flags: row.flags ? row.flags.split(',') : [],
    disabilityGrade: row.disability_grade,
    scatteredTekun: Number(row.scattered_tekun) === 1,
  });
}

function intervalsOf(policy: Pick<Policy, 'careVisits'>): Record<CareGroup, number> {
  return Object.fromEntries(CARE_GROUPS.map((g) => [g, intervalDays(policy, g)])) as Record<CareGroup, number>;
}

function withKey(n: ReturnType<typeof nextVisit>) {
  return n ? { ...n, policyKey: GROUP_POLICY_KEY[n.group] } : null;
}

/**
 * 探访待办: persons of the area due a visit by `before` (default today), never-visited first;
 * each with the frequency (policy key) that makes them due. The area's policy on `today` applies.
 */
export async function listDueVisits(deps: Deps, actor: Actor, query: DueQuery) {
  if (!mayReadCare(actor.role)) throw new DomainError('forbidden', 'care_role');
  const scope = query.areaCode ?? actor.areaCode;
  if (!isWithinArea(actor.areaCode, scope)) throw new DomainError('not_found', 'area_not_found', { field: 'areaCode', params: { areaCode: scope } });
  const today = todayInChina(deps.clock);
  const before = query.before ?? today;
  const { policy } = await policyInForce(deps.db, scope, today);
  const intervals = intervalsOf(policy);
  const [rows, total, overdue] = await Promise.all([
    q.listDue(deps.db, scope, today, before, intervals, (query.page - 1) * query.pageSize, query.pageSize),
    q.countDue(deps.db, scope, today, before, intervals),
    q.countDue(deps.db, scope, today, addCalendarDays(today, -1), intervals),
  ]);
  const items = rows.map((r) => {
    const groups = groupsOf(r, today);
    const next = withKey(nextVisit(policy, groups, r.last_visited_on ?? null, r.created_at.slice(0, 10)))!;
    return {
      personId: r.id,
      name: r.name,
      householdId: r.household_id!,
      address: r.address,
      areaCode: r.area_code,
      areaName: r.area_name ?? null,
      phone: r.phone,
      groups,
      lastVisitedOn: r.last_visited_on ?? null,
      dueOn: next.dueOn,
      intervalDays: next.intervalDays,
      policyKey: next.policyKey,
      status: visitStatus(next.dueOn, today),
    };
  });
  return { before, items, total, overdue };
}

/** 登记探访: the record of a visit and, from it, the person's next visit date. Audited. */
export async function recordVisit(deps: Deps, actor: Actor, input: NewVisit): Promise<VisitView> {
  if (!mayWorkCare(actor.role)) throw new DomainError('forbidden', 'care_role');
  const facts = await q.personFacts(deps.db, input.personId);
  if (!facts || !isWithinArea(actor.areaCode, facts.area_code)) throw new DomainError('not_found', 'person_not_found', { field: 'personId' });
  const today = todayInChina(deps.clock);
  const visitedOn = input.visitedOn ?? today;
  if (visitedOn > today) throw new DomainError('validation', 'visit_in_future', { field: 'visitedOn' });
  const groups = groupsOf(facts, today);
  const now = nowIso(deps.clock);
  const id = await deps.db.transaction().execute(async (trx) => {
    const id = await q.insertVisit(trx, {
      person_id: facts.id,
      household_id: facts.household_id!,
      area_code: facts.area_code,
      visited_on: visitedOn,
      groups: groups.join(','),
      health: input.health,
      living_conditions: input.livingConditions,
      needs: input.needs || null,
      referrals: JSON.stringify(input.referrals),
      photo_refs: JSON.stringify(input.photoRefs),
      visitor_id: actor.userId,
      created_at: now,
    });
    await recordAudit(trx, deps, actor, {
      action: 'care_visit.record',
      entityType: 'care_visit',
      entityId: id,
      areaCode: facts.area_code,
      newValue: { personId: facts.id, householdId: facts.household_id, visitedOn, groups, referrals: input.referrals.map((r) => r.kind) },
    });
    return id;
  });
  const { policy } = await policyInForce(deps.db, facts.area_code, today);
  const v = await q.visitById(deps.db, id);
  const last = (await q.personFacts(deps.db, facts.id))?.last_visited_on ?? visitedOn;
  return {
    id: v.id,
    personId: v.person_id,
    householdId: v.household_id,
    areaCode: v.area_code,
    visitedOn: v.visited_on,
    groups,
    health: v.health,
    livingConditions: v.living_conditions,
    needs: v.needs,
    referrals: JSON.parse(v.referrals) as { kind: ReferralKind; note: string }[],
    photoRefs: JSON.parse(v.photo_refs) as string[],
    visitor: v.visitor ?? null,
    nextVisit: withKey(nextVisit(policy, groups, last, today)),
  };
}

/**
 * The persons of an area in a care group on `today`, with their groups and visit interval (the
 * demo's year of visits is written from it). No actor: for the demo and bulk jobs only.
 */
export async function careGroupMembers(deps: Deps, scope: string, today: string) {
  const { policy } = await policyInForce(deps.db, scope, today);
  const rows = await q.membersOf(deps.db, scope, today);
  return rows.map((r) => {
    const groups = groupsOf(r, today);
    return { personId: r.id, householdId: r.household_id!, areaCode: r.area_code, groups, intervalDays: Math.min(...groups.map((g) => intervalDays(policy, g))) };
  });
}

/** Visit records written as recordVisit writes them, in bulk (the demo's year of visits); not audited one by one. */
export async function insertVisitRecords(deps: Deps, rows: Parameters<typeof q.insertVisits>[1]): Promise<void> {
  await deps.db.transaction().execute(async (trx) => q.insertVisits(trx, rows));
}

const CHILD_LEVEL: Record<number, { length: number; level: 'street' | 'community' }> = { 6: { length: 9, level: 'street' }, 9: { length: 12, level: 'community' } };

/**
 * 探访覆盖 (issue 21 point 2): per community of a street (per street of a district), the persons
 * in a care group — visited on time (nothing due today), due today, overdue — by the area's
 * frequencies on today. Every child area is listed, an empty one too.
 */
export async function visitCoverage(deps: Deps, actor: Actor, query: { areaCode?: string | undefined }) {
  if (!mayReadCare(actor.role)) throw new DomainError('forbidden', 'care_role');
  const scope = query.areaCode ?? actor.areaCode;
  if (!isWithinArea(actor.areaCode, scope)) throw new DomainError('not_found', 'area_not_found', { field: 'areaCode', params: { areaCode: scope } });
  const area = await findArea(deps.db, scope);
  if (!area) throw new DomainError('not_found', 'area_not_found', { field: 'areaCode', params: { areaCode: scope } });
  const today = todayInChina(deps.clock);
  const { policy } = await policyInForce(deps.db, scope, today);
  const child = CHILD_LEVEL[scope.length];
  const [rows, children] = await Promise.all([
    q.coverageByArea(deps.db, scope, child?.length ?? scope.length, today, intervalsOf(policy)),
    child ? childAreasOf(deps.db, scope, child.level) : Promise.resolve([{ code: area.code, name: area.name }]),
  ]);
  const figures = (r: { persons: number; due: number; overdue: number } | undefined) => {
    const persons = r?.persons ?? 0;
    const due = r?.due ?? 0;
    const overdue = r?.overdue ?? 0;
    return { persons, onTime: persons - due, due: due - overdue, overdue };
  };
  const byArea = new Map(rows.map((r) => [r.area, r]));
  // Areas with persons but not on file as a child (a code below the street without its community row) still count.
  const codes = [...new Set([...children.map((c) => c.code), ...rows.map((r) => r.area)])].sort();
  const names = new Map(children.map((c) => [c.code, c.name]));
  const items = codes.map((code) => ({ areaCode: code, areaName: names.get(code) ?? null, ...figures(byArea.get(code)) }));
  const total = items.reduce((s, i) => ({ persons: s.persons + i.persons, onTime: s.onTime + i.onTime, due: s.due + i.due, overdue: s.overdue + i.overdue }), { persons: 0, onTime: 0, due: 0, overdue: 0 });
  return { areaCode: scope, areaName: area.name, asOf: today, total, items };
}
