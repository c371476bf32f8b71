import type { Insertable, Selectable } from 'kysely';
import type { DbOrTrx, DisabilityCertificateTable, DisabilityServiceTable, EmploymentBaseTable, Trx } from '../../db/types.ts';

export type CertificateRow = Selectable<DisabilityCertificateTable>;
export type ServiceRow = Selectable<DisabilityServiceTable>;
export type BaseRow = Selectable<EmploymentBaseTable>;

export async function certificateOf(db: DbOrTrx, personId: number) {
  return db.selectFrom('disability_certificates').selectAll().where('person_id', '=', personId).orderBy('id', 'desc').executeTakeFirst();
}

export async function certificateByNumber(db: DbOrTrx, number: string) {
  return db.selectFrom('disability_certificates').select(['id', 'person_id']).where('number', '=', number).executeTakeFirst();
}

export async function insertCertificate(trx: Trx, row: Insertable<DisabilityCertificateTable>): Promise<CertificateRow> {
  return trx.insertInto('disability_certificates').values(row).returningAll().executeTakeFirstOrThrow();
}

export async function updateCertificate(trx: Trx, id: number, row: Partial<Insertable<DisabilityCertificateTable>>): Promise<CertificateRow> {
  return trx.updateTable('disability_certificates').set(row).where('id', '=', id).returningAll().executeTakeFirstOrThrow();
}

export async function listCertificates(db: DbOrTrx, o: { scope: string; category?: string | undefined; reviewBy?: string | undefined; offset: number; limit: number }) {
  let q = db
    .selectFrom('disability_certificates as c')
    .innerJoin('persons as p', 'p.id', 'c.person_id')
    .where('c.area_code', 'like', `${o.scope}%`);
  if (o.category) q = q.where('c.category', '=', o.category);
  if (o.reviewBy) q = q.where('c.status', '=', 'valid').where('c.review_on', '<=', o.reviewBy);
  const [rows, total] = await Promise.all([
    q.selectAll('c').select('p.name as person_name').orderBy('c.id', 'desc').offset(o.offset).limit(o.limit).execute(),
    q.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
  ]);
  return { rows, total: Number(total.n) };
}

export async function insertService(trx: Trx, row: Insertable<DisabilityServiceTable>): Promise<ServiceRow> {
  return trx.insertInto('disability_services').values(row).returningAll().executeTakeFirstOrThrow();
}

export async function listServices(db: DbOrTrx, o: { scope: string; kind?: string | undefined; personId?: number | undefined; offset: number; limit: number }) {
  let q = db
    .selectFrom('disability_services as s')
    .innerJoin('persons as p', 'p.id', 's.person_id')
    .where('s.area_code', 'like', `${o.scope}%`);
  if (o.kind) q = q.where('s.kind', '=', o.kind);
  if (o.personId) q = q.where('s.person_id', '=', o.personId);
  const [rows, total] = await Promise.all([
    q.selectAll('s').select('p.name as person_name').orderBy('s.start_on', 'desc').orderBy('s.id', 'desc').offset(o.offset).limit(o.limit).execute(),
    q.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
  ]);
  return { rows, total: Number(total.n) };
}

export async function findBase(db: DbOrTrx, id: number) {
  return db.selectFrom('employment_bases').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function insertBase(trx: Trx, row: Insertable<EmploymentBaseTable>): Promise<BaseRow> {
  return trx.insertInto('employment_bases').values(row).returningAll().executeTakeFirstOrThrow();
}

export async function updateBase(trx: Trx, id: number, row: Partial<Insertable<EmploymentBaseTable>>): Promise<BaseRow> {
  return trx.updateTable('employment_bases').set(row).where('id', '=', id).returningAll().executeTakeFirstOrThrow();
}

export async function listBases(db: DbOrTrx, o: { scope: string; year?: number | undefined; offset: number; limit: number }) {
  let q = db.selectFrom('employment_bases').where('area_code', 'like', `${o.scope}%`);
  if (o.year) q = q.where('year', '=', o.year);
  const [rows, total] = await Promise.all([
    q.selectAll().orderBy('year', 'desc').orderBy('id', 'desc').offset(o.offset).limit(o.limit).execute(),
    q.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
  ]);
  return { rows, total: Number(total.n) };
}

/** 月报: valid certificates at the month's end, issued in the month; services in the month by kind; bases qualified in the year. */
export async function monthCounts(db: DbOrTrx, scope: string, firstDay: string, lastDay: string) {
  const [certs, issued, services, bases] = await Promise.all([
    db.selectFrom('disability_certificates').select((eb) => eb.fn.countAll<number>().as('n')).where('area_code', 'like', `${scope}%`).where('status', '=', 'valid').where('issued_on', '<=', lastDay).executeTakeFirstOrThrow(),
    db.selectFrom('disability_certificates').select((eb) => eb.fn.countAll<number>().as('n')).where('area_code', 'like', `${scope}%`).where('issued_on', '>=', firstDay).where('issued_on', '<=', lastDay).executeTakeFirstOrThrow(),
    db
      .selectFrom('disability_services')
      .select(['kind', (eb) => eb.fn.countAll<number>().as('n'), (eb) => eb.fn.coalesce(eb.fn.sum<number>('amount'), eb.lit(0)).as('amount')])
      .where('area_code', 'like', `${scope}%`)
      .where('start_on', '>=', firstDay)
      .where('start_on', '<=', lastDay)
      .groupBy('kind')
      .execute(),
    db.selectFrom('employment_bases').select((eb) => eb.fn.countAll<number>().as('n')).where('area_code', 'like', `${scope}%`).where('year', '=', Number(firstDay.slice(0, 4))).where('status', '=', 'qualified').executeTakeFirstOrThrow(),
  ]);
  return { certs: Number(certs.n), issued: Number(issued.n), services, bases: Number(bases.n) };
}

/** The month's counts of `monthCounts` per area (community) code, for the report's roll-up. */
export async function monthCountsByArea(db: DbOrTrx, scope: string, firstDay: string, lastDay: string) {
  const like = `${scope}%`;
  const [certs, issued, services, bases] = await Promise.all([
    db.selectFrom('disability_certificates').select(['area_code', (eb) => eb.fn.countAll<number>().as('n')]).where('area_code', 'like', like).where('status', '=', 'valid').where('issued_on', '<=', lastDay).groupBy('area_code').execute(),
    db.selectFrom('disability_certificates').select(['area_code', (eb) => eb.fn.countAll<number>().as('n')]).where('area_code', 'like', like).where('issued_on', '>=', firstDay).where('issued_on', '<=', lastDay).groupBy('area_code').execute(),
    db
      .selectFrom('disability_services')
      .select(['area_code', 'kind', (eb) => eb.fn.countAll<number>().as('n'), (eb) => eb.fn.coalesce(eb.fn.sum<number>('amount'), eb.lit(0)).as('amount')])
      .where('area_code', 'like', like)
      .where('start_on', '>=', firstDay)
      .where('start_on', '<=', lastDay)
      .groupBy(['area_code', 'kind'])
      .execute(),
    db.selectFrom('employment_bases').select(['area_code', (eb) => eb.fn.countAll<number>().as('n')]).where('area_code', 'like', like).where('year', '=', Number(firstDay.slice(0, 4))).where('status', '=', 'qualified').groupBy('area_code').execute(),
  ]);
  return { certs, issued, services, bases };
}
