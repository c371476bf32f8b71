import { nowIso, todayInChina } from '../../clock.ts';
import type { DbOrTrx } from '../../db/types.ts';
import type { Deps } from '../../deps.ts';
import { assertAreaReadable, assertAreaWritable, assertPermission, type Actor } from '../../domain/actor.ts';
import { isWithinArea } from '../../domain/area-code.ts';
import { DomainError } from '../../domain/errors.ts';
import { parseIdNumber } from '../../domain/id-number.ts';
import { permissionsOf } from '../../domain/roles.ts';
import { maskBankAccount, maskIdNumber } from '../../domain/masking.ts';
import { findArea } from '../areas/service.ts';
import { recordAudit } from '../audit/service.ts';
import * as pq from './payroll-queries.ts';
import { below } from './queries.ts';
import type { InstitutionInput, PayeeInput } from './schema.ts';

/** 收款人 and 供养机构: who an enrolment is paid to, and the register of care homes. */

/**
 * The payee as a payroll would pay it now; account and ID masked for every role, as in every
 * other view (the full values: `revealPayee`, audited). `actor` is kept for the callers' scope checks.
 */
export async function payeeView(db: DbOrTrx, _actor: Actor, enrolmentId: number) {
  const p = await pq.payeeOf(db, enrolmentId);
  if (!p) throw new DomainError('not_found', 'enrolment_not_found', { params: { id: enrolmentId } });
  return {
    kind: p.kind as 'self' | 'household' | 'guardian' | 'relative' | 'institution' | 'other',
    institutionId: p.institution_id === null ? null : Number(p.institution_id),
    name: p.name,
    idNumber: p.id_number === '' ? null : maskIdNumber(p.id_number),
    bankName: p.bank_name,
    bankAccount: p.account === null ? null : maskBankAccount(p.account),
    reason: p.reason,
    refusal: p.refusal,
  };
}

async function enrolmentForWrite(deps: Deps, actor: Actor, id: number) {
  // The payee's account is part of the household's file: its keepers set it (not the admin).
  if (!permissionsOf(actor.role).editRegistry) throw new DomainError('forbidden', 'forbidden');
  const e = await deps.db.selectFrom('enrolments').select(['id', 'area_code', 'program']).where('id', '=', id).executeTakeFirst();
  if (!e) throw new DomainError('not_found', 'enrolment_not_found', { params: { id } });
  assertAreaReadable(actor, e.area_code, 'enrolment_not_found');
  assertAreaWritable(actor, e.area_code);
  return e;
}

/**
 * 代领: the enrolment is paid to an agent — a guardian, relative, institution or other — into the
 * agent's own account, for the reason recorded. Replaces any agent on file; audited with it.
 */
export async function setPayee(deps: Deps, actor: Actor, enrolmentId: number, input: PayeeInput) {
  const e = await enrolmentForWrite(deps, actor, enrolmentId);
  const now = nowIso(deps.clock);
  let row;
  if (input.kind === 'institution') {
    const inst = await deps.db.selectFrom('institutions').selectAll().where('id', '=', input.institutionId!).executeTakeFirst();
    // An institution of another district is not one this enrolment can be paid to.
    if (!inst || !(isWithinArea(inst.area_code.slice(0, 6), e.area_code))) {
      throw new DomainError('unprocessable', 'institution_not_found', { field: 'institutionId', params: { id: input.institutionId! } });
    }
    row = { kind: input.kind, institution_id: inst.id, name: null, id_number: null, bank_name: null, bank_account: null };
  } else {
    const id = parseIdNumber(input.idNumber!, todayInChina(deps.clock));
    if (!id.ok) throw new DomainError('validation', `id_number_${id.problem}`, { field: 'idNumber', params: { idNumber: input.idNumber!, expected: id.expected ?? '' } });
    row = { kind: input.kind, institution_id: null, name: input.name!, id_number: id.value.idNumber, bank_name: input.bankName!, bank_account: input.accountNumber! };
  }
  await deps.db.transaction().execute(async (trx) => {
    const before = await trx.selectFrom('enrolment_payees').selectAll().where('enrolment_id', '=', enrolmentId).executeTakeFirst();
    const values = { ...row, reason: input.reason, updated_by: actor.userId, updated_at: now };
    if (before) await trx.updateTable('enrolment_payees').set(values).where('enrolment_id', '=', enrolmentId).execute();
    else await trx.insertInto('enrolment_payees').values({ enrolment_id: enrolmentId, ...values }).execute();
    type PayeeRow = { kind: string; institution_id: number | null; name: string | null; id_number: string | null; bank_name: string | null; bank_account: string | null; reason: string };
    const masked = (r: PayeeRow | undefined) =>
      r && { kind: r.kind, institutionId: r.institution_id, name: r.name, idNumber: r.id_number && maskIdNumber(r.id_number), bankName: r.bank_name, account: r.bank_account && maskBankAccount(r.bank_account), reason: r.reason };
    await recordAudit(trx, deps, actor, { action: 'enrolment.payee', entityType: 'enrolment', entityId: enrolmentId, areaCode: e.area_code, oldValue: masked(before) ?? null, newValue: masked(values) });
  });
  return payeeView(deps.db, actor, enrolmentId);
}

