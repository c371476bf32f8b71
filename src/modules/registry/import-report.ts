import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import ExcelJS, { type Row } from 'exceljs';
import type { Deps } from '../../deps.ts';
import type { Actor } from '../../domain/actor.ts';
import { DomainError } from '../../domain/errors.ts';
import { cellText } from './excel-cells.ts';
import type { StagedError } from './import-staging.ts';
import { workbookReader } from './xlsx-reader.ts';

function reportsDir(deps: Deps): string {
  return path.join(deps.config.dataDir, 'import-reports');
}

/**
 * The uploaded workbook with each bad cell filled red, a note on it, and the messages in a
 * last column — read and written as streams (row by row), like the import itself.
 */
export async function writeAnnotatedReport(deps: Deps, actor: Actor, upload: string, errors: StagedError[]): Promise<string | null> {
  try {
    return await writeReport(deps, actor, upload, errors);
  } catch (e) {
    // exceljs's streaming reader fails on some part orders it meets (workbook.xml after the
    // sheets, now and then); one more try, and without a report the result still lists every error.
    deps.log.warn({ err: e }, 'import report: streaming read failed; trying again');
    try {
      return await writeReport(deps, actor, upload, errors);
    } catch (again) {
      deps.log.error({ err: again }, 'import report could not be written');
      return null;
    }
  }
}

async function writeReport(deps: Deps, actor: Actor, upload: string, errors: StagedError[]): Promise<string> {
  const bySheet = new Map<string, Map<number, StagedError[]>>();
  for (const e of errors) {
    const rows = bySheet.get(e.sheet) ?? new Map<number, StagedError[]>();
    rows.set(e.row, [...(rows.get(e.row) ?? []), e]);
    bySheet.set(e.sheet, rows);
  }
  const id = randomUUID();
  fs.mkdirSync(reportsDir(deps), { recursive: true });
  const file = path.join(reportsDir(deps), `${id}.xlsx`);
  const writer = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: file, useStyles: true, useSharedStrings: false });
  const reader = workbookReader(fs.createReadStream(upload));
  for await (const sheet of reader) {
    const name = (sheet as unknown as { name: string }).name;
    const out = writer.addWorksheet(name);
    const mine = bySheet.get(name);
    let headers = new Map<string, number>();
    let noteCol = 0;
    for await (const row of sheet as AsyncIterable<Row>) {
      const target = out.getRow(row.number);
      target.values = row.values as ExcelJS.CellValue[];
      if (mine && row.number === 1) {
        headers = new Map();
        row.eachCell((cell, col) => headers.set(cellText(cell.value), col));
        noteCol = row.cellCount + 1;
        out.getColumn(noteCol).width = 60;
        target.getCell(noteCol).value = '错误说明';
        target.getCell(noteCol).font = { bold: true, color: { argb: 'FFC00000' } };
      }
      for (const e of mine?.get(row.number) ?? []) {
        const col = headers.get(e.column);
        if (col) {
          const cell = target.getCell(col);
          cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFFC7CE' } };
          cell.note = e.message;
        }
        if (noteCol) {
          const note = target.getCell(noteCol);
          note.value = [cellText(note.value), `${e.column}：${e.message}`].filter(Boolean).join('；');
        }
      }
      target.commit();
    }
    out.commit();
  }
  await writer.commit();
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
