import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoImportWorkbook } from '../../../test/factories/import-workbook.ts';
import { createTestDeps, dialects } from '../../../test/helpers/test-deps.ts';
import { stageWorkbook } from './import-stage.ts';

/** The parse worker (issue 15 point 1: the import's memory): rows staged, failures mapped. */
let dir: string;
let workbook: string;
let written: { households: number; members: number };

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'minzheng-stage-'));
  workbook = path.join(dir, 'households.xlsx');
  written = await demoImportWorkbook(workbook, { households: 1200, seed: 5, communities: [{ code: '420102010001', urbanRural: 'urban' }] });
}, 60_000);

afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe.each(dialects)('staging a workbook through the parse worker on %s', (dialect) => {
  it('stages every row of both sheets in sheet order, and maps what the worker cannot read to a DomainError', async () => {
    const deps = await createTestDeps(dialect);
    try {
      const outcome = await stageWorkbook(deps, 7, workbook);
      expect(outcome.errors).toEqual([]);
      expect(outcome.badKeys.size).toBe(0);
      expect(outcome.householdKeys.size).toBe(written.households);
      const rows = await deps.db.selectFrom('import_rows').select(['sheet', 'row_number', 'ok', 'primary_row', 'payload']).where('job_id', '=', 7).orderBy('sheet').orderBy('row_number').execute();
      expect(rows.filter((r) => r.sheet === 'h')).toHaveLength(written.households);
      expect(rows.filter((r) => r.sheet === 'm')).toHaveLength(written.members);
      expect(rows.every((r) => r.ok === 1)).toBe(true);
      const first = rows.find((r) => r.sheet === 'h')!;
      expect(first).toMatchObject({ row_number: 2, primary_row: 1 });
      expect(JSON.parse(first.payload!)).toMatchObject({ areaCode: '420102010001' });

      const damaged = path.join(dir, 'damaged.xlsx');
      fs.writeFileSync(damaged, Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04]), Buffer.alloc(2000, 7)]));
      await expect(stageWorkbook(deps, 8, damaged)).rejects.toMatchObject({ code: 'import_not_xlsx' });
      // A heap too small for the parse: the worker dies, the job gets a plain error, the server lives on.
      await expect(stageWorkbook(deps, 9, workbook, { maxOldGenerationSizeMb: 2, maxYoungGenerationSizeMb: 1 })).rejects.toMatchObject({ code: 'import_workbook_too_big' });
    } finally {
      await deps.dispose();
    }
  }, 60_000);
});
