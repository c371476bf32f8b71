import { randomUUID } from 'node:crypto';
import type { Insertable, Selectable } from 'kysely';
import type { AbilityAssessmentTable, DbOrTrx, EmergencyAlarmTable, EmergencyDeviceTable, SeniorCardTable, Trx } from '../../db/types.ts';

export type CardRow = Selectable<SeniorCardTable>;
export type AssessmentRow = Selectable<AbilityAssessmentTable>;
export type DeviceRow = Selectable<EmergencyDeviceTable>;
export type AlarmRow = Selectable<EmergencyAlarmTable>;

const within = (scope: string) => `${scope}%`;

// ── 老年证 ──
export async function findCard(db: DbOrTrx, id: number) {
  return db.selectFrom('senior_cards as c').innerJoin('persons as p', 'p.id', 'c.person_id').selectAll('c').select(['p.name as person_name', 'p.birth_date']).where('c.id', '=', id).executeTakeFirst();
}

export async function validCardOf(db: DbOrTrx, personId: number, kind: string) {
  return db.selectFrom('senior_cards').selectAll().where('person_id', '=', personId).where('kind', '=', kind).where('status', '=', 'valid').executeTakeFirst();
}

/** Inserted with a placeholder number (unique per row), then numbered from its id. */
export async function insertCard(trx: Trx, row: Omit<Insertable<SeniorCardTable>, 'number'>, numberOf: (id: number) => string): Promise<CardRow> {
  // Within the column's 32 characters (PostgreSQL enforces varchar lengths; SQLite does not).
  const placeholder = `t${randomUUID().replace(/-/g, '').slice(0, 31)}`;
  const inserted = await trx.insertInto('senior_cards').values({ ...row, number: placeholder }).returning('id').executeTakeFirstOrThrow();
  return trx.updateTable('senior_cards').set({ number: numberOf(inserted.id) }).where('id', '=', inserted.id).returningAll().executeTakeFirstOrThrow();
}

export async function voidCard(trx: Trx, id: number, replacedBy: number, on: string): Promise<boolean> {
  const r = await trx.updateTable('senior_cards').set({ status: 'void', replaced_by: replacedBy, voided_on: on }).where('id', '=', id).where('status', '=', 'valid').executeTakeFirst();
  return Number(r.numUpdatedRows) === 1;
}

export async function listCards(db: DbOrTrx, o: { scope: string; kind?: string | undefined; status?: string | undefined; personId?: number | undefined; offset: number; limit: number }) {
  let q = db.selectFrom('senior_cards as c').innerJoin('persons as p', 'p.id', 'c.person_id').where('c.area_code', 'like', within(o.scope));
  if (o.kind) q = q.where('c.kind', '=', o.kind);
  if (o.status) q = q.where('c.status', '=', o.status);
  if (o.personId) q = q.where('c.person_id', '=', o.personId);
  const [rows, total] = await Promise.all([
    q.selectAll('c').select(['p.name as person_name', 'p.birth_date']).orderBy('c.id', 'desc').offset(o.offset).limit(o.limit).execute(),
    q.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
  ]);
  return { rows, total: Number(total.n) };
}

// ── 能力评估 ──
export async function insertAssessment(trx: Trx, row: Insertable<AbilityAssessmentTable>): Promise<AssessmentRow> {
  return trx.insertInto('ability_assessments').values(row).returningAll().executeTakeFirstOrThrow();
}

export async function listAssessments(db: DbOrTrx, o: { scope: string; personId?: number | undefined; offset: number; limit: number }) {
  let q = db.selectFrom('ability_assessments as a').innerJoin('persons as p', 'p.id', 'a.person_id').where('a.area_code', 'like', within(o.scope));
  if (o.personId) q = q.where('a.person_id', '=', o.personId);
  const [rows, total] = await Promise.all([
    q.selectAll('a').select('p.name as person_name').orderBy('a.assessed_on', 'desc').orderBy('a.id', 'desc').offset(o.offset).limit(o.limit).execute(),
    q.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
  ]);
  return { rows, total: Number(total.n) };
}

// ── 电子保姆 ──
export async function deviceByNumber(db: DbOrTrx, number: string) {
  return db.selectFrom('emergency_devices').select('id').where('device_number', '=', number).executeTakeFirst();
}

export async function findDevice(db: DbOrTrx, id: number) {
  return db.selectFrom('emergency_devices as d').innerJoin('persons as p', 'p.id', 'd.person_id').selectAll('d').select('p.name as person_name').where('d.id', '=', id).executeTakeFirst();
}

export async function insertDevice(trx: Trx, row: Insertable<EmergencyDeviceTable>): Promise<DeviceRow> {
  return trx.insertInto('emergency_devices').values(row).returningAll().executeTakeFirstOrThrow();
}

export async function listDevices(db: DbOrTrx, o: { scope: string; personId?: number | undefined; offset: number; limit: number }) {
  let q = db.selectFrom('emergency_devices as d').innerJoin('persons as p', 'p.id', 'd.person_id').where('d.area_code', 'like', within(o.scope));
  if (o.personId) q = q.where('d.person_id', '=', o.personId);
  const [rows, total] = await Promise.all([
    q
      .selectAll('d')
      .select('p.name as person_name')
      .select((eb) =>
        eb
          .selectFrom('emergency_alarms as a')
          .select((e2) => e2.fn.countAll<number>().as('n'))
          .whereRef('a.device_id', '=', 'd.id')
          .where('a.status', '=', 'open')
          .as('open_alarms'),
      )
      .orderBy('d.id', 'desc')
      .offset(o.offset)
      .limit(o.limit)
      .execute(),
    q.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
  ]);
  return { rows, total: Number(total.n) };
}

export async function insertAlarm(trx: Trx, row: Insertable<EmergencyAlarmTable>): Promise<AlarmRow> {
  return trx.insertInto('emergency_alarms').values(row).returningAll().executeTakeFirstOrThrow();
}

export async function findAlarm(db: DbOrTrx, id: number) {
  return db
    .selectFrom('emergency_alarms as a')
    .innerJoin('emergency_devices as d', 'd.id', 'a.device_id')
    .innerJoin('persons as p', 'p.id', 'a.person_id')
    .selectAll('a')
    .select(['d.device_number', 'p.name as person_name'])
    .where('a.id', '=', id)
    .executeTakeFirst();
}

/** Closes an open alarm; false when another response closed it first. */
export async function closeAlarm(trx: Trx, id: number, r: { responder: string; responded_at: string; outcome: string; note: string | null; responded_by: number }): Promise<boolean> {
  const u = await trx.updateTable('emergency_alarms').set({ ...r, status: 'closed' }).where('id', '=', id).where('status', '=', 'open').executeTakeFirst();
  return Number(u.numUpdatedRows) === 1;
}

export async function listAlarms(db: DbOrTrx, o: { scope: string; status?: string | undefined; deviceId?: number | undefined; offset: number; limit: number }) {
  let q = db
    .selectFrom('emergency_alarms as a')
    .innerJoin('emergency_devices as d', 'd.id', 'a.device_id')
    .innerJoin('persons as p', 'p.id', 'a.person_id')
    .where('a.area_code', 'like', within(o.scope));
  if (o.status) q = q.where('a.status', '=', o.status);
  if (o.deviceId) q = q.where('a.device_id', '=', o.deviceId);
  const [rows, total] = await Promise.all([
    q.selectAll('a').select(['d.device_number', 'p.name as person_name']).orderBy('a.raised_at', 'desc').orderBy('a.id', 'desc').offset(o.offset).limit(o.limit).execute(),
    q.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
  ]);
  return { rows, total: Number(total.n) };
}
