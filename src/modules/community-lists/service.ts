import { nowIso, todayInChina } from '../../clock.ts';
import type { DbOrTrx } from '../../db/types.ts';
import type { Deps } from '../../deps.ts';
import { assertAreaReadable, assertAreaWritable, assertPermission, type Actor } from '../../domain/actor.ts';
import { isWithinArea } from '../../domain/area-code.ts';
import { needTransition, totalsByCommunity, type NeedStatus } from '../../domain/community/lists.ts';
import { DomainError } from '../../domain/errors.ts';
import { findArea } from '../areas/service.ts';
import { recordAudit } from '../audit/service.ts';
import { householdInScope } from '../registry/service.ts';
import * as q from './queries.ts';
import type { MatchInput, NeedInput, NeedListQuery, ProjectDone, ProjectInput, ProjectListQuery, ResourceInput, ResourceListQuery } from './schema.ts';

type NeedCategory = NeedInput['category'];
type ResourceCategory = ResourceInput['category'];

function scopeOf(actor: Actor, areaCode: string | undefined) {
  if (!areaCode) return actor.areaCode;
  assertAreaReadable(actor, areaCode, 'area_not_found');
  return areaCode;
}

function notInFuture(date: string, today: string, field: string) {
  if (date > today) throw new DomainError('validation', 'date_in_future', { field, params: { date } });
}

async function assertArea(deps: Deps, actor: Actor, areaCode: string) {
  assertAreaWritable(actor, areaCode);
  if (!(await findArea(deps.db, areaCode))) throw new DomainError('not_found', 'area_not_found', { field: 'areaCode', params: { areaCode } });
}

async function needViews(db: DbOrTrx, rows: q.NeedRow[]) {
  const ids = rows.map((r) => r.id);
  const [links, projects] = await Promise.all([q.resourcesOfNeeds(db, ids), q.projectsOfNeeds(db, ids)]);
  return rows.map((r) => ({
    id: r.id,
    areaCode: r.area_code,
    title: r.title,
    category: r.category as NeedCategory,
    raisedBy: r.raised_by,
    householdId: r.household_id,
    description: r.description,
    raisedOn: r.raised_on,
    status: r.status as NeedStatus,
    matchedOn: r.matched_on,
    doneOn: r.done_on,
    resources: links.filter((l) => l.need_id === r.id).map((l) => ({ id: l.id, name: l.name, provider: l.provider })),
    projectId: projects.find((p) => p.need_id === r.id)?.id ?? null,
  }));
}

function projectView(r: q.ProjectRow) {
  return {
    id: r.id,
    areaCode: r.area_code,
    needId: r.need_id,
    needTitle: r.need_title,
    name: r.name,
    lead: r.lead,
    budget: r.budget === null ? null : Number(r.budget),
    startOn: r.start_on,
    doneOn: r.done_on,
    outcome: r.outcome,
    beneficiaries: r.beneficiaries,
    status: r.status as 'in_progress' | 'done',
  };
}

/** 需求清单: a residents' need, raised by a resident or a group, of a community. */
export async function createNeed(deps: Deps, actor: Actor, input: NeedInput) {
  assertPermission(actor, 'editRegistry');
  notInFuture(input.raisedOn, todayInChina(deps.clock), 'raisedOn');
  await assertArea(deps, actor, input.areaCode);
  if (input.householdId) {
    const h = await householdInScope(deps.db, actor, input.householdId);
    if (!isWithinArea(input.areaCode, h.area_code)) throw new DomainError('validation', 'need_household_elsewhere', { field: 'householdId' });
  }
  const now = nowIso(deps.clock);
  return deps.db.transaction().execute(async (trx) => {
    const id = await q.insertNeed(trx, {
      area_code: input.areaCode,
      title: input.title,
      category: input.category,
      raised_by: input.raisedBy,
      household_id: input.householdId ?? null,
      description: input.description ?? null,
      raised_on: input.raisedOn,
      status: 'open',
      matched_on: null,
      done_on: null,
      created_by: actor.userId,
      created_at: now,
      updated_at: now,
    });
    await recordAudit(trx, deps, actor, { action: 'community_need.create', entityType: 'community_need', entityId: id, areaCode: input.areaCode, newValue: { title: input.title, category: input.category, raisedBy: input.raisedBy, raisedOn: input.raisedOn } });
    return (await needViews(trx, [(await q.findNeed(trx, id))!]))[0]!;
  });
}

