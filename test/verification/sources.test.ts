import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { SAMPLE_ROWS } from '../fixtures/sources/generate.ts';
import { useTestApp } from '../helpers/test-app.ts';
import { dialects } from '../helpers/test-deps.ts';
import { parseIdNumber } from '../../src/domain/id-number.ts';
import { SOURCES } from '../../src/domain/verification/sources.ts';
import { multipartFile } from '../helpers/enrolment.ts';
import { runJobsUntilIdle } from '../../src/modules/jobs/service.ts';

const FIXTURES = path.join(import.meta.dirname, '../fixtures/sources');

describe.each(dialects)('data sources on %s', (dialect) => {
  const t = useTestApp(dialect);
  const as = async (user: string, method: 'GET' | 'POST', url: string, extra: { payload?: Buffer | object; headers?: Record<string, string> } = {}) =>
    t().app.inject({ method, url: `/api/v1${url}`, headers: { cookie: await t().login(user), ...(extra.headers ?? {}) }, ...(extra.payload === undefined ? {} : { payload: extra.payload }) });
  const upload = (user: string, source: string, file: Buffer | string, name: string) => as(user, 'POST', `/data-sources/${source}/imports`, multipartFile(file, name));
  /** The import is a job: accepted with 202, run by the job runner, its outcome the job's result. */
  const importFile = async (source: string, file: Buffer | string, name: string) => {
    const res = await upload('verifier', source, file, name);
    expect(res.statusCode, res.body).toBe(202);
    expect(res.json()).toMatchObject({ kind: 'source_import', status: 'queued' });
    await runJobsUntilIdle(t().deps);
    const job = (await as('verifier', 'GET', `/jobs/${res.json().jobId}`)).json();
    return job as { status: string; attempts: number; progress: { done: number; total: number | null; phase: string }; result: any; error: { code: string; message: string } | null };
  };

  it('lists every source of the issue with its column mapping', async () => {
    const res = await as('community', 'GET', '/data-sources');
    expect(res.statusCode).toBe(200);
    const items = res.json().items as { id: string; name: string; columns: { header: string }[] }[];
    expect(items.map((i) => i.id)).toEqual(SOURCES.map((s) => s.id));
    expect(items.every((i) => i.name && i.columns.some((c) => c.header === '身份证号'))).toBe(true);
  });

  for (const source of SOURCES) {
    for (const ext of ['csv', 'xlsx'] as const) {
      it(`imports the ${source.id} sample (.${ext}): three good rows, the two bad ones reported`, async () => {
        const job = await importFile(source.id, fs.readFileSync(path.join(FIXTURES, `${source.id}.${ext}`)), `${source.id}.${ext}`);
        expect(job.status).toBe('succeeded');
        expect(job.progress).toMatchObject({ done: 5, total: 5, phase: 'write' });
        const out = job.result;
        expect(out).toMatchObject({ sourceId: source.id, mode: source.mode, rowCount: 3, badRowCount: 2, fileName: `${source.id}.${ext}` });
        // Row 5: a wrong check character; row 6: a bad value in a typed column.
        expect([...new Set(out.errors.map((e: { row: number }) => e.row))]).toEqual([5, 6]);
        expect(out.errors.find((e: { row: number }) => e.row === 5)).toMatchObject({ column: '身份证号' });
        expect(out.errors.find((e: { row: number }) => e.row === 6).column).not.toBe('身份证号');
        // The legacy 15-digit number of row 4 was converted to 18 digits.
        const converted = parseIdNumber(SAMPLE_ROWS[source.id][2]![1]!);
        expect(converted.ok).toBe(true);
        const records = await as('verifier', 'GET', `/data-sources/${source.id}/records?idNumber=${converted.ok ? converted.value.idNumber : ''}`);
        expect(records.statusCode).toBe(200);
        expect(records.json().total).toBe(1);
        expect(records.json().items[0].idNumber).toMatch(/\*/);
      });
    }
  }

  it('replaces a snapshot source and appends to an event register, each import kept with its date and row count', async () => {
    const vehicles = fs.readFileSync(path.join(FIXTURES, 'vehicles.csv'));
    await importFile('vehicles', vehicles, 'a.csv');
    await importFile('vehicles', vehicles, 'b.csv');
    expect((await as('verifier', 'GET', '/data-sources/vehicles/records')).json().total).toBe(3);
    const deaths = fs.readFileSync(path.join(FIXTURES, 'public_security.csv'));
    await importFile('public_security', deaths, 'a.csv');
    const again = await importFile('public_security', deaths, 'b.csv');
    expect(again.result).toMatchObject({ rowCount: 3, added: 0 });
    expect((await as('verifier', 'GET', '/data-sources/public_security/records')).json().total).toBe(3);
    const history = await as('admin', 'GET', '/data-sources/vehicles/imports');
    expect(history.statusCode).toBe(200);
    expect(history.json().items[0]).toMatchObject({ fileName: 'b.csv', rowCount: 3, badRowCount: 2, importedOn: '2026-03-02' });
  });

  it('refuses a file without the source\'s required columns, naming them', async () => {
    const job = await importFile('vehicles', '姓名,身份证号\n张三,420102195803129019\n', 'x.csv');
    expect(job.status).toBe('failed');
    expect(job.error).toMatchObject({ code: 'source_headers_missing' });
    expect(job.error!.message).toContain('号牌号码');
  });

  it('survives a restart: a job cut off before its write commits runs again, one whose write committed is not written twice', async () => {
    const file = fs.readFileSync(path.join(FIXTURES, 'housing_fund.csv'));
    const imports = async () => Number((await t().deps.db.selectFrom('source_imports').select((e) => e.fn.countAll<number | string>().as('n')).where('source_id', '=', 'housing_fund').executeTakeFirstOrThrow()).n);
    const before = await imports();
    // A process claimed the job and died before writing: its lease expired.
    const crash = async (checkpoint: string | null) => {
      const res = await upload('verifier', 'housing_fund', file, 'hf.csv');
      expect(res.statusCode).toBe(202);
      const id = res.json().jobId as number;
      await t().deps.db
        .updateTable('jobs')
        .set({ status: 'running', attempts: 1, started_at: '2026-03-01T00:00:00.000Z', lease_owner: 'dead-host:1:x', lease_expires_at: '2026-03-01T00:01:00.000Z', checkpoint })
        .where('id', '=', id)
        .execute();
      await runJobsUntilIdle(t().deps);
      return (await as('verifier', 'GET', `/jobs/${id}`)).json();
    };
    const resumed = await crash(null);
    expect(resumed).toMatchObject({ status: 'succeeded', attempts: 2, result: { rowCount: 3, badRowCount: 2 } });
    expect(await imports()).toBe(before + 1);
    // The write and its checkpoint committed together; only marking the job done was lost.
    const committed = { outcome: { ...resumed.result, fileName: 'earlier.csv' } };
    const finished = await crash(JSON.stringify(committed));
    expect(finished).toMatchObject({ status: 'succeeded', result: { fileName: 'earlier.csv' } });
    expect(await imports()).toBe(before + 1);
    expect(fs.readdirSync(path.join(t().deps.config.dataDir, 'imports')).filter((f) => f.endsWith('.source'))).toEqual([]);
  });

  it('lets only the verifier and the administrator read or import records, and audits every read', async () => {
    for (const user of ['community', 'street', 'county', 'auditor']) {
      expect((await as(user, 'GET', '/data-sources/bank/records')).statusCode, user).toBe(403);
      expect((await upload(user, 'bank', fs.readFileSync(path.join(FIXTURES, 'bank.csv')), 'bank.csv')).statusCode, user).toBe(403);
    }
    expect((await as('admin', 'GET', '/data-sources/bank/records')).statusCode).toBe(200);
    expect((await as('verifier', 'GET', '/data-sources/nope/records')).statusCode).toBe(404);
    const reads = await t().deps.db.selectFrom('audit_log').select(['action', 'entity_id']).where('action', '=', 'read.source_records').execute();
    expect(reads.length).toBeGreaterThan(0);
    expect(reads.some((r) => r.entity_id === 'bank')).toBe(true);
  });
});