/** The agent removed: the person (or the household's holder) is paid again. */
export async function clearPayee(deps: Deps, actor: Actor, enrolmentId: number) {
  const e = await enrolmentForWrite(deps, actor, enrolmentId);
  await deps.db.transaction().execute(async (trx) => {
    const before = await trx.selectFrom('enrolment_payees').selectAll().where('enrolment_id', '=', enrolmentId).executeTakeFirst();
    if (!before) return;
    await trx.deleteFrom('enrolment_payees').where('enrolment_id', '=', enrolmentId).execute();
    await recordAudit(trx, deps, actor, {
      action: 'enrolment.payee_clear',
      entityType: 'enrolment',
      entityId: enrolmentId,
      areaCode: e.area_code,
      oldValue: { kind: before.kind, institutionId: before.institution_id, name: before.name, reason: before.reason },
    });
  });
  return payeeView(deps.db, actor, enrolmentId);
}

/** The full ID and account number a payroll would pay this enrolment to, for a role that may reveal them; audited. */
export async function revealPayee(deps: Deps, actor: Actor, enrolmentId: number): Promise<{ idNumber: string | null; bankAccount: string | null }> {
  assertPermission(actor, 'revealIdNumbers');
  const e = await deps.db.selectFrom('enrolments').select(['id', 'area_code', 'household_id']).where('id', '=', enrolmentId).executeTakeFirst();
  if (!e) throw new DomainError('not_found', 'enrolment_not_found', { params: { id: enrolmentId } });
  assertAreaReadable(actor, e.area_code, 'enrolment_not_found');
  const p = await pq.payeeOf(deps.db, enrolmentId);
  if (!p) throw new DomainError('not_found', 'enrolment_not_found', { params: { id: enrolmentId } });
  const idNumber = p.id_number === '' ? null : p.id_number;
  const fields = [...(idNumber === null ? [] : ['idNumber']), ...(p.account === null ? [] : ['bankAccount'])];
  await deps.db.transaction().execute((trx) =>
    recordAudit(trx, deps, actor, {
      action: 'enrolment.reveal_payee',
      entityType: 'enrolment',
      entityId: enrolmentId,
      areaCode: e.area_code,
      newValue: { householdId: e.household_id, payeeKind: p.kind, institutionId: p.institution_id === null ? null : Number(p.institution_id), fields },
    }),
  );
  return { idNumber, bankAccount: p.account };
}

function institutionView(r: { id: number; name: string; area_code: string; kind: string; bank_name: string; bank_account: string; created_at: string }) {
  return { id: r.id, name: r.name, areaCode: r.area_code, kind: r.kind, bankName: r.bank_name, bankAccount: maskBankAccount(r.bank_account), createdAt: r.created_at };
}

/** An institution's full account number, for a role that may reveal it, in its district; audited. */
export async function revealInstitutionAccount(deps: Deps, actor: Actor, id: number): Promise<{ bankAccount: string }> {
  assertPermission(actor, 'revealIdNumbers');
  const r = await deps.db.selectFrom('institutions').select(['id', 'area_code', 'bank_account']).where('id', '=', id).executeTakeFirst();
  // An institution serves its whole district: it is in scope for everyone of that district.
  if (!r || !isWithinArea(actor.areaCode.slice(0, 6), r.area_code)) throw new DomainError('not_found', 'institution_not_found', { params: { id } });
  await deps.db.transaction().execute((trx) =>
    recordAudit(trx, deps, actor, { action: 'institution.reveal_account', entityType: 'institution', entityId: id, areaCode: r.area_code, newValue: { fields: ['bankAccount'] } }),
  );
  return { bankAccount: r.bank_account };
}

/** 供养机构 of the actor's district (an institution serves the whole district, whatever street it lies in). */
export async function listInstitutions(deps: Deps, actor: Actor, query: { areaCode?: string | undefined; q?: string | undefined }) {
  const areaCode = query.areaCode ?? actor.areaCode.slice(0, 6);
  if (!isWithinArea(actor.areaCode.slice(0, 6), areaCode)) throw new DomainError('not_found', 'area_not_found', { field: 'areaCode', params: { areaCode } });
  let base = deps.db.selectFrom('institutions').selectAll().where('area_code', 'like', below(areaCode));
  if (query.q) base = base.where('name', 'like', `%${query.q}%`);
  const rows = await base.orderBy('name').limit(500).execute();
  return { items: rows.map(institutionView) };
}

export async function createInstitution(deps: Deps, actor: Actor, input: InstitutionInput) {
  if (actor.role !== 'county_approver' && actor.role !== 'admin') throw new DomainError('forbidden', 'forbidden');
  assertAreaWritable(actor, input.areaCode);
  if (!(await findArea(deps.db, input.areaCode))) throw new DomainError('not_found', 'area_not_found', { field: 'areaCode', params: { areaCode: input.areaCode } });
  const now = nowIso(deps.clock);
  const row = await deps.db.transaction().execute(async (trx) => {
    const dup = await trx.selectFrom('institutions').select('id').where('name', '=', input.name).where('area_code', 'like', below(input.areaCode.slice(0, 6))).executeTakeFirst();
    if (dup) throw new DomainError('conflict', 'institution_exists', { field: 'name', params: { name: input.name } });
    const r = await trx
      .insertInto('institutions')
      .values({ name: input.name, area_code: input.areaCode, kind: input.kind, bank_name: input.bankName, bank_account: input.accountNumber, created_by: actor.userId, created_at: now })
      .returningAll()
      .executeTakeFirstOrThrow();
    await recordAudit(trx, deps, actor, {
      action: 'institution.create',
      entityType: 'institution',
      entityId: r.id,
      areaCode: r.area_code,
      newValue: { name: r.name, kind: r.kind, bankName: r.bank_name, account: maskBankAccount(r.bank_account) },
    });
    return r;
  });
  return institutionView(row);
}
