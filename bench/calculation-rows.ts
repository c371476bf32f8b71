import { todayInChina } from '../src/clock.ts';
import { calculate } from '../src/domain/programs/index.ts';
import type { Policy } from '../src/domain/policy.ts';
import { scenarioFromHousehold } from '../src/modules/calculations/household-scenario.ts';
import { policyInForce } from '../src/modules/policies/service.ts';
import { meansTestDataInArea } from '../src/modules/registry/service.ts';
import { DEMO_DISTRICT } from '../src/modules/demo/service.ts';
import { median, type BenchContext, type BenchRow } from './rows.ts';

/** Repeated (median) where a run is cheap: at 100,000 persons, not at a million. */
const runsFor = (ctx: BenchContext) => (ctx.db.fill.persons <= 200_000 ? 3 : 1);

/**
 * Calculation throughput: every active household of the district loaded set-based
 * (`meansTestDataInArea`, six queries) and run through the dibao calculation with its full
 * trace, the policy resolved once per community — what a re-verification campaign does.
 */
export const calculationThroughputRow: BenchRow = {
  label: 'dibao calculation, whole district (households/s)',
  measure: async (ctx) => {
    const { deps } = ctx.db;
    const asOf = todayInChina(deps.clock);
    const results: { total: number; load: number; calc: number; households: number; eligible: number }[] = [];
    for (let r = 0; r < runsFor(ctx); r++) {
      const t0 = performance.now();
      const households = await meansTestDataInArea(deps.db, DEMO_DISTRICT);
      const t1 = performance.now();
      const policies = new Map<string, { policy: Policy; version: string }>();
      let eligible = 0;
      for (const h of households) {
        let p = policies.get(h.areaCode);
        if (!p) policies.set(h.areaCode, (p = await policyInForce(deps.db, h.areaCode, asOf)));
        if (calculate(scenarioFromHousehold(h, 'dibao', asOf), p.policy, p.version).eligible) eligible++;
      }
      const t2 = performance.now();
      results.push({ total: t2 - t0, load: t1 - t0, calc: t2 - t1, households: households.length, eligible });
    }
    const mid = results.sort((a, b) => a.total - b.total)[Math.floor(results.length / 2)]!;
    const rate = Math.round(mid.households / (mid.total / 1000));
    return `${rate.toLocaleString('en')}/s (load ${(mid.load / 1000).toFixed(1)} s + calculate ${(mid.calc / 1000).toFixed(1)} s)`;
  },
};

/**
 * Policy simulation: POST /api/v1/simulations for the whole district with the urban standard
 * raised by 10% — both policies over every household, rolled up by street and community.
 */
export const simulationRow: BenchRow = {
  label: 'policy simulation, district, standard +10%',
  measure: async (ctx) => {
    const { deps } = ctx.db;
    const asOf = todayInChina(deps.clock);
    const inForce = await policyInForce(deps.db, DEMO_DISTRICT, asOf);
    const raised = Math.round((inForce.policy.dibao.urbanStandard * 1.1) / 100) * 100;
    const times: number[] = [];
    let body: { baseline: { eligibleHouseholds: number }; simulated: { eligibleHouseholds: number } } | null = null;
    for (let r = 0; r < runsFor(ctx); r++) {
      const start = performance.now();
      const res = await ctx.app.inject({
        method: 'POST',
        url: '/api/v1/simulations',
        headers: { cookie: ctx.cookie },
        payload: { areaCode: DEMO_DISTRICT, asOf, program: 'dibao', changes: [{ key: 'dibao.urbanStandard', value: raised }] },
      });
      times.push(performance.now() - start);
      if (res.statusCode !== 200) throw new Error(`POST /simulations: ${res.statusCode} ${res.body.slice(0, 200)}`);
      body = res.json();
    }
    const eligible = `${body!.baseline.eligibleHouseholds.toLocaleString('en')} → ${body!.simulated.eligibleHouseholds.toLocaleString('en')}`;
    return `${(median(times) / 1000).toFixed(2)} s (eligible ${eligible})`;
  },
};
