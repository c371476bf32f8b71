import { sql, type Expression, type ExpressionBuilder, type Insertable, type SqlBool } from 'kysely';
import type { CondolenceDriveTable, Database, DbOrTrx, Trx } from '../../db/types.ts';
import { bornAfter, bornOnOrBefore, type CashBasis, type Coverage, type CoverageClause } from '../../domain/care/condolence.ts';

type PersonScope = ExpressionBuilder<Database & { p: Database['persons']; h: Database['households'] }, 'p' | 'h'>;

/** One clause of the coverage rule as SQL over persons `p` (see domain/care/condolence.ts). */
function clauseSql(eb: PersonScope, clause: CoverageClause, asOf: string): Expression<SqlBool> {
  const parts: Expression<SqlBool>[] = [];
  if (clause.programs) {
    const programs = clause.programs;
    parts.push(
      eb.exists(
        eb
          .selectFrom('enrolments as e')
          .select(sql.lit(1).as('one'))
          .whereRef('e.household_id', '=', 'p.household_id')
          .where('e.status', '=', 'active')
          .where('e.program', 'in', programs)
          .where((w) => w.or([w('e.person_id', 'is', null), w('e.person_id', '=', w.ref('p.id'))])),
      ),
    );
  }
  // Flags are stored comma-separated: any one of the listed flags qualifies.
  if (clause.flags) parts.push(eb.or(clause.flags.map((f) => eb(sql<string>`',' || p.flags || ','`, 'like', `%,${f},%`))));
  if (clause.minAge !== undefined) parts.push(eb('p.birth_date', '<=', bornOnOrBefore(asOf, clause.minAge)));
  if (clause.maxAge !== undefined) parts.push(eb('p.birth_date', '>', bornAfter(asOf, clause.maxAge)));
  if (clause.maxDisabilityGrade !== undefined) parts.push(eb('p.disability_grade', '<=', clause.maxDisabilityGrade));
  return eb.and(parts);
}

/**
 * 生成慰问名单: one line per household of the drive's area with at least one covered person, in one
 * INSERT … SELECT (no row travels through Node, so a district of a million persons is one
 * statement). Cash and goods value are the drive's constants; integers are validated by the
 * schema and inlined as literals so both engines type the select list alike.
 */
export async function buildLines(trx: Trx, d: { driveId: number; areaCode: string; asOf: string; coverage: Coverage; cashBasis: CashBasis; cashAmount: number; goodsValue: number }): Promise<void> {
  const cash =
    d.cashBasis === 'household' ? sql<number>`${sql.lit(d.cashAmount)}` : d.cashBasis === 'person' ? sql<number>`${sql.lit(d.cashAmount)} * count(p.id)` : sql<number>`0`;
  const select = trx
    .selectFrom('persons as p')
    .innerJoin('households as h', 'h.id', 'p.household_id')
    .where('h.status', '=', 'active')
    .where('h.area_code', 'like', `${d.areaCode}%`)
    .where('p.life_status', '=', 'alive')
    .where((eb) => eb.or(d.coverage.map((c) => clauseSql(eb as unknown as PersonScope, c, d.asOf))))
    .groupBy(['h.id', 'h.area_code'])
    .select([
      sql<number>`${sql.lit(d.driveId)}`.as('drive_id'),
      'h.area_code',
      'h.id as household_id',
      sql<number>`count(p.id)`.as('persons'),
      cash.as('cash'),
      sql<number>`${sql.lit(d.goodsValue)}`.as('goods_value'),
      sql<string>`'pending'`.as('status'),
    ]);
  await trx.insertInto('condolence_lines').columns(['drive_id', 'area_code', 'household_id', 'persons', 'cash', 'goods_value', 'status']).expression(select).execute();
}

export async function insertDrive(trx: Trx, row: Insertable<CondolenceDriveTable>): Promise<number> {
  return (await trx.insertInto('condolence_drives').values(row).returning('id').executeTakeFirstOrThrow()).id;
}

export async function insertGoods(trx: Trx, driveId: number, goods: readonly { name: string; unit: string; unitPrice: number; perHousehold: number; stock: number }[]): Promise<void> {
  if (goods.length === 0) return;
  await trx
    .insertInto('condolence_goods')
    .values(goods.map((g) => ({ drive_id: driveId, name: g.name, unit: g.unit, unit_price: g.unitPrice, per_household: g.perHousehold, stock: g.stock })))
    .execute();
}

