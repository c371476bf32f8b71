import { nowIso, todayInChina } from '../../clock.ts';
import type { Trx } from '../../db/types.ts';
import type { Deps } from '../../deps.ts';
import { assertAreaReadable, assertAreaWritable, assertPermission, type Actor } from '../../domain/actor.ts';
import { DomainError } from '../../domain/errors.ts';
import { benefitLines, checkDisabilityLevel, deathFollowUp, hasPriority, type EntitledGroup } from '../../domain/welfare/veterans.ts';
import { programName } from '../../domain/programs/names.ts';
import { recordRegisterDecision } from '../cases/service.ts';
import { openEnrolmentsOf, startEnrolment } from '../payments/service.ts';
import { policyInForce } from '../policies/service.ts';
import { recordAudit } from '../audit/service.ts';
import { personOnFile, writePersonFacts } from '../registry/service.ts';
import type { WelfareCount } from '../../domain/reports/welfare-summary.ts';
import * as q from './queries.ts';
export { appointLiaison, hangPlaque, listForums, listLiaisons, listPlaques, listVisits, recordForum, recordVisit } from './care.ts';
import type { BenefitInput, EntitledInput, EntitledListQuery, TaskDone, TaskListQuery } from './schema.ts';

function entitledView(r: q.EntitledRow) {
  return {
    id: r.id,
    personId: r.person_id,
    personName: r.person_name,
    householdId: r.household_id,
    areaCode: r.area_code,
    group: r.group_code as EntitledGroup,
    documentKind: r.document_kind,
    documentNumber: r.document_number,
    disabilityLevel: r.disability_level,
    status: r.status as 'active' | 'deceased' | 'ended',
    registeredOn: r.registered_on,
    endedOn: r.ended_on,
    priority: hasPriority([r]),
    note: r.note,
  };
}

function taskView(r: q.TaskRow, today: string) {
  return {
    id: r.id,
    entitledPersonId: r.entitled_person_id,
    personId: r.person_id,
    personName: r.person_name,
    householdId: r.household_id,
    areaCode: r.area_code,
    kind: r.kind as 'condolence',
    status: r.status as 'open' | 'done',
    reason: r.reason,
    dueOn: r.due_on,
    doneOn: r.done_on,
    outcome: r.outcome,
    overdue: r.status === 'open' && r.due_on < today,
  };
}

function scopeOf(actor: Actor, areaCode: string | undefined) {
  if (!areaCode) return actor.areaCode;
  assertAreaReadable(actor, areaCode, 'area_not_found');
  return areaCode;
}

/**
 * 优抚对象登记: a person of an entitled group with the document that proves it. Sets the
 * registry flag 优抚对象 — the priority in dibao, tekun and temporary assistance reads it.
 */
export async function registerEntitled(deps: Deps, actor: Actor, input: EntitledInput) {
  assertPermission(actor, 'editRegistry');
  const today = todayInChina(deps.clock);
  if (input.registeredOn > today) throw new DomainError('validation', 'date_in_future', { field: 'registeredOn', params: { date: input.registeredOn } });
  const level = checkDisabilityLevel(input.group, input.disabilityLevel);
  if (level) throw new DomainError('validation', level.code, { field: level.field });
  const now = nowIso(deps.clock);
  return deps.db.transaction().execute(async (trx) => {
    const person = await personOnFile(trx, actor, input.personId, { write: true });
    if (person.lifeStatus === 'deceased') throw new DomainError('conflict', 'person_deceased', { field: 'personId', params: { name: person.name } });
    if ((await q.activeOfPerson(trx, person.id)).some((r) => r.group_code === input.group)) throw new DomainError('conflict', 'veteran_exists', { field: 'group', params: { name: person.name } });
    const row = await q.insertEntitled(trx, {
      person_id: person.id,
      household_id: person.householdId,
      area_code: person.areaCode,
      group_code: input.group,
      document_kind: input.documentKind,
      document_number: input.documentNumber,
      disability_level: input.disabilityLevel ?? null,
      status: 'active',
      registered_on: input.registeredOn,
      ended_on: null,
      note: input.note ?? null,
      created_by: actor.userId,
      created_at: now,
      updated_at: now,
    });
    await writePersonFacts(trx, deps, person, { flag: { flag: 'entitled_group', on: true } });
    await recordAudit(trx, deps, actor, {
      action: 'veteran.register',
      entityType: 'entitled_person',
      entityId: row.id,
      areaCode: person.areaCode,
      newValue: { personId: person.id, householdId: person.householdId, group: input.group, documentKind: input.documentKind, documentNumber: input.documentNumber, disabilityLevel: input.disabilityLevel ?? null },
    });
    return entitledView({ ...row, person_name: person.name });
  });
}

