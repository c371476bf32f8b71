import { nowIso } from '../../clock.ts';
import type { DbOrTrx } from '../../db/types.ts';
import type { Deps } from '../../deps.ts';
import { assertAreaWritable, type Actor } from '../../domain/actor.ts';
import { monthOf } from '../../domain/calendar.ts';
import type { PaymentPeriod } from '../../domain/policy.ts';
import { DomainError } from '../../domain/errors.ts';
import { parseIdNumber } from '../../domain/id-number.ts';
import { evaluateLocalProgram, isLocalProgram, type LocalProgramDefinition, type LocalProgramResult, type LocalProgramRules, localProgramRulesSchema } from '../../domain/programs/local.ts';
import { PROGRAM_NAMES } from '../../domain/programs/names.ts';
import { findArea } from '../areas/service.ts';
import { recordAudit } from '../audit/service.ts';
import { enrolmentsInMonth } from '../payments/service.ts';
import { meansTestData } from '../registry/service.ts';
import * as q from './queries.ts';
import type { LocalProgramUpdate, LocalProgramView, NewLocalProgram } from './schema.ts';

export { isLocalProgram } from '../../domain/programs/local.ts';

function view(r: q.LocalProgramRow & { area_name?: string | null }): LocalProgramView {
  return {
    id: r.id,
    code: r.code,
    name: r.name,
    areaCode: r.area_code,
    areaName: r.area_name ?? null,
    subject: r.subject,
    amountBasis: r.amount_basis,
    amount: Number(r.amount),
    kind: r.kind,
    paymentPeriod: r.payment_period as PaymentPeriod,
    effectiveFrom: r.effective_from,
    effectiveTo: r.effective_to,
    active: r.active === 1,
    // stored rules may predate a rule field: parsing fills its default, as the request schema would
    rules: localProgramRulesSchema.parse(JSON.parse(r.rules)),
    description: r.description,
    version: r.version,
    createdAt: r.created_at,
    updatedAt: r.updated_at,
  };
}

/** Only the administrator defines programs (DOMAIN.md §1: users, areas, policies). */
function assertAdmin(actor: Actor): void {
  if (actor.role !== 'admin') throw new DomainError('forbidden', 'local_program_admin_only');
}

async function assertDefinitionArea(db: DbOrTrx, actor: Actor, areaCode: string): Promise<void> {
  assertAreaWritable(actor, areaCode);
  // A district must be on file; a city (4 digits) is the prefix of the districts below it.
  if (areaCode.length === 6 && !(await findArea(db, areaCode))) throw new DomainError('not_found', 'area_not_found', { field: 'areaCode', params: { areaCode } });
}

function columnsOf(input: Omit<NewLocalProgram, 'code'>) {
  return {
    name: input.name,
    area_code: input.areaCode,
    subject: input.subject,
    amount_basis: input.amountBasis,
    amount: input.amount,
    kind: input.kind,
    payment_period: input.paymentPeriod,
    effective_from: input.effectiveFrom,
    effective_to: input.effectiveTo,
    active: input.active ? 1 : 0,
    rules: JSON.stringify(input.rules),
    description: input.description,
  };
}

/** The programs of the actor's area: those that apply to it (defined above) and those defined in it. */
export async function listLocalPrograms(deps: Deps, actor: Actor, query: { appliesTo?: string | undefined; activeOnly?: string | undefined }) {
  // A street window takes applications for any household of its district (一门受理): it may ask
  // what applies anywhere in the district; definitions are not personal data.
  const scope = actor.areaCode.slice(0, 6);
  if (query.appliesTo && !query.appliesTo.startsWith(scope) && !actor.areaCode.startsWith(query.appliesTo)) {
    throw new DomainError('forbidden', 'area_out_of_scope', { field: 'appliesTo', params: { areaCode: query.appliesTo } });
  }
  const rows = await q.listVisible(deps.db, actor.areaCode, { appliesTo: query.appliesTo, activeOnly: query.activeOnly === 'true' });
  return { items: rows.map(view) };
}

