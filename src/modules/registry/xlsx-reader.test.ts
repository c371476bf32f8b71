import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, describe, expect, it } from 'vitest';
import { workbookReader } from './xlsx-reader.ts';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'minzheng-xlsx-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

/** Enough Chinese text that the parts span many 16 kB chunks, some of them cut inside a character. */
const values = Array.from({ length: 4000 }, (_, i) => `江岸区新村街${i}号${'丧偶离异'.slice(i % 4)}栋${i % 97}室${'汉阳区钟家村街道社区居民委员会'.repeat(3)}`);

async function written(sharedStrings: boolean): Promise<string> {
  const file = path.join(dir, `t-${sharedStrings}.xlsx`);
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: file, useSharedStrings: sharedStrings, useStyles: false });
  const ws = wb.addWorksheet('家庭');
  for (const v of values) ws.addRow([v, v.length]).commit();
  ws.commit();
  await wb.commit();
  return file;
}

async function readBack(file: string): Promise<{ sheet: string; cells: string[] }> {
  const cells: string[] = [];
  let sheet = '';
  for await (const ws of workbookReader(fs.createReadStream(file))) {
    sheet = (ws as unknown as { name: string }).name;
    for await (const row of ws) cells.push(String((row.values as unknown[])[1]));
  }
  return { sheet, cells };
}

describe('the streaming workbook reader', () => {
  it.each([true, false])('reads every character whole across chunk boundaries (shared strings: %s)', async (shared) => {
    const { sheet, cells } = await readBack(await written(shared));
    expect(sheet).toBe('家庭');
    expect(cells.filter((c) => c.includes('\uFFFD'))).toEqual([]);
    expect(cells).toEqual(values);
  });
});
