import { nowIso, todayInChina } from '../../clock.ts';
import type { Deps } from '../../deps.ts';
import { assertAreaReadable, assertAreaWritable, assertPermission, type Actor } from '../../domain/actor.ts';
import { DomainError } from '../../domain/errors.ts';
import { certificateState, checkCertificateNumber, disabilityFromCertificate, evaluateEmploymentBase, REVIEW_NOTICE_DAYS } from '../../domain/welfare/disability.ts';
import { maskIdNumber } from '../../domain/masking.ts';
import { recordAudit } from '../audit/service.ts';
import { personOnFile, writePersonFacts } from '../registry/service.ts';
import type { WelfareCount } from '../../domain/reports/welfare-summary.ts';
import * as q from './queries.ts';
import type { BaseInput, BaseListQuery, CertificateInput, CertificateListQuery, ServiceInput, ServiceListQuery } from './schema.ts';

/** Whose area a list is for: the actor's, or a part of it. */
function scopeOf(actor: Actor, areaCode: string | undefined): string {
  if (!areaCode) return actor.areaCode;
  assertAreaReadable(actor, areaCode, 'area_not_found');
  return areaCode;
}

function certificateView(r: q.CertificateRow & { person_name: string }, today: string) {
  return {
    id: r.id,
    personId: r.person_id,
    personName: r.person_name,
    householdId: r.household_id,
    areaCode: r.area_code,
    // The number begins with the holder's full ID number: shown masked like it (revealed only through the audited reveal).
    number: `${maskIdNumber(r.number.slice(0, 18))}${r.number.slice(18)}`,
    category: r.category,
    grade: r.grade,
    issuedOn: r.issued_on,
    reviewOn: r.review_on,
    status: r.status,
    state: certificateState({ status: r.status, reviewOn: r.review_on }, today),
    note: r.note,
  };
}

/**
 * 残疾证: records or corrects a person's certificate. The certificate is the source of the
 * person's disability category, grade and number — the columns the two disability subsidies
 * read — so they are written from it in the same transaction; a revoked certificate clears
 * them (the subsidies then refuse with `not_disabled`).
 */
export async function saveCertificate(deps: Deps, actor: Actor, input: CertificateInput) {
  assertPermission(actor, 'editRegistry');
  const today = todayInChina(deps.clock);
  const now = nowIso(deps.clock);
  if (input.issuedOn > today) throw new DomainError('validation', 'date_in_future', { field: 'issuedOn', params: { date: input.issuedOn } });
  if (input.reviewOn && input.reviewOn <= input.issuedOn) throw new DomainError('validation', 'certificate_review_before_issue', { field: 'reviewOn' });
  return deps.db.transaction().execute(async (trx) => {
    const person = await personOnFile(trx, actor, input.personId, { write: true });
    if (person.lifeStatus === 'deceased') throw new DomainError('conflict', 'person_deceased', { field: 'personId', params: { name: person.name } });
    const number = input.number.toUpperCase();
    const problem = checkCertificateNumber(number, person.idNumber, input.category, input.grade);
    if (problem) throw new DomainError('validation', problem.code, { field: problem.field });
    const clash = await q.certificateByNumber(trx, number);
    if (clash && clash.person_id !== person.id) throw new DomainError('conflict', 'certificate_number_taken', { field: 'number' });
    const before = await q.certificateOf(trx, person.id);
    const values = {
      number,
      category: input.category,
      grade: input.grade,
      issued_on: input.issuedOn,
      review_on: input.reviewOn ?? null,
      status: input.status,
      note: input.note ?? null,
      updated_at: now,
    };
    const row = before
      ? await q.updateCertificate(trx, before.id, values)
      : await q.insertCertificate(trx, { ...values, person_id: person.id, household_id: person.householdId, area_code: person.areaCode, created_by: actor.userId, created_at: now });
    await writePersonFacts(trx, deps, person, { disability: disabilityFromCertificate(row) });
    await recordAudit(trx, deps, actor, {
      action: 'disability.certificate',
      entityType: 'disability_certificate',
      entityId: row.id,
      areaCode: person.areaCode,
      oldValue: before ? { number: before.number, category: before.category, grade: before.grade, issuedOn: before.issued_on, reviewOn: before.review_on, status: before.status } : null,
      newValue: { personId: person.id, householdId: person.householdId, number, category: input.category, grade: input.grade, issuedOn: input.issuedOn, reviewOn: input.reviewOn ?? null, status: input.status },
    });
    return certificateView({ ...row, person_name: person.name }, today);
  });
}