export async function driveById(db: DbOrTrx, id: number) {
  return db.selectFrom('condolence_drives as d').leftJoin('areas as a', 'a.code', 'd.area_code').selectAll('d').select('a.name as area_name').where('d.id', '=', id).executeTakeFirst();
}
export type DriveRow = NonNullable<Awaited<ReturnType<typeof driveById>>>;

/** Drives the reader takes part in: set in their area or below it, or above it (a district drive reaches each community). */
export async function listDrives(db: DbOrTrx, scope: string, ancestors: readonly string[], offset: number, limit: number) {
  const base = db.selectFrom('condolence_drives as d').where((eb) => eb.or([eb('d.area_code', 'like', `${scope}%`), ...(ancestors.length ? [eb('d.area_code', 'in', ancestors)] : [])]));
  const [rows, total] = await Promise.all([
    base.leftJoin('areas as a', 'a.code', 'd.area_code').selectAll('d').select('a.name as area_name').orderBy('d.as_of', 'desc').orderBy('d.id', 'desc').offset(offset).limit(limit).execute(),
    base.select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow(),
  ]);
  return { rows, total: Number(total.n) };
}

export async function goodsOf(db: DbOrTrx, driveIds: readonly number[]) {
  if (driveIds.length === 0) return [];
  return db.selectFrom('condolence_goods').selectAll().where('drive_id', 'in', driveIds).orderBy('id').execute();
}

export interface LineSums {
  drive_id: number;
  households: number;
  persons: number;
  cash: number;
  goods_value: number;
}

/** 户/人/元 per drive within `scope`, of every line (planned) or only delivered ones. */
export async function lineSums(db: DbOrTrx, driveIds: readonly number[], scope: string, deliveredOnly: boolean): Promise<LineSums[]> {
  if (driveIds.length === 0) return [];
  let q = db.selectFrom('condolence_lines').where('drive_id', 'in', driveIds).where('area_code', 'like', `${scope}%`);
  if (deliveredOnly) q = q.where('status', '=', 'delivered');
  const rows = await q
    .groupBy('drive_id')
    .select((eb) => ['drive_id', eb.fn.countAll().as('households'), eb.fn.sum<number>('persons').as('persons'), eb.fn.sum<number>('cash').as('cash'), eb.fn.sum<number>('goods_value').as('goods_value')])
    .execute();
  // pg returns count and sum as strings
  return rows.map((r) => ({ drive_id: r.drive_id, households: Number(r.households), persons: Number(r.persons ?? 0), cash: Number(r.cash ?? 0), goods_value: Number(r.goods_value ?? 0) }));
}

function linesFiltered(db: DbOrTrx, driveId: number, scope: string, status: string | undefined) {
  let q = db.selectFrom('condolence_lines as l').where('l.drive_id', '=', driveId).where('l.area_code', 'like', `${scope}%`);
  if (status) q = q.where('l.status', '=', status as 'pending' | 'delivered');
  return q;
}

function withNames<Q extends ReturnType<typeof linesFiltered>>(q: Q) {
  return q
    .innerJoin('households as h', 'h.id', 'l.household_id')
    .leftJoin('persons as hp', 'hp.id', 'h.head_person_id')
    .leftJoin('areas as a', 'a.code', 'l.area_code')
    .leftJoin('users as u', 'u.id', 'l.delivered_by')
    .selectAll('l')
    .select(['h.address', 'hp.name as head_name', 'a.name as area_name', 'u.display_name as delivered_by_name']);
}

export async function lineWithNames(db: DbOrTrx, driveId: number, lineId: number) {
  return withNames(db.selectFrom('condolence_lines as l').where('l.drive_id', '=', driveId).where('l.id', '=', lineId)).executeTakeFirstOrThrow();
}

export async function listLines(db: DbOrTrx, driveId: number, scope: string, status: string | undefined, offset: number, limit: number) {
  const [rows, total] = await Promise.all([
    withNames(linesFiltered(db, driveId, scope, status))
      .orderBy('l.area_code')
      .orderBy('l.id')
      .offset(offset)
      .limit(limit)
      .execute(),
    linesFiltered(db, driveId, scope, status).select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow(),
  ]);
  return { rows, total: Number(total.n) };
}

