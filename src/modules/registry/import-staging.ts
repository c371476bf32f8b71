import type { DbOrTrx, Trx } from '../../db/types.ts';

/** Staged rows of a household import (see migration 0012): Kysely only. */
export interface StagedRow {
  sheet: 'h' | 'm';
  rowNumber: number;
  headKey: string;
  ok: boolean;
  primary: boolean;
  /** The record as JSON text (made by the parse worker), null for a row with a bad cell. */
  payload: string | null;
}

export interface StagedError {
  sheet: string;
  row: number;
  column: string;
  message: string;
}

export async function clearStaging(db: DbOrTrx, jobId: number): Promise<void> {
  await db.deleteFrom('import_rows').where('job_id', '=', jobId).execute();
  await db.deleteFrom('import_errors').where('job_id', '=', jobId).execute();
}

export async function insertStagedRows(trx: Trx, jobId: number, rows: StagedRow[]): Promise<void> {
  for (let i = 0; i < rows.length; i += 500) {
    await trx
      .insertInto('import_rows')
      .values(
        rows.slice(i, i + 500).map((r) => ({
          job_id: jobId,
          sheet: r.sheet,
          row_number: r.rowNumber,
          head_key: r.headKey.slice(0, 40),
          ok: r.ok ? 1 : 0,
          primary_row: r.primary ? 1 : 0,
          payload: r.payload,
        })),
      )
      .execute();
  }
}

/** Appends errors after the `fromSeq - 1` already recorded, keeping the order they were found in. */
export async function insertErrors(trx: DbOrTrx, jobId: number, fromSeq: number, errors: StagedError[]): Promise<void> {
  for (let i = 0; i < errors.length; i += 500) {
    await trx
      .insertInto('import_errors')
      .values(
        errors.slice(i, i + 500).map((e, j) => ({
          job_id: jobId,
          seq: fromSeq + i + j,
          sheet: e.sheet,
          row_number: e.row,
          column_name: e.column.slice(0, 80),
          message: e.message,
        })),
      )
      .execute();
  }
}

export async function errorsOf(db: DbOrTrx, jobId: number): Promise<StagedError[]> {
  const rows = await db.selectFrom('import_errors').select(['sheet', 'row_number', 'column_name', 'message']).where('job_id', '=', jobId).orderBy('seq').execute();
  return rows.map((r) => ({ sheet: r.sheet, row: r.row_number, column: r.column_name, message: r.message }));
}

/** Member rows read cleanly whose head has no cleanly read household row, in sheet order. */
export async function orphanMembers(db: DbOrTrx, jobId: number): Promise<{ rowNumber: number; headKey: string }[]> {
  const rows = await db
    .selectFrom('import_rows as m')
    .select(['m.row_number', 'm.head_key'])
    .where('m.job_id', '=', jobId)
    .where('m.sheet', '=', 'm')
    .where('m.ok', '=', 1)
    // NOT IN over the set of heads (hashed once) rather than a correlated NOT EXISTS, which
    // SQLite ran as a scan per member row: quadratic, minutes at 20,000 households.
    .where('m.head_key', 'not in', (eb) =>
      eb.selectFrom('import_rows as h').select('h.head_key').where('h.job_id', '=', jobId).where('h.sheet', '=', 'h').where('h.ok', '=', 1),
    )
    .orderBy('m.row_number')
    .execute();
  return rows.map((r) => ({ rowNumber: r.row_number, headKey: r.head_key }));
}

/** The next cleanly read household rows after `afterRow`, in sheet order. */
export async function nextHouseholds(db: DbOrTrx, jobId: number, afterRow: number, limit: number) {
  return db
    .selectFrom('import_rows')
    .select(['row_number', 'head_key', 'primary_row', 'payload'])
    .where('job_id', '=', jobId)
    .where('sheet', '=', 'h')
    .where('ok', '=', 1)
    .where('row_number', '>', afterRow)
    .orderBy('row_number')
    .limit(limit)
    .execute();
}

export async function countHouseholdsAfter(db: DbOrTrx, jobId: number, afterRow: number): Promise<number> {
  const r = await db
    .selectFrom('import_rows')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('job_id', '=', jobId)
    .where('sheet', '=', 'h')
    .where('ok', '=', 1)
    .where('row_number', '>', afterRow)
    .executeTakeFirstOrThrow();
  return Number(r.n);
}

/** Every staged row (both sheets, bad ones too) of the given heads. */
export async function rowsOfHeads(db: DbOrTrx, jobId: number, headKeys: string[]) {
  if (headKeys.length === 0) return [];
  return db
    .selectFrom('import_rows')
    .select(['sheet', 'row_number', 'head_key', 'ok', 'payload'])
    .where('job_id', '=', jobId)
    .where('head_key', 'in', headKeys)
    .orderBy('row_number')
    .execute();
}