export async function listCertificates(deps: Deps, actor: Actor, query: CertificateListQuery) {
  const today = todayInChina(deps.clock);
  const notice = new Date(`${today}T00:00:00Z`);
  notice.setUTCDate(notice.getUTCDate() + REVIEW_NOTICE_DAYS);
  const { rows, total } = await q.listCertificates(deps.db, {
    scope: scopeOf(actor, query.areaCode),
    category: query.category,
    reviewBy: query.reviewDue === 'true' ? notice.toISOString().slice(0, 10) : undefined,
    offset: (query.page - 1) * query.pageSize,
    limit: query.pageSize,
  });
  return { items: rows.map((r) => certificateView(r, today)), total };
}

function serviceView(r: q.ServiceRow & { person_name: string }) {
  return {
    id: r.id,
    personId: r.person_id,
    personName: r.person_name,
    areaCode: r.area_code,
    kind: r.kind as ServiceInput['kind'],
    serviceType: r.service_type,
    provider: r.provider,
    startOn: r.start_on,
    endOn: r.end_on,
    amount: r.amount === null ? null : Number(r.amount),
    note: r.note,
  };
}

/** 康复 / 辅具 / 无障碍改造: given to a person holding a live certificate. */
export async function recordService(deps: Deps, actor: Actor, input: ServiceInput) {
  assertPermission(actor, 'editRegistry');
  const today = todayInChina(deps.clock);
  if (input.startOn > today) throw new DomainError('validation', 'date_in_future', { field: 'startOn', params: { date: input.startOn } });
  return deps.db.transaction().execute(async (trx) => {
    const person = await personOnFile(trx, actor, input.personId, { write: true });
    const cert = await q.certificateOf(trx, person.id);
    if (!cert || cert.status !== 'valid') throw new DomainError('unprocessable', 'disability_certificate_required', { field: 'personId', params: { name: person.name } });
    const row = await q.insertService(trx, {
      person_id: person.id,
      household_id: person.householdId,
      area_code: person.areaCode,
      kind: input.kind,
      service_type: input.serviceType,
      provider: input.provider,
      start_on: input.startOn,
      end_on: input.endOn ?? null,
      amount: input.amount ?? null,
      note: input.note ?? null,
      created_by: actor.userId,
      created_at: nowIso(deps.clock),
    });
    await recordAudit(trx, deps, actor, {
      action: 'disability.service',
      entityType: 'disability_service',
      entityId: row.id,
      areaCode: person.areaCode,
      newValue: { personId: person.id, kind: input.kind, serviceType: input.serviceType, provider: input.provider, startOn: input.startOn, endOn: input.endOn ?? null, amount: input.amount ?? null },
    });
    return serviceView({ ...row, person_name: person.name });
  });
}

export async function listServices(deps: Deps, actor: Actor, query: ServiceListQuery) {
  const { rows, total } = await q.listServices(deps.db, {
    scope: scopeOf(actor, query.areaCode),
    kind: query.kind,
    personId: query.personId,
    offset: (query.page - 1) * query.pageSize,
    limit: query.pageSize,
  });
  return { items: rows.map(serviceView), total };
}

function baseView(r: q.BaseRow) {
  return {
    id: r.id,
    areaCode: r.area_code,
    name: r.name,
    operator: r.operator,
    year: r.year,
    appliedOn: r.applied_on,
    inspectedOn: r.inspected_on,
    disabledEmployees: r.disabled_employees,
    householdsServed: r.households_served,
    annualOutput: Number(r.annual_output),
    perCapitaIncome: Number(r.per_capita_income),
    status: r.status as 'applied' | 'qualified' | 'not_qualified',
    evaluation: r.evaluation ? JSON.parse(r.evaluation) : null,
  };
}

function baseColumns(input: BaseInput) {
  return {
    name: input.name,
    operator: input.operator,
    year: input.year,
    applied_on: input.appliedOn,
    inspected_on: input.inspectedOn ?? null,
    disabled_employees: input.disabledEmployees,
    households_served: input.householdsServed,
    annual_output: input.annualOutput,
    per_capita_income: input.perCapitaIncome,
  };
}

/** 就业扶贫基地: registered from its application (by April); inspection figures come in July. */
export async function createBase(deps: Deps, actor: Actor, input: BaseInput) {
  assertPermission(actor, 'editRegistry');
  assertAreaWritable(actor, input.areaCode);
  const today = todayInChina(deps.clock);
  for (const [field, d] of [['appliedOn', input.appliedOn], ['inspectedOn', input.inspectedOn]] as const) {
    if (d && d > today) throw new DomainError('validation', 'date_in_future', { field, params: { date: d } });
  }
  const now = nowIso(deps.clock);
  return deps.db.transaction().execute(async (trx) => {
    const row = await q.insertBase(trx, { ...baseColumns(input), area_code: input.areaCode, status: 'applied', evaluation: null, evaluated_on: null, created_by: actor.userId, created_at: now, updated_at: now });
    await recordAudit(trx, deps, actor, { action: 'employment_base.create', entityType: 'employment_base', entityId: row.id, areaCode: input.areaCode, newValue: input });
    return baseView(row);
  });
}