export async function listEntitled(deps: Deps, actor: Actor, query: EntitledListQuery) {
  const { rows, total } = await q.listEntitled(deps.db, { scope: scopeOf(actor, query.areaCode), group: query.group, status: query.status, offset: (query.page - 1) * query.pageSize, limit: query.pageSize });
  return { items: rows.map(entitledView), total };
}

/**
 * Called by person-status in its transaction when a death is recorded: each active record of
 * the person ends on the day of death and a task to comfort the family is opened (once per
 * record, however often the death is recorded). Returns the tasks made.
 */
export async function onRecipientDeath(trx: Trx, deps: Deps, actor: Actor, personId: number, deathDate: string, name: string) {
  const made: number[] = [];
  for (const r of await q.activeOfPerson(trx, personId)) {
    const now = nowIso(deps.clock);
    await q.endEntitled(trx, r.id, { status: 'deceased', ended_on: deathDate, updated_at: now });
    const follow = deathFollowUp(deathDate, name);
    const task = await q.insertTask(trx, {
      entitled_person_id: r.id,
      person_id: personId,
      area_code: r.area_code,
      kind: follow.kind,
      status: 'open',
      reason: follow.reason,
      due_on: follow.dueOn,
      done_on: null,
      outcome: null,
      created_at: now,
      done_by: null,
    });
    await recordAudit(trx, deps, actor, {
      action: 'veteran.deceased',
      entityType: 'entitled_person',
      entityId: r.id,
      areaCode: r.area_code,
      oldValue: { status: r.status },
      newValue: { status: 'deceased', endedOn: deathDate, taskId: task?.id ?? null, dueOn: follow.dueOn },
    });
    if (task) made.push(task.id);
  }
  return made;
}

export async function listTasks(deps: Deps, actor: Actor, query: TaskListQuery) {
  const today = todayInChina(deps.clock);
  const { rows, total } = await q.listTasks(deps.db, { scope: scopeOf(actor, query.areaCode), status: query.status, offset: (query.page - 1) * query.pageSize, limit: query.pageSize });
  return { items: rows.map((r) => taskView(r, today)), total };
}

/** 慰问办结: the visit made, what was done (慰问金, 协助办理抚恤 …). */
export async function completeTask(deps: Deps, actor: Actor, id: number, input: TaskDone) {
  assertPermission(actor, 'editRegistry');
  const today = todayInChina(deps.clock);
  if (input.doneOn > today) throw new DomainError('validation', 'date_in_future', { field: 'doneOn', params: { date: input.doneOn } });
  return deps.db.transaction().execute(async (trx) => {
    const t = await q.findTask(trx, id);
    if (!t) throw new DomainError('not_found', 'veteran_task_not_found', { params: { id } });
    assertAreaReadable(actor, t.area_code, 'veteran_task_not_found');
    assertAreaWritable(actor, t.area_code);
    if (t.status === 'done') throw new DomainError('conflict', 'veteran_task_done', { field: 'id' });
    await q.completeTask(trx, id, { done_on: input.doneOn, outcome: input.outcome, done_by: actor.userId });
    await recordAudit(trx, deps, actor, { action: 'veteran.task_done', entityType: 'veteran_task', entityId: id, areaCode: t.area_code, oldValue: { status: 'open' }, newValue: { status: 'done', doneOn: input.doneOn, outcome: input.outcome } });
    return taskView((await q.findTask(trx, id))!, today);
  });
}

/** 月报表 (issue 22 point 6): entitled persons at the month's end by group, deaths, condolence tasks. */
export async function veteranMonthCounts(db: Deps['db'], areaCode: string, firstDay: string, lastDay: string) {
  const c = await q.monthCounts(db, areaCode, firstDay, lastDay);
  return { active: Object.fromEntries(c.active.map((r) => [r.group_code, Number(r.n)])), deaths: c.deaths, tasksDone: c.done, tasksOpen: c.open };
}

