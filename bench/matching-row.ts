/**
 * 批量比对 over the whole district (issue 18 point 6, target: under 60 s at 1,000,000 persons
 * against six sources of 1,000,000 rows each, on both engines; one case's verification under
 * 1 s). Six sources are loaded with as many rows as the registry has persons — one row in 50 on
 * a registry person (a death, a pension, a vehicle, a business, a deposit, a house), the rest on
 * people not on file — written straight to source_records (the load is not what is measured).
 * Then the run as `minzheng match --area` does it, then the findings of one household as the
 * case verification reads them (median of 20).
 */
import type { Insertable } from 'kysely';
import type { SourceRecordTable } from '../src/db/types.ts';
import { todayInChina } from '../src/clock.ts';
import { actorForUsername } from '../src/modules/auth/service.ts';
import { DEMO_DISTRICT } from '../src/modules/demo/service.ts';
import { runJobInProcess } from '../src/modules/jobs/service.ts';
import { findingsOfHouseholds } from '../src/modules/verification/matching.ts';
import { createMatchingRun, getMatchingRun } from '../src/modules/verification/service.ts';
import { median, type BenchContext, type BenchRow } from './rows.ts';

const seconds = (ms: number) => `${(ms / 1000).toFixed(ms < 10_000 ? 2 : 1)} s`;

type Row = { kind: string; event_date: string | null; end_date: string | null; amount: number | null; item: string | null };
const SOURCES: { id: string; row: (i: number) => Row }[] = [
  { id: 'public_security', row: () => ({ kind: 'death', event_date: '2025-11-03', end_date: null, amount: null, item: null }) },
  { id: 'social_insurance', row: (i) => ({ kind: 'pension', event_date: null, end_date: null, amount: 150_000 + (i % 100) * 1000, item: '养老金' }) },
  { id: 'vehicles', row: (i) => ({ kind: 'vehicle', event_date: '2019-04-01', end_date: null, amount: 3_000_000 + (i % 50) * 100_000, item: `鄂A${String(i % 100000).padStart(5, '0')}` }) },
  { id: 'business', row: (i) => ({ kind: 'business', event_date: null, end_date: null, amount: 10_000_000, item: `某商贸有限公司${i}` }) },
  { id: 'bank', row: (i) => ({ kind: 'deposit', event_date: null, end_date: null, amount: 5_000_000 + (i % 100) * 10_000, item: '中国工商银行' }) },
  { id: 'real_estate', row: (i) => ({ kind: 'house', event_date: '2015-06-01', end_date: null, amount: null, item: `江岸区某路${i}号` }) },
];

export async function loadBenchSources(ctx: Pick<BenchContext, 'db' | 'rand'>, rowsPerSource: number, onFile = 1 / 50): Promise<void> {
  const { db } = ctx.db.deps;
  const persons = (await db.selectFrom('persons').select(['id_number', 'name']).execute()).filter((p) => p.id_number.length === 18);
  const verifier = await actorForUsername(ctx.db.deps, 'verifier');
  for (const source of SOURCES) {
    const imp = await db
      .insertInto('source_imports')
      .values({ source_id: source.id, mode: 'append', file_name: 'bench.csv', imported_on: '2026-01-01', imported_at: '2026-01-01T00:00:00.000Z', imported_by: verifier.userId, row_count: rowsPerSource, bad_row_count: 0, errors: '[]' })
      .returning('id')
      .executeTakeFirstOrThrow();
    const CHUNK = 1000;
    for (let i = 0; i < rowsPerSource; i += CHUNK) {
      const values: Insertable<SourceRecordTable>[] = [];
      for (let j = i; j < Math.min(rowsPerSource, i + CHUNK); j++) {
        const p = ctx.rand() < onFile ? persons[Math.floor(ctx.rand() * persons.length)]! : { id_number: `9${String(j).padStart(12, '0')}${source.id.length}0000`.slice(0, 18), name: '外' };
        values.push({ source_id: source.id, import_id: imp.id, record_key: `${source.id}:${j}`, id_number: p.id_number, name: p.name, exempt: 0, detail: '{}', ...source.row(j) });
      }
      await db.transaction().execute((trx) => trx.insertInto('source_records').values(values).onConflict((oc) => oc.columns(['source_id', 'record_key']).doNothing()).execute());
    }
  }
}

export const matchingRow: BenchRow = {
  label: 'batch matching of the district vs 6 sources of as many rows as persons (load; households, alerts) / one case\'s findings p50',
  measure: async (ctx: BenchContext) => {
    const deps = ctx.db.deps;
    const rowsPerSource = ctx.db.fill.persons;
    const l0 = performance.now();
    await loadBenchSources(ctx, rowsPerSource);
    const loadMs = performance.now() - l0;
    const verifier = await actorForUsername(deps, 'verifier');
    const t0 = performance.now();
    const runId = await deps.db.transaction().execute((trx) => createMatchingRun(trx, deps, verifier, DEMO_DISTRICT));
    const job = await runJobInProcess(deps, verifier, 'matching_run', { runId, areaCode: DEMO_DISTRICT });
    const runMs = performance.now() - t0;
    if (job.status !== 'succeeded') throw new Error(`matching run failed: ${job.error_code}`);
    const run = await getMatchingRun(deps, verifier, runId);
    const households = await deps.db.selectFrom('alerts').select('household_id').where('run_id', '=', runId).limit(20).execute();
    const today = todayInChina(deps.clock);
    const caseMs: number[] = [];
    for (const h of households) {
      const c0 = performance.now();
      await findingsOfHouseholds(deps.db, [h.household_id], today);
      caseMs.push(performance.now() - c0);
    }
    return `${seconds(runMs)} (load ${seconds(loadMs)}; ${run.counts.households.toLocaleString('en')} households, ${run.counts.newAlerts.toLocaleString('en')} alerts) / ${median(caseMs).toFixed(1)} ms`;
  },
};