async function baseInScope(deps: Deps, actor: Actor, id: number) {
  const b = await q.findBase(deps.db, id);
  if (!b) throw new DomainError('not_found', 'employment_base_not_found', { params: { id } });
  assertAreaReadable(actor, b.area_code, 'employment_base_not_found');
  return b;
}

/** New figures (the July inspection) undo the last verdict until the base is evaluated again. */
export async function updateBase(deps: Deps, actor: Actor, id: number, input: BaseInput) {
  assertPermission(actor, 'editRegistry');
  const b = await baseInScope(deps, actor, id);
  assertAreaWritable(actor, b.area_code);
  assertAreaWritable(actor, input.areaCode);
  const today = todayInChina(deps.clock);
  if (input.inspectedOn && input.inspectedOn > today) throw new DomainError('validation', 'date_in_future', { field: 'inspectedOn', params: { date: input.inspectedOn } });
  return deps.db.transaction().execute(async (trx) => {
    const row = await q.updateBase(trx, id, { ...baseColumns(input), area_code: input.areaCode, status: 'applied', updated_at: nowIso(deps.clock) });
    await recordAudit(trx, deps, actor, { action: 'employment_base.update', entityType: 'employment_base', entityId: id, areaCode: input.areaCode, oldValue: baseView(b), newValue: input });
    return baseView(row);
  });
}

export async function listBases(deps: Deps, actor: Actor, query: BaseListQuery) {
  const { rows, total } = await q.listBases(deps.db, { scope: scopeOf(actor, query.areaCode), year: query.year, offset: (query.page - 1) * query.pageSize, limit: query.pageSize });
  return { items: rows.map(baseView), total };
}

/**
 * The system's check of a base against the criteria (DOMAIN.md §8): each criterion met or not
 * with the figure it was judged on. The verdict is kept on the base (qualified / not) and
 * audited: funding follows a qualified base only.
 */
export async function evaluateBase(deps: Deps, actor: Actor, id: number) {
  assertPermission(actor, 'editRegistry');
  const b = await baseInScope(deps, actor, id);
  assertAreaWritable(actor, b.area_code);
  const today = todayInChina(deps.clock);
  const result = evaluateEmploymentBase({
    year: b.year,
    appliedOn: b.applied_on,
    inspectedOn: b.inspected_on,
    disabledEmployees: b.disabled_employees,
    householdsServed: b.households_served,
    annualOutput: Number(b.annual_output),
    perCapitaIncome: Number(b.per_capita_income),
  });
  const evaluation = { baseId: b.id, evaluatedOn: today, qualified: result.qualified, criteria: result.criteria };
  const status = result.qualified ? 'qualified' : 'not_qualified';
  await deps.db.transaction().execute(async (trx) => {
    await q.updateBase(trx, id, { status, evaluation: JSON.stringify(evaluation), evaluated_on: today, updated_at: nowIso(deps.clock) });
    await recordAudit(trx, deps, actor, {
      action: 'employment_base.evaluate',
      entityType: 'employment_base',
      entityId: id,
      areaCode: b.area_code,
      oldValue: { status: b.status },
      newValue: { status, unmet: result.criteria.filter((c) => !c.met).map((c) => c.code) },
    });
  });
  return evaluation;
}

/** 月报表 (issue 22 point 6): the disability register's counts for an area and month. */
export async function disabilityMonthCounts(db: Deps['db'], areaCode: string, firstDay: string, lastDay: string) {
  const c = await q.monthCounts(db, areaCode, firstDay, lastDay);
  return {
    certificates: c.certs,
    certificatesIssued: c.issued,
    services: Object.fromEntries(c.services.map((s) => [s.kind, { count: Number(s.n), amount: Number(s.amount) }])),
    qualifiedBases: c.bases,
  };
}

/** The same counts per area (community) code, for the report's Excel and PDF roll-up. */
export async function disabilityWelfareCounts(db: Deps['db'], areaCode: string, firstDay: string, lastDay: string): Promise<WelfareCount[]> {
  const c = await q.monthCountsByArea(db, areaCode, firstDay, lastDay);
  return [
    ...c.certs.map((r) => ({ areaCode: r.area_code, key: 'certificates' as const, n: Number(r.n) })),
    ...c.issued.map((r) => ({ areaCode: r.area_code, key: 'certificatesIssued' as const, n: Number(r.n) })),
    ...c.services.flatMap((r) => [
      { areaCode: r.area_code, key: r.kind as 'rehabilitation' | 'assistive_device' | 'barrier_free', n: Number(r.n) },
      { areaCode: r.area_code, key: 'serviceAmount' as const, n: Number(r.amount) },
    ]),
    ...c.bases.map((r) => ({ areaCode: r.area_code, key: 'qualifiedBases' as const, n: Number(r.n) })),
  ];
}
