import path from 'node:path';
import SQLite from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { cliSandbox } from '../../test/helpers/cli.ts';

const { dataDir, minzheng, cleanup } = cliSandbox('risk');

describe('minzheng risk-check', () => {
  afterAll(cleanup);

  it('runs every rule over the district as the administrator, and a second run opens nothing new', async () => {
    expect((await minzheng('areas', 'import', '420102')).code).toBe(0);
    expect((await minzheng('user', 'add', '-u', 'chief', '-n', '管理员', '-r', 'admin', '-a', '420102', '-p', 'Chief-Strong-Pw-2026')).code).toBe(0);
    // Two enrolled households paid into one account (planted in the file the command opens).
    const db = new SQLite(path.join(dataDir, 'minzheng.sqlite'));
    const now = '2026-01-01T00:00:00.000Z';
    for (const n of [1, 2]) {
      const h = db
        .prepare(`insert into households (area_code, address, urban_rural, head_person_id, bank_name, bank_account, bank_account_holder, category, status, phone, version, created_at, updated_at)
                  values ('420102010001', '二七路 ${n} 号', 'urban', null, '工商银行', '6222020000555555', null, null, 'active', null, 1, ?, ?)`)
        .run(now, now).lastInsertRowid;
      const a = db
        .prepare(`insert into applications (household_id, subject_person_id, program, state, democratic_review, area_code, receiving_street_code, accepted_on, due_on, extended, checklist, relative_flagged, version, created_at, updated_at)
                  values (?, null, 'dibao', 'approved', 0, '420102010001', '420102010', '2025-12-01', '2026-01-20', 0, '[]', 0, 1, ?, ?)`)
        .run(h, now, now).lastInsertRowid;
      db.prepare(`insert into enrolments (household_id, person_id, program, monthly_amount, calculation, policy_version, start_month, status, application_id, area_code, created_at, covered_persons)
                  values (?, null, 'dibao', 80000, '{}', 'test', '2025-01', 'active', ?, '420102010001', ?, 1)`).run(h, a, now);
    }
    db.close();

    const first = await minzheng('risk-check', '--area', '420102');
    expect(first.code, first.stderr).toBe(0);
    expect(first.stdout).toMatch(/Risk check run 1 of 420102 as chief: \d+ findings \(\d+ new\)/);
    expect(first.stdout).toMatch(/shared_bank_account\s+1 found\s+1 new/);
    const second = await minzheng('risk-check', '--area', '420102', '--user', 'chief');
    expect(second.code, second.stderr).toBe(0);
    expect(second.stdout).toMatch(/\(0 new\)/);

    const bad = await minzheng('risk-check', '--area', '4201020');
    expect(bad.code).toBe(2);
  }, 180_000);
});