export async function listNeeds(deps: Deps, actor: Actor, query: NeedListQuery) {
  const { rows, total } = await q.listNeeds(deps.db, { scope: scopeOf(actor, query.areaCode), status: query.status, offset: (query.page - 1) * query.pageSize, limit: query.pageSize });
  return { items: await needViews(deps.db, rows), total };
}

/** 资源清单: what the community can call on — venues, teams, organisations, firms, funds. */
export async function createResource(deps: Deps, actor: Actor, input: ResourceInput) {
  assertPermission(actor, 'editRegistry');
  await assertArea(deps, actor, input.areaCode);
  return deps.db.transaction().execute(async (trx) => {
    const r = await q.insertResource(trx, { area_code: input.areaCode, name: input.name, category: input.category, provider: input.provider, contact: input.contact ?? null, description: input.description ?? null, status: 'available', created_by: actor.userId, created_at: nowIso(deps.clock) });
    await recordAudit(trx, deps, actor, { action: 'community_resource.create', entityType: 'community_resource', entityId: r.id, areaCode: input.areaCode, newValue: { name: input.name, category: input.category, provider: input.provider } });
    return { id: r.id, areaCode: r.area_code, name: r.name, category: r.category as ResourceCategory, provider: r.provider, contact: r.contact, description: r.description, status: 'available' as const, needs: 0 };
  });
}

export async function listResources(deps: Deps, actor: Actor, query: ResourceListQuery) {
  const { rows, total } = await q.listResources(deps.db, { scope: scopeOf(actor, query.areaCode), offset: (query.page - 1) * query.pageSize, limit: query.pageSize });
  return {
    items: rows.map((r) => ({ id: r.id, areaCode: r.area_code, name: r.name, category: r.category as ResourceCategory, provider: r.provider, contact: r.contact, description: r.description, status: r.status as 'available' | 'retired', needs: Number(r.needs ?? 0) })),
    total,
  };
}

async function needInScope(db: Deps['db'], actor: Actor, id: number) {
  const n = await q.findNeed(db, id);
  if (!n || !isWithinArea(actor.areaCode, n.area_code)) throw new DomainError('not_found', 'need_not_found', { field: 'needId', params: { id } });
  assertAreaWritable(actor, n.area_code);
  return n;
}

/**
 * 需求对接资源: a need matched to resources of its own area or an area above it (a street's
 * venue serves its communities). Matching again adds resources while no project has started.
 */
export async function matchNeed(deps: Deps, actor: Actor, id: number, input: MatchInput) {
  assertPermission(actor, 'editRegistry');
  notInFuture(input.matchedOn, todayInChina(deps.clock), 'matchedOn');
  const need = await needInScope(deps.db, actor, id);
  if (input.matchedOn < need.raised_on) throw new DomainError('validation', 'need_match_before_raised', { field: 'matchedOn', params: { date: need.raised_on } });
  const move = needTransition(need.status as NeedStatus, 'match');
  if (!move.ok) throw new DomainError('conflict', move.code, { field: 'id' });
  const resources = await q.resourcesByIds(deps.db, input.resourceIds);
  input.resourceIds.forEach((rid, i) => {
    const r = resources.find((x) => x.id === rid);
    if (!r || !(isWithinArea(r.area_code, need.area_code) || (isWithinArea(need.area_code, r.area_code) && isWithinArea(actor.areaCode, r.area_code)))) throw new DomainError('validation', 'resource_not_found', { field: `resourceIds.${i}`, params: { id: rid } });
    if (r.status !== 'available') throw new DomainError('validation', 'resource_retired', { field: `resourceIds.${i}`, params: { name: r.name } });
  });
  const now = nowIso(deps.clock);
  return deps.db.transaction().execute(async (trx) => {
    await q.linkResources(trx, need.id, input.resourceIds, input.matchedOn);
    await q.setNeedStatus(trx, need.id, { status: move.next, matched_on: need.matched_on ?? input.matchedOn, updated_at: now });
    await recordAudit(trx, deps, actor, { action: 'community_need.match', entityType: 'community_need', entityId: need.id, areaCode: need.area_code, oldValue: { status: need.status }, newValue: { status: move.next, resourceIds: input.resourceIds, matchedOn: input.matchedOn } });
    return (await needViews(trx, [(await q.findNeed(trx, need.id))!]))[0]!;
  });
}

