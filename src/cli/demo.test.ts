import path from 'node:path';
import SQLite from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { cliSandbox } from '../../test/helpers/cli.ts';

const { dataDir, minzheng, cleanup } = cliSandbox('demo-cli');

describe('minzheng demo', () => {
  afterAll(cleanup);

  it('fills a fresh database, refuses a second fill unless --append, and keeps the audit chain intact', async () => {
    const first = await minzheng('demo', '--households', '120', '--seed', '3');
    expect(first.code).toBe(0);
    expect(first.stdout).toMatch(/Filled 420102 .* with 120 households and \d+ persons .* seed 3\./);
    expect(first.stdout).toMatch(/History: \d+ households dibao-eligible by the calculation \(\d+\.\d%\); enrolments .*elderly_allowance \d+/);
    expect(first.stdout).toMatch(/Payrolls: 36 approved for the 12 months before this one/);

    const refused = await minzheng('demo', '--households', '10');
    expect(refused.code).toBe(1);
    expect(refused.stderr).toMatch(/Refusing to fill: the database already has 120 households\. Pass --append/);

    const appended = await minzheng('demo', '--households', '10', '--append');
    expect(appended.code).toBe(0);
    expect(appended.stdout).toMatch(/with 10 households .* appended to 120 households\./);
    // Months already paid are found, never paid a second time.
    expect(appended.stdout).toMatch(/\(36 already there, left as they were\)/);

    const db = new SQLite(path.join(dataDir, 'minzheng.sqlite'), { readonly: true });
    const households = db.prepare('select count(*) as n from households').get() as { n: number };
    const users = db.prepare("select count(*) as n from users where username = 'county'").get() as { n: number };
    const payrolls = db.prepare("select count(*) as n, count(distinct month) as months, min(status) as status from payrolls").get() as { n: number; months: number; status: string };
    db.close();
    expect(payrolls).toEqual({ n: 36, months: 12, status: 'approved' });
    expect(households.n).toBe(130);
    // The demo users exist, so a later `serve` does not seed another population on top.
    expect(users.n).toBe(1);

    expect((await minzheng('audit', 'verify')).code).toBe(0);
  }, 60_000);
});