/** The same counts per area (community) code, for the report's Excel and PDF roll-up. */
export async function veteranWelfareCounts(db: Deps['db'], areaCode: string, firstDay: string, lastDay: string): Promise<WelfareCount[]> {
  const c = await q.monthCountsByArea(db, areaCode, firstDay, lastDay);
  const of = (rows: { area_code: string; n: number | string }[], key: 'veterans' | 'veteranDeaths' | 'tasksDone' | 'tasksOpen') => rows.map((r) => ({ areaCode: r.area_code, key, n: Number(r.n) }));
  return [...of(c.active, 'veterans'), ...of(c.deaths, 'veteranDeaths'), ...of(c.done, 'tasksDone'), ...of(c.open, 'tasksOpen')];
}

/**
 * 优抚金核定: the county decides an active recipient's benefits from a month on — the group's
 * periodic line at the policy's amount for the group, and (for 重点优抚对象) the Spring Festival
 * one-off; the conscript's family the yearly allowance, one per household. Each line is an
 * enrolment (the recipient the payee, into their own account) with its decision on file, so the
 * county prepares the payrolls like any other program's. One transaction, audited.
 */
export async function grantBenefits(deps: Deps, actor: Actor, id: number, input: BenefitInput) {
  if (actor.role !== 'county_approver') throw new DomainError('forbidden', 'veteran_benefit_role');
  return deps.db.transaction().execute(async (trx) => {
    const r = await q.findEntitled(trx, id);
    if (!r) throw new DomainError('not_found', 'veteran_not_found', { params: { id } });
    assertAreaReadable(actor, r.area_code, 'veteran_not_found');
    assertAreaWritable(actor, r.area_code);
    if (r.status !== 'active') throw new DomainError('conflict', 'veteran_not_active', { field: 'id' });
    if (input.startMonth < r.registered_on.slice(0, 7)) throw new DomainError('unprocessable', 'veteran_start_before_registration', { field: 'startMonth', params: { month: r.registered_on.slice(0, 7) } });
    const { policy, version } = await policyInForce(trx, r.area_code, `${input.startMonth}-01`);
    const lines = benefitLines(r.group_code as EntitledGroup, policy.veterans);
    const open = await openEnrolmentsOf(trx, r.household_id, lines.map((l) => l.program));
    for (const l of lines) {
      // The periodic line and the one-off are the person's; the conscript's allowance the household's.
      const taken = open.find((e) => e.program === l.program && (l.program === 'conscript_family_allowance' || e.person_id === r.person_id));
      if (taken && l.program === 'conscript_family_allowance') throw new DomainError('conflict', 'veteran_conscript_household', { field: 'id' });
      if (taken && l.program !== 'veteran_spring_festival') throw new DomainError('conflict', 'veteran_benefit_exists', { field: 'id', params: { name: r.person_name, program: programName(l.program) } });
    }
    const items = [];
    for (const l of lines) {
      // A second group of the same person (a disabled serviceman who also served in a war) adds
      // its periodic line; the Spring Festival one-off is paid once per person.
      if (l.program === 'veteran_spring_festival' && open.some((e) => e.program === l.program && e.person_id === r.person_id)) continue;
      const calculation = JSON.stringify({ program: l.program, eligible: true, monthlyAmount: l.monthlyAmount, trace: [{ step: 'veteran_group', value: r.group_code, detail: { entitledPersonId: r.id } }, { step: 'amount', value: l.amount, detail: { policyKey: l.policyKey } }], policyVersion: version });
      const decisionText = `核定${r.person_name}（${r.group_code}）${programName(l.program)}，自 ${input.startMonth} 起`;
      const applicationId = await recordRegisterDecision(trx, deps, actor, { householdId: r.household_id, personId: r.person_id, program: l.program, areaCode: r.area_code, amount: l.amount, calculation, policyVersion: version, decisionText });
      const e = await startEnrolment(trx, deps, actor, { householdId: r.household_id, personId: r.person_id, program: l.program, category: null, monthlyAmount: l.monthlyAmount, calculation, policyVersion: version, startMonth: input.startMonth, applicationId, areaCode: r.area_code });
      items.push({ program: l.program, programName: programName(l.program), enrolmentId: e.id, applicationId, monthlyAmount: l.monthlyAmount, amount: l.amount, policyKey: l.policyKey });
    }
    await recordAudit(trx, deps, actor, {
      action: 'veteran.benefit',
      entityType: 'entitled_person',
      entityId: r.id,
      areaCode: r.area_code,
      newValue: { personId: r.person_id, group: r.group_code, startMonth: input.startMonth, policyVersion: version, lines: items.map((i) => ({ program: i.program, enrolmentId: i.enrolmentId, monthlyAmount: i.monthlyAmount, amount: i.amount })) },
    });
    return { items };
  });
}
