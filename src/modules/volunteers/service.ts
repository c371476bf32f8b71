import { nowIso, todayInChina } from '../../clock.ts';
import type { Deps } from '../../deps.ts';
import { assertAreaReadable, assertAreaWritable, assertPermission, type Actor } from '../../domain/actor.ts';
import { isWithinArea } from '../../domain/area-code.ts';
import { exchangePoints, hoursToTenths, maskPhone, pointsForHours, tenthsToHours } from '../../domain/community/volunteers.ts';
import { DomainError } from '../../domain/errors.ts';
import { findArea } from '../areas/service.ts';
import { recordAudit } from '../audit/service.ts';
import { policyInForce } from '../policies/service.ts';
import { personOnFile } from '../registry/service.ts';
import * as q from './queries.ts';
import type { ActivityInput, ActivityListQuery, ExchangeInput, TeamInput, TeamListQuery, VolunteerInput, VolunteerListQuery } from './schema.ts';

function scopeOf(actor: Actor, areaCode: string | undefined) {
  if (!areaCode) return actor.areaCode;
  assertAreaReadable(actor, areaCode, 'area_not_found');
  return areaCode;
}

function notInFuture(date: string, today: string, field: string) {
  if (date > today) throw new DomainError('validation', 'date_in_future', { field, params: { date } });
}

function volunteerView(r: q.VolunteerRow) {
  return {
    id: r.id,
    areaCode: r.area_code,
    teamId: r.team_id,
    teamName: r.team_name,
    personId: r.person_id,
    name: r.name,
    phone: r.phone ? maskPhone(r.phone) : null,
    joinedOn: r.joined_on,
    status: r.status as 'active' | 'left',
    hours: tenthsToHours(Number(r.hours_tenths)),
    points: Number(r.points),
  };
}

/** 志愿服务队: a team of a community or street. */
export async function createTeam(deps: Deps, actor: Actor, input: TeamInput) {
  assertPermission(actor, 'editRegistry');
  assertAreaWritable(actor, input.areaCode);
  notInFuture(input.foundedOn, todayInChina(deps.clock), 'foundedOn');
  if (!(await findArea(deps.db, input.areaCode))) throw new DomainError('not_found', 'area_not_found', { field: 'areaCode', params: { areaCode: input.areaCode } });
  return deps.db.transaction().execute(async (trx) => {
    if (await q.teamByName(trx, input.areaCode, input.name)) throw new DomainError('conflict', 'volunteer_team_exists', { field: 'name', params: { name: input.name } });
    const row = await q.insertTeam(trx, { area_code: input.areaCode, name: input.name, leader: input.leader ?? null, phone: input.phone ?? null, founded_on: input.foundedOn, created_by: actor.userId, created_at: nowIso(deps.clock) });
    await recordAudit(trx, deps, actor, { action: 'volunteer_team.create', entityType: 'volunteer_team', entityId: row.id, areaCode: input.areaCode, newValue: { name: input.name, leader: input.leader ?? null, foundedOn: input.foundedOn } });
    return { id: row.id, areaCode: row.area_code, name: row.name, leader: row.leader, phone: row.phone ? maskPhone(row.phone) : null, foundedOn: row.founded_on, volunteers: 0, hours: 0 };
  });
}

export async function listTeams(deps: Deps, actor: Actor, query: TeamListQuery) {
  const { rows, total } = await q.listTeams(deps.db, { scope: scopeOf(actor, query.areaCode), offset: (query.page - 1) * query.pageSize, limit: query.pageSize });
  return {
    items: rows.map((r) => ({ id: r.id, areaCode: r.area_code, name: r.name, leader: r.leader, phone: r.phone ? maskPhone(r.phone) : null, foundedOn: r.founded_on, volunteers: Number(r.volunteers ?? 0), hours: tenthsToHours(Number(r.hours_tenths ?? 0)) })),
    total,
  };
}

async function teamInScope(db: Deps['db'], actor: Actor, id: number, write: boolean) {
  const team = await q.findTeam(db, id);
  if (!team || !isWithinArea(actor.areaCode, team.area_code)) throw new DomainError('not_found', 'volunteer_team_not_found', { field: 'teamId', params: { id } });
  if (write) assertAreaWritable(actor, team.area_code);
  return team;
}

/**
 * 志愿者登记: a resident on file (name from the registry) or an outsider named with a phone.
 * The volunteer belongs to the team's area.
 */