export async function lineById(db: DbOrTrx, driveId: number, lineId: number) {
  return db.selectFrom('condolence_lines').selectAll().where('drive_id', '=', driveId).where('id', '=', lineId).executeTakeFirst();
}

/** Marks a pending line delivered; false when another worker got there first. */
export async function markDelivered(trx: Trx, lineId: number, d: { recipientName: string; deliveredOn: string; deliveredBy: number; signatureRef: string | null; photoRef: string | null; at: string }): Promise<boolean> {
  const r = await trx
    .updateTable('condolence_lines')
    .set({ status: 'delivered', recipient_name: d.recipientName, delivered_on: d.deliveredOn, delivered_by: d.deliveredBy, signature_ref: d.signatureRef, photo_ref: d.photoRef, delivered_at: d.at })
    .where('id', '=', lineId)
    .where('status', '=', 'pending')
    .executeTakeFirst();
  return Number(r.numUpdatedRows) === 1;
}

export async function setDriveStatus(trx: Trx, id: number, status: 'draft' | 'built') {
  await trx.updateTable('condolence_drives').set({ status }).where('id', '=', id).execute();
}

/**
 * Bulk 签收 (the demo's deliveries, a scanned sign-off sheet per community): the pending lines of
 * the drive whose id modulo `of` is `bucket`, on one date, received by the household's head.
 */
export async function markBucketDelivered(trx: Trx, driveId: number, of: number, bucket: number, d: { deliveredOn: string; deliveredBy: number; photoRef: string; at: string }): Promise<number> {
  const r = await trx
    .updateTable('condolence_lines')
    .set((eb) => ({
      status: 'delivered',
      recipient_name: eb.selectFrom('households as h').innerJoin('persons as p', 'p.id', 'h.head_person_id').select('p.name').whereRef('h.id', '=', 'condolence_lines.household_id'),
      delivered_on: d.deliveredOn,
      delivered_by: d.deliveredBy,
      photo_ref: d.photoRef,
      delivered_at: d.at,
    }))
    .where('drive_id', '=', driveId)
    .where('status', '=', 'pending')
    .where(sql<number>`id % ${sql.lit(of)}`, '=', bucket)
    .executeTakeFirst();
  return Number(r.numUpdatedRows);
}

/**
 * The route of each cash line once the drive's payroll is made, set-based: a line of the payroll
 * (its line stands as `enrolment_id = -line id`), already handed over, or withheld for the
 * household's account — none on file, or a holder not identifiable among the members.
 */
export async function markCashRoutes(trx: Trx, driveId: number, payrollId: number): Promise<void> {
  await sql`update condolence_lines set cash_route = case
      when exists (select 1 from payroll_lines pl where pl.payroll_id = ${payrollId} and pl.enrolment_id = -condolence_lines.id) then 'payroll'
      when status = 'delivered' then 'handed_over'
      when exists (select 1 from households h where h.id = condolence_lines.household_id and coalesce(h.bank_account, '') <> '') then 'holder_mismatch'
      else 'no_account' end
    where drive_id = ${driveId} and cash > 0`.execute(trx);
}

export async function setDrivePayroll(trx: Trx, driveId: number, payrollId: number): Promise<void> {
  await trx.updateTable('condolence_drives').set({ payroll_id: payrollId }).where('id', '=', driveId).execute();
}

/** Lines and cash per route of a drive (the whole drive). */
export async function routeSums(db: DbOrTrx, driveId: number) {
  const rows = await db
    .selectFrom('condolence_lines')
    .where('drive_id', '=', driveId)
    .where('cash_route', 'is not', null)
    .groupBy('cash_route')
    .select((eb) => ['cash_route', eb.fn.countAll().as('n'), eb.fn.sum<number>('cash').as('cash')])
    .execute();
  return rows.map((r) => ({ route: r.cash_route!, lines: Number(r.n), cash: Number(r.cash ?? 0) }));
}

/** The lines withheld from the drive's payroll (not handed over, not in the payroll), with names. */
export async function withheldLines(db: DbOrTrx, driveId: number, limit: number) {
  return withNames(db.selectFrom('condolence_lines as l').where('l.drive_id', '=', driveId).where('l.cash_route', 'in', ['no_account', 'holder_mismatch']))
    .orderBy('l.area_code')
    .orderBy('l.id')
    .limit(limit)
    .execute();
}
