import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { Readable } from 'node:stream';
import ExcelJS, { type Row, type Worksheet } from 'exceljs';
import { nowIso } from '../../clock.ts';
import type { Deps } from '../../deps.ts';
import { assertPermission, type Actor } from '../../domain/actor.ts';
import { DomainError } from '../../domain/errors.ts';
import { translate } from '../../server/messages.ts';
import { recordAudit } from '../audit/service.ts';
import { CellError, cellText, countCell, flagsCell, idCell, labelCell, moneyCell, yesNoCell } from './excel-cells.ts';
import { HOUSEHOLD_COLUMNS, HOUSEHOLD_SHEET, MEMBER_COLUMNS, MEMBER_INCOME_COLUMNS, MEMBER_SHEET, type ColumnDef } from './excel-layout.ts';
import { importHouseholdRecord, type HouseholdRecord, type MemberRecord } from './import-household.ts';

export interface ImportError {
  sheet: string;
  row: number;
  column: string;
  message: string;
}

export interface ImportResult {
  dryRun: boolean;
  households: number;
  created: number;
  updated: number;
  skipped: number;
  errors: ImportError[];
  /** Id of the annotated workbook (the upload with bad cells marked), when there are errors. */
  reportId: string | null;
}

type Located<T> = T & { row: number };

function columnIndex(sheet: Worksheet, columns: ColumnDef[], errors: ImportError[]): Map<string, number> {
  const header = sheet.getRow(1);
  const found = new Map<string, number>();
  header.eachCell((cell, col) => {
    const def = columns.find((c) => c.header === cellText(cell.value));
    if (def) found.set(def.key, col);
  });
  for (const c of columns) {
    if (c.required && !found.has(c.key)) errors.push({ sheet: sheet.name, row: 1, column: c.header, message: `缺少必填列“${c.header}”` });
  }
  return found;
}

/** Reads one row into a record; each bad cell becomes an error (row, column, message). */
function readRow<T>(
  sheet: Worksheet,
  row: Row,
  columns: ColumnDef[],
  index: Map<string, number>,
  errors: ImportError[],
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
      errors.push({ sheet: sheet.name, row: row.number, column: def.header, message: e.message });
      return null;
    }
  };
  const record = read(get);
  return ok ? record : null;
}

function dataRows(sheet: Worksheet): Row[] {
  const rows: Row[] = [];
  sheet.eachRow((row, n) => {
    if (n > 1 && row.values && (row.values as unknown[]).some((v) => cellText(v as ExcelJS.CellValue) !== '')) rows.push(row);
  });
  return rows;
}

function parseWorkbook(wb: ExcelJS.Workbook, errors: ImportError[]) {
  const hs = wb.getWorksheet(HOUSEHOLD_SHEET);
  const ms = wb.getWorksheet(MEMBER_SHEET);
  if (!hs || !ms) throw new DomainError('validation', 'import_sheets_missing', { field: 'file', params: { sheets: `${HOUSEHOLD_SHEET}、${MEMBER_SHEET}` } });
  const hIndex = columnIndex(hs, HOUSEHOLD_COLUMNS, errors);
  const mIndex = columnIndex(ms, MEMBER_COLUMNS, errors);
  const households: Located<HouseholdRecord>[] = [];
  const members: Located<MemberRecord & { headIdNumber: string }>[] = [];
  const badKeys = new Set<string>();
  const text = (c: ExcelJS.Cell) => cellText(c.value);
  for (const row of dataRows(hs)) {
    const headKey = cellText(row.getCell(hIndex.get('headIdNumber') ?? 1).value).toUpperCase();
    const rec = readRow(hs, row, HOUSEHOLD_COLUMNS, hIndex, errors, (get) => ({
      headIdNumber: get('headIdNumber', idCell) ?? '',
      areaCode: get('areaCode', text) ?? '',
      address: get('address', text) ?? '',
      urbanRural: (get('urbanRural', (c) => labelCell(c, 'urbanRural')) ?? 'urban') as 'urban' | 'rural',
      phone: get('phone', text) || null,
      bankName: get('bankName', text) || null,
      bankAccount: get('bankAccount', (c) => (typeof c.value === 'number' ? String(c.value) : text(c))) || null,
      bankAccountHolder: get('bankAccountHolder', text) || null,
      deposits: get('deposits', moneyCell),
      vehicles: get('vehicles', countCell),
      houses: get('houses', countCell),
    }));
    if (rec) households.push({ ...rec, row: row.number, members: [] });
    else badKeys.add(headKey);
  }
  for (const row of dataRows(ms)) {
    const headKey = cellText(row.getCell(mIndex.get('headIdNumber') ?? 1).value).toUpperCase();
    const rec = readRow(ms, row, MEMBER_COLUMNS, mIndex, errors, (get) => ({
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
      ownBankAccount: get('ownBankAccount', (c) => (typeof c.value === 'number' ? String(c.value) : text(c))) || null,
      row: row.number,
    }));
    if (rec) members.push({ ...rec, row: row.number } as Located<MemberRecord & { headIdNumber: string }>);
    else badKeys.add(headKey);
  }
  for (const m of members) {
    const h = households.find((x) => x.headIdNumber === m.headIdNumber);
    if (h) h.members.push(m);
    else if (!badKeys.has(m.headIdNumber)) {
      errors.push({ sheet: MEMBER_SHEET, row: m.row, column: '户主身份证号', message: `“${HOUSEHOLD_SHEET}”中没有户主身份证号为 ${m.headIdNumber} 的户` });
      badKeys.add(m.headIdNumber);
    }
  }
  return { households: households.filter((h) => !badKeys.has(h.headIdNumber)), skippedKeys: badKeys, totalKeys: new Set([...households.map((h) => h.headIdNumber), ...badKeys]).size };
}

