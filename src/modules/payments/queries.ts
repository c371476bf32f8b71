import { sql, type Selectable } from 'kysely';
import type {
  DbOrTrx,
  EnrolmentChangeTable,
  EnrolmentTable,
  PaymentAdjustmentTable,
  PayrollLineTable,
  PayrollTable,
  Trx,
} from '../../db/types.ts';
import type { EnrolmentChange } from '../../domain/payments/schedule.ts';

export type EnrolmentRow = Selectable<EnrolmentTable>;
export type ChangeRow = Selectable<EnrolmentChangeTable>;
export type PayrollRow = Selectable<PayrollTable>;
export type LineRow = Selectable<PayrollLineTable>;
export type AdjustmentRow = Selectable<PaymentAdjustmentTable>;

/** Area codes are digits, so a prefix match needs no escaping. */
export const below = (areaCode: string) => `${areaCode}%`;

export function changeFromRow(r: ChangeRow): EnrolmentChange {
  return { id: r.id, kind: r.kind, effectiveMonth: r.effective_month, monthlyAmount: r.monthly_amount === null ? null : Number(r.monthly_amount) };
}

export async function findEnrolment(db: DbOrTrx, id: number): Promise<EnrolmentRow | undefined> {
  return db.selectFrom('enrolments').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function changesOf(db: DbOrTrx, enrolmentId: number): Promise<ChangeRow[]> {
  return db.selectFrom('enrolment_changes').selectAll().where('enrolment_id', '=', enrolmentId).orderBy('effective_month').orderBy('id').execute();
}

export async function changesWithActors(db: DbOrTrx, enrolmentId: number) {
  return db
    .selectFrom('enrolment_changes as c')
    .leftJoin('users as u', 'u.id', 'c.actor_id')
    .selectAll('c')
    .select('u.username')
    .where('c.enrolment_id', '=', enrolmentId)
    .orderBy('c.effective_month')
    .orderBy('c.id')
    .execute();
}

/** Counted members (alive, living here, not in prison) of a household: 保障人数 when the calculation does not say. */
export async function countedMembers(db: DbOrTrx, householdId: number): Promise<number> {
  const r = await db
    .selectFrom('persons')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('household_id', '=', householdId)
    .where('in_prison', '=', 0)
    .where('life_status', '=', 'alive')
    .executeTakeFirstOrThrow();
  return Number(r.n);
}

/** Months already settled for an enrolment: a regular line paid them. */
export async function paidMonths(db: DbOrTrx, enrolmentId: number, from: string): Promise<string[]> {
  const rows = await db
    .selectFrom('payroll_lines')
    .select('for_month')
    .where('enrolment_id', '=', enrolmentId)
    .where('kind', '=', 'regular')
    .where('for_month', '>=', from)
    .execute();
  return rows.map((r) => r.for_month);
}

/** Monthly payrolls that covered an area (the area or one above it) for a program. */
export async function monthlyPayrollsCovering(db: DbOrTrx, program: string, areaCodes: string[]) {
  return db
    .selectFrom('payrolls')
    .select(['id', 'months'])
    .where('kind', '=', 'monthly')
    .where('program', '=', program)
    .where('area_code', 'in', areaCodes)
    .execute();
}

export async function enrolmentList(
  db: DbOrTrx,
  f: { areaCode: string; program?: string | undefined; status?: string | undefined; q?: string | undefined; page: number; pageSize: number },
) {
  let base = db
    .selectFrom('enrolments as e')
    .innerJoin('households as h', 'h.id', 'e.household_id')
    .innerJoin('persons as p', (j) => j.on((eb) => eb('p.id', '=', eb.fn.coalesce('e.person_id', 'h.head_person_id'))))
    .where('e.area_code', 'like', below(f.areaCode));
  if (f.program) base = base.where('e.program', '=', f.program);
  if (f.status) base = base.where('e.status', '=', f.status as EnrolmentRow['status']);
  if (f.q) {
    const q = f.q;
    base = base.where((eb) => eb.or([eb('p.name', 'like', `%${q}%`), eb('p.id_number', 'like', `%${q}`)]));
  }
  const [total, items] = await Promise.all([
    base.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
    base
      .leftJoin('areas as a', 'a.code', 'e.area_code')
      .selectAll('e')
      .select(['p.name as payee_name', 'p.id_number as payee_id_number', 'a.name as area_name'])
      .orderBy('e.id', 'desc')
      .limit(f.pageSize)
      .offset((f.page - 1) * f.pageSize)
      .execute(),
  ]);
  return { total: Number(total.n), items };
}

export async function enrolmentWithPayee(db: DbOrTrx, id: number) {
  return db
    .selectFrom('enrolments as e')
    .innerJoin('households as h', 'h.id', 'e.household_id')
    .leftJoin('persons as p', (j) => j.on((eb) => eb('p.id', '=', eb.fn.coalesce('e.person_id', 'h.head_person_id'))))
    .leftJoin('areas as a', 'a.code', 'e.area_code')
    .selectAll('e')
    .select(['p.name as payee_name', 'p.id_number as payee_id_number', 'a.name as area_name'])
    .where('e.id', '=', id)
    .executeTakeFirst();
}

/** Every change of the given enrolments, for the amount in force now. */
export async function changesOfMany(db: DbOrTrx, ids: number[]): Promise<ChangeRow[]> {
  if (ids.length === 0) return [];
  return db.selectFrom('enrolment_changes').selectAll().where('enrolment_id', 'in', ids).execute();
}

export async function adjustmentsOf(db: DbOrTrx, enrolmentId: number) {
  return db
    .selectFrom('payment_adjustments as a')
    .selectAll('a')
    .select((eb) =>
      eb
        .selectFrom('payroll_lines as l')
        .select(sql<number>`coalesce(sum(abs(l.amount)), 0)`.as('s'))
        .whereRef('l.adjustment_id', '=', 'a.id')
        .as('settled'),
    )
    .where('a.enrolment_id', '=', enrolmentId)
    .orderBy('a.id')
    .execute();
}

export async function paymentsOf(db: DbOrTrx, enrolmentId: number) {
  return db
    .selectFrom('payroll_lines')
    .select(['payroll_id', 'for_month', 'kind', 'amount', 'bank_status'])
    .where('enrolment_id', '=', enrolmentId)
    .orderBy('id', 'desc')
    .limit(120)
    .execute();
}

export async function insertAdjustment(trx: Trx, row: Omit<AdjustmentRow, 'id'>): Promise<AdjustmentRow> {
  return trx.insertInto('payment_adjustments').values(row).returningAll().executeTakeFirstOrThrow();
}

/** Enrolments of these programs in the household not stopped: a register deciding benefits checks it pays nothing twice. */
export async function openEnrolmentsOf(db: DbOrTrx, householdId: number, programs: readonly string[]) {
  if (programs.length === 0) return [];
  return db.selectFrom('enrolments').select(['id', 'program', 'person_id']).where('household_id', '=', householdId).where('program', 'in', programs).where('status', '!=', 'stopped').execute();
}
