import type { Readable } from 'node:stream';
import ExcelJS, { type Row } from 'exceljs';
import { DomainError } from '../../domain/errors.ts';
import { CellError, cellText, countCell, flagsCell, idCell, labelCell, moneyCell, yesNoCell } from './excel-cells.ts';
import { HOUSEHOLD_COLUMNS, HOUSEHOLD_SHEET, MEMBER_COLUMNS, MEMBER_INCOME_COLUMNS, MEMBER_SHEET, type ColumnDef } from './excel-layout.ts';
import type { HouseholdRecord, MemberRecord } from './import-household.ts';
import type { StagedError, StagedRow } from './import-staging.ts';
import { workbookReader } from './xlsx-reader.ts';

/** A member row as staged: the record and the head it belongs to. */
export type StagedMember = MemberRecord & { headIdNumber: string; row: number };
export type StagedHousehold = Omit<HouseholdRecord, 'members'>;

const STAGE_EVERY = 500;

function columnIndex(sheetName: string, header: Row | null, columns: ColumnDef[], errors: StagedError[]): Map<string, number> {
  const found = new Map<string, number>();
  header?.eachCell((cell, col) => {
    const def = columns.find((c) => c.header === cellText(cell.value));
    if (def) found.set(def.key, col);
  });
  for (const c of columns) {
    if (c.required && !found.has(c.key)) errors.push({ sheet: sheetName, row: 1, column: c.header, message: `缺少必填列“${c.header}”` });
  }
  return found;
}

/** Reads one row into a record; each bad cell becomes an error (row, column, message). */
function readRow<T>(
  sheetName: string,
  row: Row,
  columns: ColumnDef[],
  index: Map<string, number>,
  errors: StagedError[],
  read: (get: <V>(key: string, parse: (cell: ExcelJS.Cell) => V) => V | null) => T,
): T | null {
  let ok = true;
  const get = <V>(key: string, parse: (cell: ExcelJS.Cell) => V): V | null => {
    const def = columns.find((c) => c.key === key)!;
    const col = index.get(key);
    if (col === undefined) return null;
    const cell = row.getCell(col);
    try {
      const value = parse(cell);
      if (def.required && (value === null || value === '')) throw new CellError(`“${def.header}”为必填项`);
      return value;
    } catch (e) {
      if (!(e instanceof CellError)) throw e;
      ok = false;
      errors.push({ sheet: sheetName, row: row.number, column: def.header, message: e.message });
      return null;
    }
  };
  const record = read(get);
  return ok ? record : null;
}

function isBlank(row: Row): boolean {
  return !row.values || !(row.values as unknown[]).some((v) => cellText(v as ExcelJS.CellValue) !== '');
}

const text = (c: ExcelJS.Cell) => cellText(c.value);
const accountText = (c: ExcelJS.Cell) => (typeof c.value === 'number' ? String(c.value) : text(c));

function readHousehold(row: Row, index: Map<string, number>, errors: StagedError[]): StagedHousehold | null {
  return readRow(HOUSEHOLD_SHEET, row, HOUSEHOLD_COLUMNS, index, errors, (get) => ({
    headIdNumber: get('headIdNumber', idCell) ?? '',
    areaCode: get('areaCode', text) ?? '',
    address: get('address', text) ?? '',
    urbanRural: (get('urbanRural', (c) => labelCell(c, 'urbanRural')) ?? 'urban') as 'urban' | 'rural',
    phone: get('phone', text) || null,
    bankName: get('bankName', text) || null,
    bankAccount: get('bankAccount', accountText) || null,
    bankAccountHolder: get('bankAccountHolder', text) || null,
    deposits: get('deposits', moneyCell),
    vehicles: get('vehicles', countCell),
    houses: get('houses', countCell),
  }));
}

function readMember(row: Row, index: Map<string, number>, errors: StagedError[]): StagedMember | null {
  return readRow(MEMBER_SHEET, row, MEMBER_COLUMNS, index, errors, (get) => ({
    headIdNumber: get('headIdNumber', idCell) ?? '',
    idNumber: get('idNumber', idCell) ?? '',
    name: get('name', text) ?? '',
    relation: get('relation', (c) => labelCell(c, 'relation')) ?? 'other',
    ethnicity: get('ethnicity', text) || null,
    maritalStatus: get('maritalStatus', (c) => labelCell(c, 'maritalStatus')),
    laborCapacity: get('laborCapacity', (c) => labelCell(c, 'laborCapacity')),
    employment: get('employment', (c) => labelCell(c, 'employment')),
    student: get('student', yesNoCell),
    health: get('health', (c) => labelCell(c, 'health')),
    diagnosis: get('diagnosis', text) || null,
    disabilityCategory: get('disabilityCategory', (c) => labelCell(c, 'disabilityCategory')),
    disabilityGrade: get('disabilityGrade', (c) => {
      const n = countCell(c);
      if (n !== null && (n < 1 || n > 4)) throw new CellError('残疾等级应为 1–4');
      return n;
    }),
    disabilityCertificate: get('disabilityCertificate', text) || null,
    selfCare: get('selfCare', (c) => labelCell(c, 'selfCare')),
    flags: get('flags', flagsCell) ?? [],
    inPrison: get('inPrison', yesNoCell),
    incomes: MEMBER_INCOME_COLUMNS.flatMap(([key, type]) => {
      const monthly = get(key, moneyCell);
      return monthly ? [{ type, monthly }] : [];
    }),
    socialInsurance: get('socialInsurance', moneyCell),
    ownBankName: get('ownBankName', text) || null,
    ownBankAccount: get('ownBankAccount', accountText) || null,
    row: row.number,
  }));
}