export async function createLocalProgram(deps: Deps, actor: Actor, input: NewLocalProgram): Promise<LocalProgramView> {
  assertAdmin(actor);
  await assertDefinitionArea(deps.db, actor, input.areaCode);
  const now = nowIso(deps.clock);
  return deps.db.transaction().execute(async (trx) => {
    if (await q.findByCode(trx, input.code)) throw new DomainError('conflict', 'local_program_code_taken', { field: 'code', params: { code: input.code } });
    const row = await q.insert(trx, { code: input.code, ...columnsOf(input), version: 1, created_by: actor.userId, created_at: now, updated_at: now });
    await recordAudit(trx, deps, actor, { action: 'local_program.create', entityType: 'local_program', entityId: row.id, areaCode: row.area_code, newValue: view(row) });
    return view({ ...row, area_name: (await findArea(trx, row.area_code))?.name ?? null });
  });
}

export async function updateLocalProgram(deps: Deps, actor: Actor, id: number, input: LocalProgramUpdate): Promise<LocalProgramView> {
  assertAdmin(actor);
  const before = await q.findById(deps.db, id);
  if (!before || !before.area_code.startsWith(actor.areaCode)) throw new DomainError('not_found', 'local_program_not_found', { params: { id } });
  await assertDefinitionArea(deps.db, actor, input.areaCode);
  const now = nowIso(deps.clock);
  return deps.db.transaction().execute(async (trx) => {
    if (!(await q.update(trx, id, input.version, { ...columnsOf(input), updated_at: now }))) {
      throw new DomainError('conflict', 'local_program_changed_meanwhile', { field: 'version', params: { id } });
    }
    const after = (await q.findById(trx, id))!;
    await recordAudit(trx, deps, actor, { action: 'local_program.update', entityType: 'local_program', entityId: id, areaCode: after.area_code, oldValue: view(before), newValue: view(after) });
    return view({ ...after, area_name: (await findArea(trx, after.area_code))?.name ?? null });
  });
}

/**
 * A local program asked for in an area (an application, a payroll): it must exist and reach the
 * area — defined at it or above it, or (a payroll of a whole district) below it.
 */
export async function localProgramFor(db: DbOrTrx, code: string, areaCode: string, opts: { below?: boolean } = {}): Promise<LocalProgramDefinition & { paymentPeriod: string }> {
  const row = await q.findByCode(db, code);
  const reaches = row && (areaCode.startsWith(row.area_code) || (opts.below === true && row.area_code.startsWith(areaCode)));
  if (!row || !reaches) throw new DomainError('unprocessable', 'local_program_not_applicable', { field: 'program', params: { program: code, areaCode } });
  return { ...q.definitionFromRow(row), paymentPeriod: row.payment_period };
}

/** Program names for display: the built-in ones and the local definitions among `codes`. */
export async function programNames(db: DbOrTrx, codes: Iterable<string>): Promise<Record<string, string>> {
  const all = [...new Set(codes)];
  const local = await q.namesOf(db, all.filter(isLocalProgram));
  return Object.fromEntries(all.map((c) => [c, PROGRAM_NAMES[c] ?? local.get(c) ?? c]));
}

export async function programName(db: DbOrTrx, code: string): Promise<string> {
  return (await programNames(db, [code]))[code] ?? code;
}

/**
 * A local program for a registered household on a date: the registry's members (birth date and
 * sex from the ID number), the household's enrolments paying that month or confirmed to start,
 * and the definition — the pure rules decide.
 */
export async function evaluateLocalForHousehold(
  deps: Deps,
  actor: Actor,
  input: { code: string; householdId: number; subjectPersonId: number | null; asOf: string },
): Promise<LocalProgramResult & { memberNames: string[] }> {
  const data = await meansTestData(deps.db, actor, input.householdId);
  const def = await localProgramFor(deps.db, input.code, data.areaCode);
  const enrolments = await enrolmentsInMonth(deps.db, input.householdId, monthOf(input.asOf));
  const result = evaluateLocalProgram(def, {
    asOf: input.asOf,
    household: {
      areaCode: data.areaCode,
      urban: data.urban,
      members: data.members.map((m) => {
        const id = parseIdNumber(m.idNumber);
        if (!id.ok) throw new DomainError('unprocessable', 'id_number_invalid', { params: { problem: id.problem } });
        return { personId: m.personId, birthDate: id.value.birthDate, sex: id.value.sex, disability: m.disability, flags: m.flags, inPrison: m.inPrison };
      }),
    },
    subjectPersonId: def.subject === 'person' ? input.subjectPersonId : null,
    enrolments: enrolments.map((e) => ({ program: e.program, personId: e.personId })),
  });
  return { ...result, memberNames: data.members.map((m) => m.name) };
}
