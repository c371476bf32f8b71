import ExcelJS from 'exceljs';
import { DomainError } from '../../domain/errors.ts';

/** A cell as text (dates as YYYY-MM-DD, rich text flattened, formulas by their result). */
function cellText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value.trim();
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === 'object') {
    if ('richText' in value) return value.richText.map((r) => r.text).join('').trim();
    if ('text' in value && typeof value.text === 'string') return value.text.trim();
    if ('result' in value) return cellText(value.result as ExcelJS.CellValue);
  }
  return String(value).trim();
}

/** One data row of a department's file: its row number as the user sees it and its cells by header. */
export interface FileRow {
  rowNumber: number;
  cells: Record<string, string>;
}

/** RFC 4180 CSV (quoted fields, doubled quotes, CRLF or LF), UTF-8 with or without a BOM. */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  const s = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  for (let i = 0; i < s.length; i++) {
    const ch = s[i]!;
    if (quoted) {
      if (ch === '"') {
        if (s[i + 1] === '"') {
          field += '"';
          i++;
        } else quoted = false;
      } else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') {
      row.push(field);
      field = '';
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && s[i + 1] === '\n') i++;
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else field += ch;
  }
  if (field !== '' || row.length > 0) {
    row.push(field);
    rows.push(row);
  }
  return rows;
}

function rowsByHeader(table: string[][], firstRowNumber = 1): { headers: string[]; rows: FileRow[] } {
  const headers = (table[0] ?? []).map((h) => h.trim());
  const rows: FileRow[] = [];
  for (let i = 1; i < table.length; i++) {
    const line = table[i]!;
    if (line.every((c) => c.trim() === '')) continue;
    const cells: Record<string, string> = {};
    headers.forEach((h, j) => {
      if (h) cells[h] = (line[j] ?? '').trim();
    });
    rows.push({ rowNumber: i + firstRowNumber, cells });
  }
  return { headers, rows };
}

/**
 * A department's file as rows by header: .xlsx (first sheet) or .csv (UTF-8). Told apart by
 * content (an .xlsx is a zip), not by the name the browser sent.
 */
export async function readSourceFile(buffer: Buffer): Promise<{ headers: string[]; rows: FileRow[] }> {
  if (buffer.length === 0) throw new DomainError('validation', 'document_empty', { field: 'file' });
  if (buffer.subarray(0, 4).equals(Buffer.from([0x50, 0x4b, 0x03, 0x04]))) {
    const wb = new ExcelJS.Workbook();
    try {
      await wb.xlsx.load(buffer as unknown as ArrayBuffer);
    } catch {
      throw new DomainError('validation', 'source_file_unreadable', { field: 'file' });
    }
    const ws = wb.worksheets[0];
    if (!ws) throw new DomainError('validation', 'source_file_unreadable', { field: 'file' });
    const table: string[][] = [];
    ws.eachRow({ includeEmpty: true }, (r, n) => {
      const cells: string[] = [];
      for (let c = 1; c <= ws.columnCount; c++) cells.push(cellText(r.getCell(c).value));
      table[n - 1] = cells;
    });
    for (let i = 0; i < table.length; i++) table[i] ??= [];
    return rowsByHeader(table);
  }
  const text = buffer.toString('utf8');
  if (text.includes('\u0000') || text.includes('\ufffd')) throw new DomainError('validation', 'source_file_unreadable', { field: 'file' });
  return rowsByHeader(parseCsv(text));
}