/** Maps a service error's field (members.2.idNumber) back to the sheet row and column. */
function locate(e: DomainError, h: Located<HouseholdRecord>): Omit<ImportError, 'message'> {
  const m = /^(?:members|person)\.(\d+)\.(\w+)/.exec(e.field ?? '');
  if (m) {
    const member = h.members[Number(m[1])] as Located<MemberRecord> | undefined;
    const column = MEMBER_COLUMNS.find((c) => c.key === m[2])?.header ?? '身份证号';
    return { sheet: MEMBER_SHEET, row: member?.row ?? h.row, column };
  }
  const column = HOUSEHOLD_COLUMNS.find((c) => c.key === e.field)?.header ?? '户主身份证号';
  return { sheet: HOUSEHOLD_SHEET, row: h.row, column };
}

/**
 * Imports the two-sheet workbook: every row is validated, every bad cell reported; each
 * household is written in its own transaction (never half a household), matched by its
 * members' ID numbers so a re-import updates instead of duplicating.
 */
export async function importHouseholds(
  deps: Deps,
  actor: Actor,
  source: Readable,
  opts: { dryRun?: boolean; onProgress?: (done: number, total: number) => void } = {},
): Promise<ImportResult> {
  assertPermission(actor, 'editRegistry');
  const wb = new ExcelJS.Workbook();
  try {
    await wb.xlsx.read(source);
  } catch {
    throw new DomainError('validation', 'import_not_xlsx', { field: 'file' });
  }
  const errors: ImportError[] = [];
  const parsed = parseWorkbook(wb, errors);
  let created = 0;
  let updated = 0;
  let done = 0;
  for (const h of parsed.households) {
    try {
      const outcome = await deps.db.transaction().execute(async (trx) => {
        const result = await importHouseholdRecord(trx, deps, actor, h);
        // A dry run goes through every rule, then rolls the household back.
        if (opts.dryRun) throw new DryRunRollback(result);
        return result;
      });
      if (outcome === 'created') created++;
      else updated++;
    } catch (e) {
      if (e instanceof DryRunRollback) {
        if (e.outcome === 'created') created++;
        else updated++;
      } else if (e instanceof DomainError) {
        errors.push({ ...locate(e, h), message: translate('zh-CN', e.code, e.params) });
        parsed.skippedKeys.add(h.headIdNumber);
      } else throw e;
    }
    opts.onProgress?.(++done, parsed.households.length);
  }
  const reportId = errors.length > 0 ? await writeAnnotatedReport(deps, actor, wb, errors) : null;
  const result: ImportResult = {
    dryRun: Boolean(opts.dryRun),
    households: parsed.totalKeys,
    created,
    updated,
    skipped: parsed.skippedKeys.size,
    errors,
    reportId,
  };
  if (!opts.dryRun) {
    await deps.db.transaction().execute((trx) =>
      recordAudit(trx, deps, actor, {
        action: 'households.import',
        entityType: 'import',
        entityId: reportId ?? nowIso(deps.clock),
        areaCode: actor.areaCode,
        newValue: { created, updated, skipped: result.skipped, errors: errors.length },
      }),
    );
  }
  return result;
}

class DryRunRollback extends Error {
  constructor(readonly outcome: 'created' | 'updated') {
    super('dry run');
  }
}

function reportsDir(deps: Deps): string {
  return path.join(deps.config.dataDir, 'import-reports');
}

/** The uploaded workbook with each bad cell filled red, a note on it, and the messages in a last column. */
async function writeAnnotatedReport(deps: Deps, actor: Actor, wb: ExcelJS.Workbook, errors: ImportError[]): Promise<string> {
  for (const sheetName of [HOUSEHOLD_SHEET, MEMBER_SHEET]) {
    const sheet = wb.getWorksheet(sheetName);
    if (!sheet) continue;
    const mine = errors.filter((e) => e.sheet === sheetName);
    if (mine.length === 0) continue;
    const headers = new Map<string, number>();
    sheet.getRow(1).eachCell((cell, col) => headers.set(cellText(cell.value), col));
    const noteCol = sheet.columnCount + 1;
    sheet.getRow(1).getCell(noteCol).value = '错误说明';
    sheet.getRow(1).getCell(noteCol).font = { bold: true, color: { argb: 'FFC00000' } };
    sheet.getColumn(noteCol).width = 60;
    for (const e of mine) {
      const row = sheet.getRow(e.row);
      const col = headers.get(e.column);
      if (col) {
        const cell = row.getCell(col);
        cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFFC7CE' } };
        cell.note = e.message;
      }
      const note = row.getCell(noteCol);
      note.value = [cellText(note.value), `${e.column}：${e.message}`].filter(Boolean).join('；');
    }
  }
  const id = randomUUID();
  fs.mkdirSync(reportsDir(deps), { recursive: true });
  await wb.xlsx.writeFile(path.join(reportsDir(deps), `${id}.xlsx`));
  fs.writeFileSync(path.join(reportsDir(deps), `${id}.json`), JSON.stringify({ userId: actor.userId }));
  return id;
}

/** The annotated workbook of an import, for the user who ran it. */
export function openImportReport(deps: Deps, actor: Actor, reportId: string): fs.ReadStream {
  const meta = path.join(reportsDir(deps), `${reportId}.json`);
  if (!/^[0-9a-f-]{36}$/.test(reportId) || !fs.existsSync(meta)) throw new DomainError('not_found', 'import_report_not_found');
  const owner = JSON.parse(fs.readFileSync(meta, 'utf8')) as { userId: number };
  if (owner.userId !== actor.userId) throw new DomainError('not_found', 'import_report_not_found');
  return fs.createReadStream(path.join(reportsDir(deps), `${reportId}.xlsx`));
}
