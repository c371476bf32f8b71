import type { Insertable, Selectable } from 'kysely';
import type {
  CaregiverAgreementTable,
  CaregiverAssessmentTable,
  CaregiverLeaveTable,
  CaregiverLogTable,
  CaregiverPayLineTable,
  CaregiverPayrollTable,
  CaregiverTable,
  DbOrTrx,
  Trx,
} from '../../db/types.ts';

export type CaregiverRow = Selectable<CaregiverTable>;
export type AgreementRow = Selectable<CaregiverAgreementTable>;
export type PayrollRow = Selectable<CaregiverPayrollTable>;
export type PayLineRow = Selectable<CaregiverPayLineTable>;

const within = (scope: string) => `${scope}%`;

export async function findCaregiver(db: DbOrTrx, id: number) {
  return db.selectFrom('caregivers').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function caregiverByIdNumber(db: DbOrTrx, idNumber: string) {
  return db.selectFrom('caregivers').select(['id', 'name']).where('id_number', '=', idNumber).executeTakeFirst();
}

export async function insertCaregiver(trx: Trx, row: Insertable<CaregiverTable>): Promise<CaregiverRow> {
  return trx.insertInto('caregivers').values(row).returningAll().executeTakeFirstOrThrow();
}

export async function listCaregivers(db: DbOrTrx, o: { scope: string; offset: number; limit: number }) {
  const q = db.selectFrom('caregivers').where('area_code', 'like', within(o.scope));
  const [rows, total] = await Promise.all([
    q.selectAll().orderBy('id', 'desc').offset(o.offset).limit(o.limit).execute(),
    q.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
  ]);
  return { rows, total: Number(total.n) };
}

const agreementSelect = (db: DbOrTrx) =>
  db
    .selectFrom('caregiver_agreements as a')
    .innerJoin('caregivers as g', 'g.id', 'a.caregiver_id')
    .innerJoin('persons as p', 'p.id', 'a.person_id')
    .selectAll('a')
    .select(['g.name as caregiver_name', 'p.name as person_name'])
    .select((eb) => eb.selectFrom('caregiver_logs as l').select((e2) => e2.fn.countAll<number>().as('n')).whereRef('l.agreement_id', '=', 'a.id').as('log_count'))
    .select((eb) => eb.selectFrom('caregiver_assessments as s').select('s.month').whereRef('s.agreement_id', '=', 'a.id').orderBy('s.month', 'desc').limit(1).as('last_month'))
    .select((eb) => eb.selectFrom('caregiver_assessments as s').select('s.score').whereRef('s.agreement_id', '=', 'a.id').orderBy('s.month', 'desc').limit(1).as('last_score'));

export type AgreementListRow = NonNullable<Awaited<ReturnType<typeof findAgreement>>>;

export async function findAgreement(db: DbOrTrx, id: number) {
  return agreementSelect(db).where('a.id', '=', id).executeTakeFirst();
}

export async function insertAgreement(trx: Trx, row: Insertable<CaregiverAgreementTable>): Promise<number> {
  return (await trx.insertInto('caregiver_agreements').values(row).returning('id').executeTakeFirstOrThrow()).id;
}

export async function listAgreements(db: DbOrTrx, o: { scope: string; caregiverId?: number | undefined; offset: number; limit: number }) {
  let q = db.selectFrom('caregiver_agreements as a').where('a.area_code', 'like', within(o.scope));
  let rowsQ = agreementSelect(db).where('a.area_code', 'like', within(o.scope));
  if (o.caregiverId) {
    q = q.where('a.caregiver_id', '=', o.caregiverId);
    rowsQ = rowsQ.where('a.caregiver_id', '=', o.caregiverId);
  }
  const [rows, total] = await Promise.all([
    rowsQ.orderBy('a.id', 'desc').offset(o.offset).limit(o.limit).execute(),
    q.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
  ]);
  return { rows, total: Number(total.n) };
}

export async function logOn(db: DbOrTrx, agreementId: number, date: string) {
  return db.selectFrom('caregiver_logs').select('id').where('agreement_id', '=', agreementId).where('logged_on', '=', date).executeTakeFirst();
}

export async function insertLog(trx: Trx, row: Insertable<CaregiverLogTable>) {
  return trx.insertInto('caregiver_logs').values(row).returningAll().executeTakeFirstOrThrow();
}

export async function logsOf(db: DbOrTrx, agreementId: number) {
  return db
    .selectFrom('caregiver_logs as l')
    .innerJoin('caregivers as g', 'g.id', 'l.caregiver_id')
    .selectAll('l')
    .select('g.name as caregiver_name')
    .where('l.agreement_id', '=', agreementId)
    .orderBy('l.logged_on', 'desc')
    .limit(200)
    .execute();
}

export async function leavesOf(db: DbOrTrx, agreementIds: number[]) {
  if (agreementIds.length === 0) return [];
  return db.selectFrom('caregiver_leaves').selectAll().where('agreement_id', 'in', agreementIds).orderBy('id').execute();
}

export async function insertLeave(trx: Trx, row: Insertable<CaregiverLeaveTable>) {
  return trx.insertInto('caregiver_leaves').values(row).returningAll().executeTakeFirstOrThrow();
}

export async function assessmentFor(db: DbOrTrx, agreementId: number, month: string) {
  return db.selectFrom('caregiver_assessments').select('id').where('agreement_id', '=', agreementId).where('month', '=', month).executeTakeFirst();
}

export async function insertCaregiverAssessment(trx: Trx, row: Insertable<CaregiverAssessmentTable>) {
  return trx.insertInto('caregiver_assessments').values(row).returningAll().executeTakeFirstOrThrow();
}

/** The agreements of the area in force some day of the month, with the month's assessment score. */
export async function agreementsInMonth(db: DbOrTrx, scope: string, firstDay: string, lastDay: string, month: string) {
  return db
    .selectFrom('caregiver_agreements as a')
    .innerJoin('caregivers as g', 'g.id', 'a.caregiver_id')
    .innerJoin('persons as p', 'p.id', 'a.person_id')
    .leftJoin('caregiver_assessments as s', (j) => j.onRef('s.agreement_id', '=', 'a.id').on('s.month', '=', month))
    .selectAll('a')
    .select(['g.name as caregiver_name', 'p.name as person_name', 's.score'])
    .where('a.area_code', 'like', within(scope))
    .where('a.starts_on', '<=', lastDay)
    .where('a.ends_on', '>=', firstDay)
    .orderBy('a.id')
    .execute();
}

export async function caregiversByIds(db: DbOrTrx, ids: number[]) {
  if (ids.length === 0) return new Map<number, CaregiverRow>();
  const rows = await db.selectFrom('caregivers').selectAll().where('id', 'in', ids).execute();
  return new Map(rows.map((r) => [r.id, r]));
}

export async function findPayroll(db: DbOrTrx, id: number) {
  return db.selectFrom('caregiver_payrolls').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function payrollByKey(db: DbOrTrx, areaCode: string, month: string) {
  return db.selectFrom('caregiver_payrolls').selectAll().where('area_code', '=', areaCode).where('month', '=', month).executeTakeFirst();
}

/** Claims the area's month: a second preparation (or a racing one) inserts nothing and finds the first. */
export async function claimPayroll(trx: Trx, row: Insertable<CaregiverPayrollTable>): Promise<PayrollRow | undefined> {
  return trx
    .insertInto('caregiver_payrolls')
    .values(row)
    .onConflict((oc) => oc.columns(['area_code', 'month']).doNothing())
    .returningAll()
    .executeTakeFirst();
}

export async function insertPayLines(trx: Trx, rows: Insertable<CaregiverPayLineTable>[]) {
  for (let i = 0; i < rows.length; i += 200) await trx.insertInto('caregiver_pay_lines').values(rows.slice(i, i + 200)).execute();
}

export async function payLines(db: DbOrTrx, payrollId: number) {
  return db.selectFrom('caregiver_pay_lines').selectAll().where('payroll_id', '=', payrollId).orderBy('id').execute();
}

export async function listPayrolls(db: DbOrTrx, o: { scope: string; offset: number; limit: number }) {
  const q = db.selectFrom('caregiver_payrolls').where('area_code', 'like', within(o.scope));
  const [rows, total] = await Promise.all([
    q.selectAll().orderBy('month', 'desc').orderBy('id', 'desc').offset(o.offset).limit(o.limit).execute(),
    q.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
  ]);
  return { rows, total: Number(total.n) };
}