/** 项目清单: a matched need carried out as a project; the need is then in progress. */
export async function startProject(deps: Deps, actor: Actor, input: ProjectInput) {
  assertPermission(actor, 'editRegistry');
  notInFuture(input.startOn, todayInChina(deps.clock), 'startOn');
  const need = await needInScope(deps.db, actor, input.needId);
  const move = needTransition(need.status as NeedStatus, 'start_project');
  if (!move.ok) throw new DomainError('conflict', move.code, { field: 'needId' });
  if (need.matched_on && input.startOn < need.matched_on) throw new DomainError('validation', 'project_before_match', { field: 'startOn', params: { date: need.matched_on } });
  const now = nowIso(deps.clock);
  return deps.db.transaction().execute(async (trx) => {
    const id = await q.insertProject(trx, { area_code: need.area_code, need_id: need.id, name: input.name, lead: input.lead, budget: input.budget ?? null, start_on: input.startOn, done_on: null, outcome: null, beneficiaries: null, status: 'in_progress', created_by: actor.userId, created_at: now, updated_at: now });
    await q.setNeedStatus(trx, need.id, { status: move.next, updated_at: now });
    await recordAudit(trx, deps, actor, { action: 'community_project.start', entityType: 'community_project', entityId: id, areaCode: need.area_code, oldValue: { needStatus: need.status }, newValue: { needId: need.id, name: input.name, lead: input.lead, budget: input.budget ?? null, startOn: input.startOn, needStatus: move.next } });
    return projectView((await q.findProject(trx, id))!);
  });
}

export async function listProjects(deps: Deps, actor: Actor, query: ProjectListQuery) {
  const { rows, total } = await q.listProjects(deps.db, { scope: scopeOf(actor, query.areaCode), status: query.status, offset: (query.page - 1) * query.pageSize, limit: query.pageSize });
  return { items: rows.map(projectView), total };
}

/** 项目完成: the outcome and how many residents it served; the need is done. */
export async function finishProject(deps: Deps, actor: Actor, id: number, input: ProjectDone) {
  assertPermission(actor, 'editRegistry');
  notInFuture(input.doneOn, todayInChina(deps.clock), 'doneOn');
  const p = await q.findProject(deps.db, id);
  if (!p || !isWithinArea(actor.areaCode, p.area_code)) throw new DomainError('not_found', 'project_not_found', { params: { id } });
  assertAreaWritable(actor, p.area_code);
  if (input.doneOn < p.start_on) throw new DomainError('validation', 'project_done_before_start', { field: 'doneOn', params: { date: p.start_on } });
  const now = nowIso(deps.clock);
  return deps.db.transaction().execute(async (trx) => {
    const need = (await q.findNeed(trx, p.need_id))!;
    const move = needTransition(need.status as NeedStatus, 'finish_project');
    if (!move.ok || !(await q.finishProject(trx, id, { done_on: input.doneOn, outcome: input.outcome, beneficiaries: input.beneficiaries, updated_at: now }))) throw new DomainError('conflict', 'project_done', { field: 'id' });
    await q.setNeedStatus(trx, need.id, { status: move.next, done_on: input.doneOn, updated_at: now });
    await recordAudit(trx, deps, actor, { action: 'community_project.finish', entityType: 'community_project', entityId: id, areaCode: p.area_code, oldValue: { status: p.status, needStatus: need.status }, newValue: { status: 'done', doneOn: input.doneOn, outcome: input.outcome, beneficiaries: input.beneficiaries, needStatus: move.next } });
    return projectView((await q.findProject(trx, id))!);
  });
}

/** 三张清单汇总: needs by status, resources and projects per community of the area. */
export async function listTotals(deps: Deps, actor: Actor, query: { areaCode?: string | undefined }) {
  const scope = scopeOf(actor, query.areaCode);
  const c = await q.countsByArea(deps.db, scope);
  const rows = totalsByCommunity(c.needs, c.resources, c.projects);
  const names = new Map<string, string>();
  for (const r of rows) names.set(r.areaCode, (await findArea(deps.db, r.areaCode))?.name ?? r.areaCode);
  const total = totalsByCommunity(
    c.needs.map((r) => ({ ...r, areaCode: scope })),
    c.resources.map((r) => ({ ...r, areaCode: scope })),
    c.projects.map((r) => ({ ...r, areaCode: scope })),
  )[0] ?? { needs: { open: 0, matched: 0, in_progress: 0, done: 0 }, resources: 0, projects: { inProgress: 0, done: 0, budget: 0, beneficiaries: 0 } };
  return { rows: rows.map((r) => ({ ...r, areaName: names.get(r.areaCode)! })), total: { needs: total.needs, resources: total.resources, projects: total.projects } };
}

/** 月报表 (issue 22 point 6): needs raised, matched and done; projects started. */
export async function listMonthCounts(db: Deps['db'], areaCode: string, firstDay: string, lastDay: string) {
  return q.monthCounts(db, areaCode, firstDay, lastDay);
}
