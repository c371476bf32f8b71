/**
 * 风险核查 over the whole district (issue 17 point 6, target: every rule under 30 s in total at
 * 1,000,000 persons on both engines): `runRiskChecksNow` as the CLI and the nightly job run it —
 * each rule's set-based query, its findings saved with the job's checkpoint — then the same run
 * again (a nightly re-run: nothing new is opened, the findings are only linked to it).
 */
import { actorForUsername } from '../src/modules/auth/service.ts';
import { DEMO_DISTRICT } from '../src/modules/demo/service.ts';
import { runRiskChecksNow } from '../src/modules/risk/service.ts';
import type { BenchContext, BenchRow } from './rows.ts';

const seconds = (ms: number) => `${(ms / 1000).toFixed(ms < 10_000 ? 2 : 1)} s`;

export const riskRow: BenchRow = {
  label: 'risk checks, all 9 rules over the district: first run / re-run (findings; slowest rule)',
  measure: async (ctx: BenchContext) => {
    const deps = ctx.db.deps;
    const county = await actorForUsername(deps, 'county');
    const t0 = performance.now();
    const first = await runRiskChecksNow(deps, county, DEMO_DISTRICT);
    const firstMs = performance.now() - t0;
    const t1 = performance.now();
    const again = await runRiskChecksNow(deps, county, DEMO_DISTRICT);
    const againMs = performance.now() - t1;
    const summary = first.summary ?? {};
    const found = Object.values(summary).reduce((s, r) => s + r.found, 0);
    const created = Object.values(again.summary ?? {}).reduce((s, r) => s + r.created, 0);
    const [slowRule, slow] = Object.entries(summary).sort((a, b) => b[1].ms - a[1].ms)[0] ?? ['—', { ms: 0 }];
    process.stderr.write(`[bench] risk rules (ms): ${Object.entries(summary).map(([r, s]) => `${r} ${s.ms} (${s.found})`).join(', ')}\n`);
    return `${seconds(firstMs)} / ${seconds(againMs)} (${found.toLocaleString('en')} findings, ${created} new on re-run; ${slowRule} ${seconds(slow.ms)})`;
  },
};
