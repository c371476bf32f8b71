import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, describe, expect, it } from 'vitest';
import { sharedStringTable, workbookReader } from './xlsx-reader.ts';

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

describe('sharedStringTable', () => {
  it('answers every index as an array would: strings, empty strings, rich text, nulls, across chunks, past the end', () => {
    const rich = { richText: [{ text: '张', font: { bold: true } }, { text: '三' }] };
    const head = ['王芳', '', '420102199003071234', rich, '江岸区二七路 18 号', null, 'x'];
    // 10,000 entries: two joined chunks of 4,096 and the rest still pending.
    const values: unknown[] = [...head, ...Array.from({ length: 10_000 - head.length }, (_, i) => (i % 1000 === 0 ? '' : `${i}号${'丧偶'.repeat(i % 3)}`))];
    values[4096] = { richText: [{ text: '李四' }] };
    values[8191] = '';
    const table = sharedStringTable();
    expect(table.length).toBe(0);
    for (const v of values.slice(0, 5000)) table.push(v);
    table.push(...values.slice(5000));
    expect(table.length).toBe(values.length);
    values.forEach((v, i) => expect(table[i]).toEqual(v));
    expect(table[3]).toBe(rich);
    expect(table[values.length]).toBeUndefined();
    expect(table[-1]).toBeUndefined();
  });
});