export async function registerVolunteer(deps: Deps, actor: Actor, input: VolunteerInput) {
  assertPermission(actor, 'editRegistry');
  notInFuture(input.joinedOn, todayInChina(deps.clock), 'joinedOn');
  if (!input.personId && !input.name) throw new DomainError('validation', 'volunteer_name_required', { field: 'name' });
  if (!input.personId && !input.phone) throw new DomainError('validation', 'volunteer_phone_required', { field: 'phone' });
  const team = await teamInScope(deps.db, actor, input.teamId, true);
  const now = nowIso(deps.clock);
  return deps.db.transaction().execute(async (trx) => {
    let name = input.name ?? '';
    if (input.personId) {
      const person = await personOnFile(trx, actor, input.personId, { write: false });
      if (person.lifeStatus === 'deceased') throw new DomainError('conflict', 'person_deceased', { field: 'personId', params: { name: person.name } });
      if (await q.personAlreadyIn(trx, team.id, person.id)) throw new DomainError('conflict', 'volunteer_exists', { field: 'personId', params: { name: person.name, team: team.name } });
      name = person.name;
    }
    const id = await q.insertVolunteer(trx, {
      area_code: team.area_code,
      team_id: team.id,
      person_id: input.personId ?? null,
      name,
      phone: input.phone ?? null,
      joined_on: input.joinedOn,
      status: 'active',
      hours_tenths: 0,
      points: 0,
      created_by: actor.userId,
      created_at: now,
      updated_at: now,
    });
    await recordAudit(trx, deps, actor, { action: 'volunteer.register', entityType: 'volunteer', entityId: id, areaCode: team.area_code, newValue: { teamId: team.id, personId: input.personId ?? null, name, joinedOn: input.joinedOn } });
    return volunteerView((await q.findVolunteer(trx, id))!);
  });
}

export async function listVolunteers(deps: Deps, actor: Actor, query: VolunteerListQuery) {
  const { rows, total } = await q.listVolunteers(deps.db, { scope: scopeOf(actor, query.areaCode), teamId: query.teamId, offset: (query.page - 1) * query.pageSize, limit: query.pageSize });
  return { items: rows.map(volunteerView), total };
}

/**
 * 志愿服务活动: a team's activity on a day with each participant's hours; every participant earns
 * points at the rate of the team's area in force on that day (policy `community.pointsPerHour`).
 */
export async function recordActivity(deps: Deps, actor: Actor, input: ActivityInput) {
  assertPermission(actor, 'editRegistry');
  notInFuture(input.heldOn, todayInChina(deps.clock), 'heldOn');
  const ids = input.participants.map((p) => p.volunteerId);
  if (new Set(ids).size !== ids.length) throw new DomainError('validation', 'volunteer_listed_twice', { field: 'participants' });
  const tenths = input.participants.map((p, i) => {
    const t = hoursToTenths(p.hours);
    if (t === null) throw new DomainError('validation', 'volunteer_hours_invalid', { field: `participants.${i}.hours`, params: { hours: p.hours } });
    return t;
  });
  const team = await teamInScope(deps.db, actor, input.teamId, true);
  const { policy } = await policyInForce(deps.db, team.area_code, input.heldOn);
  const rate = policy.community.pointsPerHour;
  const now = nowIso(deps.clock);
  return deps.db.transaction().execute(async (trx) => {
    const members = new Map((await q.volunteersByIds(trx, ids)).map((v) => [v.id, v]));
    input.participants.forEach((p, i) => {
      const v = members.get(p.volunteerId);
      if (!v || v.team_id !== team.id) throw new DomainError('validation', 'volunteer_not_in_team', { field: `participants.${i}.volunteerId`, params: { team: team.name } });
      if (v.status !== 'active' || v.joined_on > input.heldOn) throw new DomainError('validation', 'volunteer_not_active', { field: `participants.${i}.volunteerId`, params: { name: v.name } });
    });
    const activity = await q.insertActivity(trx, { team_id: team.id, area_code: team.area_code, title: input.title, held_on: input.heldOn, place: input.place ?? null, rate, created_by: actor.userId, created_at: now });
    const earned = input.participants.map((p, i) => ({ volunteerId: p.volunteerId, tenths: tenths[i]!, ...pointsForHours(tenths[i]!, rate) }));
    await q.insertEntries(
      trx,
      earned.map((e) => ({ volunteer_id: e.volunteerId, area_code: team.area_code, kind: 'earn', activity_id: activity.id, hours_tenths: e.tenths, points: e.points, item: null, occurred_on: input.heldOn, created_by: actor.userId, created_at: now })),
    );
    for (const e of earned) await q.creditVolunteer(trx, e.volunteerId, e.tenths, e.points, now);
    const totalTenths = earned.reduce((s, e) => s + e.tenths, 0);
    const totalPoints = earned.reduce((s, e) => s + e.points, 0);
    await recordAudit(trx, deps, actor, {
      action: 'volunteer_activity.record',
      entityType: 'volunteer_activity',
      entityId: activity.id,
      areaCode: team.area_code,
      newValue: { teamId: team.id, title: input.title, heldOn: input.heldOn, rate, participants: earned.map((e) => ({ volunteerId: e.volunteerId, hours: tenthsToHours(e.tenths), points: e.points, trace: e.trace })) },
    });
    return { id: activity.id, teamId: team.id, teamName: team.name, areaCode: team.area_code, title: activity.title, heldOn: activity.held_on, place: activity.place, rate, participants: earned.length, hours: tenthsToHours(totalTenths), points: totalPoints };
  });
}

