import path from 'node:path';
import SQLite from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { cliSandbox } from '../../test/helpers/cli.ts';
import ExcelJS from 'exceljs';
import { buildIdNumber } from '../domain/id-number.ts';
import { HOUSEHOLD_COLUMNS, HOUSEHOLD_SHEET, MEMBER_COLUMNS, MEMBER_SHEET } from '../modules/registry/excel-layout.ts';

const { dataDir, minzheng, cleanup } = cliSandbox('cli');

describe('the minzheng CLI', () => {
  afterAll(cleanup);

  it('migrates, imports a district, adds a user, and verifies then catches a tampered audit chain', async () => {
    const migrated = await minzheng('migrate');
    expect(migrated.code).toBe(0);
    expect(migrated.stdout).toMatch(/0001-foundation/);

    expect((await minzheng('areas', 'import', '420102')).stdout).toMatch(/Imported \d+ new areas/);

    const added = await minzheng('user', 'add', '-u', 'wangwu', '-n', '王五', '-r', 'street_reviewer', '-a', '420102012');
    expect(added.code).toBe(0);
    expect(added.stdout).toMatch(/Created user wangwu \(street_reviewer\) at 丹水池街道/);
    expect(added.stdout).toMatch(/Initial password: \S{8,}/);

    const dup = await minzheng('user', 'add', '-u', 'wangwu', '-n', '王五', '-r', 'street_reviewer', '-a', '420102012', '-p', 'abc-12345');
    expect(dup.code).toBe(1);
    expect(dup.stderr).toMatch(/用户名 wangwu 已被使用/);

    const intact = await minzheng('audit', 'verify');
    expect(intact.code).toBe(0);
    expect(intact.stdout).toMatch(/Audit chain intact: 2 entries checked/);

    const db = new SQLite(path.join(dataDir, 'minzheng.sqlite'));
    db.exec('drop trigger audit_log_no_update');
    db.prepare("update audit_log set new_value = replace(new_value, 'street_reviewer', 'admin') where seq = 2").run();
    db.close();
    const broken = await minzheng('audit', 'verify');
    expect(broken.code).toBe(1);
    expect(broken.stdout).toMatch(/BROKEN at entry #2 \(hash_mismatch\)/);
  }, 60_000);

  it('imports households from Excel acting as a named user, and reports bad rows', async () => {
    await minzheng('migrate');
    await minzheng('areas', 'import', '420102');
    expect((await minzheng('user', 'add', '-u', 'importer', '-n', '导入员', '-r', 'community_worker', '-a', '420102010001', '-p', 'import-pass-1')).code).toBe(0);
    const head = buildIdNumber({ areaCode: '420102', birthDate: '1958-03-03', sequence: 123 });
    const valid = buildIdNumber({ areaCode: '420102', birthDate: '1958-03-03', sequence: 125 });
    const wrong = valid.slice(0, 17) + (valid[17] === '1' ? '2' : '1');
    const wb = new ExcelJS.Workbook();
    const hs = wb.addWorksheet(HOUSEHOLD_SHEET);
    hs.columns = HOUSEHOLD_COLUMNS.map((c) => ({ header: c.header, key: c.key }));
    hs.addRow({ headIdNumber: head, areaCode: '420102010001', address: '二七路 9 号', urbanRural: '城市' });
    hs.addRow({ headIdNumber: wrong, areaCode: '420102010001', address: '二七路 10 号', urbanRural: '城市' });
    const ms = wb.addWorksheet(MEMBER_SHEET);
    ms.columns = MEMBER_COLUMNS.map((c) => ({ header: c.header, key: c.key }));
    ms.addRow({ headIdNumber: head, idNumber: head, name: '郑国强', relation: '户主', pension: '2100' });
    ms.addRow({ headIdNumber: wrong, idNumber: wrong, name: '错号', relation: '户主' });
    const file = path.join(dataDir, 'households.xlsx');
    await wb.xlsx.writeFile(file);
    const res = await minzheng('import', 'households', file, '--user', 'importer');
    expect(res.code).toBe(1);
    expect(res.stdout).toMatch(/households: 2, created: 1, updated: 0, skipped: 1, errors: 1/);
    expect(res.stdout).toMatch(/成员 row 3, 身份证号: .*校验位错误/);
    expect(res.stdout).toMatch(/Annotated report: .*import-reports/);
    const again = await minzheng('import', 'households', file, '--user', 'importer');
    expect(again.stdout).toMatch(/created: 0, updated: 1/);
  }, 60_000);
});
