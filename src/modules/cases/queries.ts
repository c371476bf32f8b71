import { sql, type Selectable } from 'kysely';
import { ENTITLED_FLAG, PRIORITY_PROGRAMS } from '../../domain/welfare/veterans.ts';
import type { ApplicationTable, DbOrTrx, Trx } from '../../db/types.ts';

export type ApplicationRow = Selectable<ApplicationTable>;

export async function findApplication(db: DbOrTrx, id: number): Promise<ApplicationRow | undefined> {
  return db.selectFrom('applications').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function openApplicationFor(db: DbOrTrx, householdId: number, program: string): Promise<ApplicationRow | undefined> {
  return db
    .selectFrom('applications')
    .selectAll()
    .where('household_id', '=', householdId)
    .where('program', '=', program)
    .where('state', 'not in', ['approved', 'rejected', 'withdrawn'])
    .executeTakeFirst();
}

export async function insertApplication(trx: Trx, row: Omit<ApplicationRow, 'id'>): Promise<ApplicationRow> {
  return trx.insertInto('applications').values(row).returningAll().executeTakeFirstOrThrow();
}

/** Optimistic: only if the state is still the one the decision was made on. */
export async function updateApplication(trx: Trx, id: number, expectedState: string, patch: Partial<Omit<ApplicationRow, 'id'>>): Promise<boolean> {
  const r = await trx
    .updateTable('applications')
    .set((eb) => ({ ...patch, version: eb('version', '+', 1) }))
    .where('id', '=', id)
    .where('state', '=', expectedState)
    .executeTakeFirst();
  return Number(r.numUpdatedRows) === 1;
}

export async function insertEvent(
  trx: Trx,
  e: { applicationId: number; at: string; actorId: number | null; actorUsername: string | null; action: string; fromState: string | null; toState: string; comment: string | null; data: unknown },
): Promise<void> {
  await trx
    .insertInto('case_events')
    .values({
      application_id: e.applicationId,
      at: e.at,
      actor_id: e.actorId,
      actor_username: e.actorUsername,
      action: e.action,
      from_state: e.fromState,
      to_state: e.toState,
      comment: e.comment,
      data: e.data === undefined || e.data === null ? null : JSON.stringify(e.data),
    })
    .execute();
}

/** A case's events, oldest first, with the acting user's name as staff know them (not the login). */
export async function eventsOf(db: DbOrTrx, applicationId: number) {
  return db
    .selectFrom('case_events as e')
    .leftJoin('users as u', 'u.id', 'e.actor_id')
    .selectAll('e')
    .select('u.display_name as actor_name')
    .where('e.application_id', '=', applicationId)
    .orderBy('e.id')
    .execute();
}

/** The head of the household and the person applied for (person-based programs), by name. */
export async function caseNames(db: DbOrTrx, householdId: number, subjectPersonId: number | null) {
  const rows = await db
    .selectFrom('persons')
    .select(['id', 'name', 'relation'])
    .where((eb) => eb.or([eb.and([eb('household_id', '=', householdId), eb('relation', '=', 'head')]), eb('id', '=', subjectPersonId ?? -1)]))
    .execute();
  return { headName: rows.find((r) => r.relation === 'head')?.name ?? null, subjectName: rows.find((r) => r.id === subjectPersonId)?.name ?? null };
}

export async function recordsOf(db: DbOrTrx, applicationId: number) {
  return db.selectFrom('case_records').selectAll().where('application_id', '=', applicationId).orderBy('id').execute();
}

export async function insertRecord(
  trx: Trx,
  r: { applicationId: number; kind: string; happenedOn: string; staffCount: number; data: unknown; createdBy: number; createdAt: string },
) {
  return trx
    .insertInto('case_records')
    .values({
      application_id: r.applicationId,
      kind: r.kind,
      happened_on: r.happenedOn,
      staff_count: r.staffCount,
      data: JSON.stringify(r.data),
      created_by: r.createdBy,
      created_at: r.createdAt,
    })
    .returningAll()
    .executeTakeFirstOrThrow();
}

/** The case's latest notice (the round now or last up). */
export async function noticeOf(db: DbOrTrx, applicationId: number) {
  return db.selectFrom('public_notices').selectAll().where('application_id', '=', applicationId).orderBy('id', 'desc').executeTakeFirst();
}

/** Every round of the case's notices, in order (三榜公示). */
export async function noticesOf(db: DbOrTrx, applicationId: number) {
  return db.selectFrom('public_notices').selectAll().where('application_id', '=', applicationId).orderBy('id').execute();
}

export async function areaNames(db: DbOrTrx, codes: string[]): Promise<Map<string, string>> {
  const rows = await db.selectFrom('areas').select(['code', 'name']).where('code', 'in', [...new Set(codes)]).execute();
  return new Map(rows.map((r) => [r.code, r.name]));
}

export async function objectionsOf(db: DbOrTrx, applicationId: number) {
  return db.selectFrom('objections').selectAll().where('application_id', '=', applicationId).orderBy('id').execute();
}

export async function relativesMatching(db: DbOrTrx, idNumbers: string[]) {
  if (idNumbers.length === 0) return [];
  return db.selectFrom('staff_relatives').selectAll().where('relative_id_number', 'in', idNumbers).execute();
}

/** States in which a case is finished; the list shows the open ones first. */
const CLOSED_STATES = ['approved', 'rejected', 'withdrawn'];

/**
 * Cases in an area (or received at a street window), with the household head for display:
 * open cases first, 优抚对象 first among them, each group by due date. `name` keeps the cases of a household in which a
 * member's name, its pinyin or its initials start with it (张丽, zhangli, zl).
 */
export async function casesInScope(db: DbOrTrx, scope: string, states: string[] | null, limit: number, name?: string) {
  let q = db
    .selectFrom('applications as a')
    .innerJoin('households as h', 'h.id', 'a.household_id')
    .leftJoin('persons as head', 'head.id', 'h.head_person_id')
    .innerJoin('areas as ar', 'ar.code', 'a.area_code')
    .select([
      'a.id',
      'a.program',
      'a.state',
      'a.area_code',
      'ar.name as area_name',
      'a.accepted_on',
      'a.due_on',
      'a.relative_flagged',
      'a.household_id',
      'head.name as head_name',
      'a.calculated_amount',
      'a.receiving_street_code',
      'a.investigation_due_on',
      'a.investigation_started_on',
      // 优先: a dibao, tekun or temporary case of a household with a living 优抚对象 (the
      // registry flag the entitled-groups register sets) is handled first (seed 002).
      (eb) =>
        eb
          .case()
          .when(
            eb.and([
              eb('a.program', 'in', [...PRIORITY_PROGRAMS]),
              eb.exists(
                eb
                  .selectFrom('persons as pf')
                  .select('pf.id')
                  .whereRef('pf.household_id', '=', 'a.household_id')
                  .where('pf.life_status', '=', 'alive')
                  .where(sql<string>`',' || pf.flags || ','`, 'like', `%,${ENTITLED_FLAG},%`),
              ),
            ]),
          )
          .then(1)
          .else(0)
          .end()
          .as('priority'),
    ])
    .where((eb) => eb.or([eb('a.area_code', 'like', `${scope}%`), eb('a.receiving_street_code', '=', scope)]));
  if (states) q = q.where('a.state', 'in', states);
  if (name?.trim()) {
    const typed = escapeLike(name.trim());
    // Nothing left of what was typed (only % or _): no name matches it.
    if (!typed) return [];
    const lower = typed.toLowerCase().replace(/\s+/g, '');
    q = q.where((eb) =>
      eb.exists(
        eb
          .selectFrom('persons as p')
          .select('p.id')
          .whereRef('p.household_id', '=', 'a.household_id')
          .where((w) => w.or([w('p.name', 'like', `%${typed}%`), w('p.name_pinyin', 'like', `${lower}%`), w('p.name_initials', 'like', `${lower}%`)])),
      ),
    );
  }
  return q
    .orderBy((eb) => eb.case().when('a.state', 'in', CLOSED_STATES).then(1).else(0).end())
    .orderBy('priority', 'desc')
    .orderBy('a.due_on')
    .orderBy('a.id')
    .limit(limit)
    .execute();
}

export async function householdIsUrban(db: DbOrTrx, householdId: number): Promise<boolean> {
  const h = await db.selectFrom('households').select('urban_rural').where('id', '=', householdId).executeTakeFirst();
  return h?.urban_rural !== 'rural';
}

/**
 * The temporary grants confirmed for a household in a calendar year (China time), other than
 * `exceptId`: the sum the yearly cap compares with. Confirmation is the 'confirm' event.
 */
export async function temporaryGrantedInYear(db: DbOrTrx, householdId: number, year: number, exceptId: number): Promise<number> {
  // Beijing midnight of 1 January is 16:00 UTC the day before; events are stored in UTC.
  const from = `${year - 1}-12-31T16:00:00.000Z`;
  const to = `${year}-12-31T16:00:00.000Z`;
  const row = await db
    .selectFrom('applications as a')
    .innerJoin('case_events as e', 'e.application_id', 'a.id')
    .select((eb) => eb.fn.sum<string | number | null>('a.calculated_amount').as('total'))
    .where('a.household_id', '=', householdId)
    .where('a.program', '=', 'temporary')
    .where('a.state', '=', 'approved')
    .where('a.id', '<>', exceptId)
    .where('e.action', '=', 'confirm')
    .where('e.at', '>=', from)
    .where('e.at', '<', to)
    .executeTakeFirst();
  return Number(row?.total ?? 0);
}

/** A typed name inside LIKE: its % and _ (never part of a name) are dropped, not wildcards. */
function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, '');
}