export interface ParseOutcome {
  errors: StagedError[];
  /** Head ID numbers with a bad cell in any of their rows: those households are skipped whole. */
  badKeys: Set<string>;
  /** Head ID numbers of the cleanly read household rows. */
  householdKeys: Set<string>;
}

export function headKeyOf(text: string): string {
  return text.slice(0, 40);
}

/** The workbook is not a readable .xlsx (a damaged zip, a part exceljs cannot read). */
export class UnreadableWorkbook extends Error {}

/**
 * Streams the two-sheet workbook (exceljs's WorkbookReader: one row at a time, never the
 * whole workbook) and hands the staged rows to `emit`, a few hundred at a time, in sheet
 * order, each payload already as its JSON text. Every bad cell becomes an error. Pure reading:
 * it runs in the parse worker (`import-parse-worker.ts`), the database stays with the caller.
 */
export async function parseWorkbook(source: Readable, emit: (rows: StagedRow[]) => Promise<void>): Promise<ParseOutcome> {
  const errors: StagedError[] = [];
  const badKeys = new Set<string>();
  const householdKeys = new Set<string>();
  const seenSheets = new Set<string>();
  let pending: StagedRow[] = [];
  const flush = async () => {
    if (pending.length === 0) return;
    const rows = pending;
    pending = [];
    await emit(rows);
  };
  const reader = workbookReader(source);
  try {
    for await (const sheet of reader) {
      const name = (sheet as unknown as { name: string }).name;
      const kind = name === HOUSEHOLD_SHEET ? 'h' : name === MEMBER_SHEET ? 'm' : null;
      if (kind) seenSheets.add(name);
      let index: Map<string, number> | null = null;
      const columns = kind === 'h' ? HOUSEHOLD_COLUMNS : MEMBER_COLUMNS;
      for await (const row of sheet as AsyncIterable<Row>) {
        if (!kind) continue;
        if (index === null) {
          index = columnIndex(name, row.number === 1 ? row : null, columns, errors);
          if (row.number === 1) continue;
        }
        if (isBlank(row)) continue;
        const rawKey = headKeyOf(cellText(row.getCell(index.get('headIdNumber') ?? 1).value).toUpperCase());
        if (kind === 'h') {
          const rec = readHousehold(row, index, errors);
          if (rec) {
            const key = headKeyOf(rec.headIdNumber);
            pending.push({ sheet: 'h', rowNumber: row.number, headKey: key, ok: true, primary: !householdKeys.has(key), payload: JSON.stringify(rec) });
            householdKeys.add(key);
          } else {
            badKeys.add(rawKey);
            pending.push({ sheet: 'h', rowNumber: row.number, headKey: rawKey, ok: false, primary: false, payload: null });
          }
        } else {
          const rec = readMember(row, index, errors);
          if (rec) pending.push({ sheet: 'm', rowNumber: row.number, headKey: headKeyOf(rec.headIdNumber), ok: true, primary: false, payload: JSON.stringify(rec) });
          else {
            badKeys.add(rawKey);
            pending.push({ sheet: 'm', rowNumber: row.number, headKey: rawKey, ok: false, primary: false, payload: null });
          }
        }
        if (pending.length >= STAGE_EVERY) await flush();
      }
      if (kind && index === null) columnIndex(name, null, columns, errors);
    }
  } catch (e) {
    if (e instanceof DomainError) throw e;
    throw new UnreadableWorkbook(String(e), { cause: e });
  }
  await flush();
  if (!seenSheets.has(HOUSEHOLD_SHEET) || !seenSheets.has(MEMBER_SHEET)) {
    throw new DomainError('validation', 'import_sheets_missing', { field: 'file', params: { sheets: `${HOUSEHOLD_SHEET}、${MEMBER_SHEET}` } });
  }
  // The original reader listed the household sheet's problems before the member sheet's.
  const sheetOrder = (s: string) => (s === HOUSEHOLD_SHEET ? 0 : 1);
  errors.sort((a, b) => sheetOrder(a.sheet) - sheetOrder(b.sheet) || a.row - b.row);
  return { errors, badKeys, householdKeys };
}

/** What `stageWorkbook` hands the parse worker. */
export interface ParseWorkerData {
  file: string;
  /** Batches the worker may post before the first is acknowledged. */
  window: number;
}

/** The parse worker's messages to the main thread (it answers each `rows` with an acknowledgement). */
export type ParseMessage =
  | { type: 'rows'; rows: StagedRow[] }
  | { type: 'done'; errors: StagedError[]; badKeys: string[]; householdKeys: string[] }
  | { type: 'failed'; domain?: { kind: DomainError['kind']; code: string; field: string | undefined; params: Record<string, string | number> }; unreadable?: string };