export async function listActivities(deps: Deps, actor: Actor, query: ActivityListQuery) {
  const { rows, total } = await q.listActivities(deps.db, { scope: scopeOf(actor, query.areaCode), teamId: query.teamId, offset: (query.page - 1) * query.pageSize, limit: query.pageSize });
  return {
    items: rows.map((r) => ({ id: r.id, teamId: r.team_id, teamName: r.team_name, areaCode: r.area_code, title: r.title, heldOn: r.held_on, place: r.place, rate: r.rate, participants: Number(r.participants ?? 0), hours: tenthsToHours(Number(r.hours_tenths ?? 0)), points: Number(r.points ?? 0) })),
    total,
  };
}

async function volunteerInScope(db: Deps['db'], actor: Actor, id: number) {
  const v = await q.findVolunteer(db, id);
  if (!v || !isWithinArea(actor.areaCode, v.area_code)) throw new DomainError('not_found', 'volunteer_not_found', { params: { id } });
  return v;
}

/** 积分账户: the balance and the ledger (earnings and exchanges, newest first). */
export async function volunteerPoints(deps: Deps, actor: Actor, id: number) {
  const v = await volunteerInScope(deps.db, actor, id);
  const entries = await q.entriesOf(deps.db, id);
  return {
    volunteer: volunteerView(v),
    entries: entries.map((e) => ({ id: e.id, kind: e.kind as 'earn' | 'exchange', activityId: e.activity_id, activityTitle: e.activity_title, hours: e.hours_tenths === null ? null : tenthsToHours(Number(e.hours_tenths)), points: Number(e.points), item: e.item, occurredOn: e.occurred_on })),
  };
}

/**
 * 积分兑换: points spent on goods or a service. The balance never goes below zero: the points
 * are taken by an UPDATE guarded on the balance (a concurrent exchange cannot spend them twice),
 * and the column's CHECK refuses anything that slips past; short is 409.
 */
export async function exchange(deps: Deps, actor: Actor, id: number, input: ExchangeInput) {
  assertPermission(actor, 'editRegistry');
  notInFuture(input.exchangedOn, todayInChina(deps.clock), 'exchangedOn');
  const v = await volunteerInScope(deps.db, actor, id);
  assertAreaWritable(actor, v.area_code);
  const now = nowIso(deps.clock);
  return deps.db.transaction().execute(async (trx) => {
    const current = (await q.findVolunteer(trx, id))!;
    const plan = exchangePoints(Number(current.points), input.points);
    if (!plan.ok) throw new DomainError('conflict', 'volunteer_points_short', { field: 'points', params: { name: current.name, balance: Number(current.points), cost: input.points, short: plan.short } });
    if (!(await q.takePoints(trx, id, input.points, now))) throw new DomainError('conflict', 'volunteer_points_changed', { field: 'points' });
    await q.insertEntries(trx, [{ volunteer_id: id, area_code: v.area_code, kind: 'exchange', activity_id: null, hours_tenths: null, points: -input.points, item: input.item, occurred_on: input.exchangedOn, created_by: actor.userId, created_at: now }]);
    await recordAudit(trx, deps, actor, { action: 'volunteer.exchange', entityType: 'volunteer', entityId: id, areaCode: v.area_code, oldValue: { points: Number(current.points) }, newValue: { points: plan.left, item: input.item, cost: input.points, exchangedOn: input.exchangedOn } });
    const after = (await q.findVolunteer(trx, id))!;
    return { volunteer: volunteerView(after), entries: (await q.entriesOf(trx, id)).slice(0, 1).map((e) => ({ id: e.id, kind: 'exchange' as const, activityId: null, activityTitle: null, hours: null, points: Number(e.points), item: e.item, occurredOn: e.occurred_on })) };
  });
}

/** 月报表 (issue 22 point 6): teams, volunteers, activities, hours and points of the month. */
export async function volunteerMonthCounts(db: Deps['db'], areaCode: string, firstDay: string, lastDay: string) {
  return q.monthCounts(db, areaCode, firstDay, lastDay);
}
