import type { Deps } from '../../deps.ts';
import { assertAreaReadable, type Actor } from '../../domain/actor.ts';
import { areaAncestry } from '../../domain/area-code.ts';
import { DomainError } from '../../domain/errors.ts';
import { inlinePolicyVersionLabel, policySchema, resolvePolicy, type Policy, type PolicyKey } from '../../domain/policy.ts';
import { calculate } from '../../domain/programs/index.ts';
import { childAreasOf, findArea } from '../areas/service.ts';
import { checkPolicyValue, policyRowsInSubtree, policyVersionFor } from '../policies/service.ts';
import { meansTestDataInArea } from '../registry/service.ts';
import { scenarioFromHousehold } from './household-scenario.ts';
import type { SimulationInput, SimulationResult } from './simulation-schema.ts';

type Tally = SimulationResult['baseline'];
type AreaRow = SimulationResult['byStreet'][number];

const emptyTally = (): Tally => ({ households: 0, eligibleHouseholds: 0, eligiblePersons: 0, monthlyAmount: 0 });

function withChanges(policy: Policy, changes: SimulationInput['changes']): Policy {
  const copy = structuredClone(policy) as unknown as Record<string, Record<string, unknown>>;
  for (const c of changes) {
    const [group, name] = c.key.split('.') as [string, string];
    copy[group]![name] = c.value;
  }
  return policySchema.parse(copy);
}

/**
 * 政策模拟: every household of the area under the policy in force on `asOf` and under the
 * same policy with the changes, compared household by household and rolled up by street
 * and community. Loads the area set-based (a handful of queries), computes in memory.
 */
export async function simulatePolicyChange(deps: Deps, actor: Actor, input: SimulationInput): Promise<SimulationResult> {
  const started = performance.now();
  assertAreaReadable(actor, input.areaCode, 'area_not_found');
  if (!(await findArea(deps.db, input.areaCode))) throw new DomainError('not_found', 'area_not_found', { params: { areaCode: input.areaCode } });
  input.changes.forEach((c, i) => checkPolicyValue(c.key as PolicyKey, c.value, `changes.${i}.value`));

  const [households, rows, streets, communities] = await Promise.all([
    meansTestDataInArea(deps.db, input.areaCode),
    policyRowsInSubtree(deps.db, input.areaCode),
    childAreasOf(deps.db, input.areaCode.slice(0, 6), 'street'),
    childAreasOf(deps.db, input.areaCode.slice(0, 6), 'community'),
  ]);

  // A community may set its own parameters: resolve once per community, not per household.
  const policies = new Map<string, { baseline: Policy; simulated: Policy; version: string; simulatedVersion: string }>();
  const policyFor = (areaCode: string) => {
    let p = policies.get(areaCode);
    if (!p) {
      const resolved = resolvePolicy(rows, areaAncestry(areaCode).reverse(), input.asOf);
      const simulated = withChanges(resolved.policy, input.changes);
      p = { baseline: resolved.policy, simulated, version: policyVersionFor(resolved.sources), simulatedVersion: inlinePolicyVersionLabel(simulated) };
      policies.set(areaCode, p);
    }
    return p;
  };

  const total = { baseline: emptyTally(), simulated: emptyTally(), newly: 0, lost: 0 };
  const byArea = new Map<string, { baseline: Tally; simulated: Tally; newly: number; lost: number }>();
  const bucket = (code: string) => {
    let b = byArea.get(code);
    if (!b) byArea.set(code, (b = { baseline: emptyTally(), simulated: emptyTally(), newly: 0, lost: 0 }));
    return b;
  };
  let skipped = 0;
  let baselineVersion = '';
  for (const h of households) {
    const p = policyFor(h.areaCode);
    baselineVersion ||= p.version;
    const scenario = scenarioFromHousehold(h, input.program, input.asOf);
    let before;
    let after;
    try {
      before = calculate(scenario, p.baseline, p.version);
      after = calculate(scenario, p.simulated, p.simulatedVersion);
    } catch {
      skipped++;
      continue;
    }
    const persons = h.members.filter((m) => !m.inPrison).length;
    for (const b of [total, bucket(h.areaCode.slice(0, 9)), bucket(h.areaCode)]) {
      b.baseline.households++;
      b.simulated.households++;
      if (before.eligible) {
        b.baseline.eligibleHouseholds++;
        b.baseline.eligiblePersons += persons;
        b.baseline.monthlyAmount += before.monthlyAmount;
      }
      if (after.eligible) {
        b.simulated.eligibleHouseholds++;
        b.simulated.eligiblePersons += persons;
        b.simulated.monthlyAmount += after.monthlyAmount;
      }
      if (after.eligible && !before.eligible) b.newly++;
      if (before.eligible && !after.eligible) b.lost++;
    }
  }

  const rowsOf = (areas: { code: string; name: string }[]): AreaRow[] =>
    areas
      .filter((a) => byArea.has(a.code))
      .map((a) => {
        const b = byArea.get(a.code)!;
        return {
          areaCode: a.code,
          name: a.name,
          baseline: b.baseline,
          simulated: b.simulated,
          newlyEligible: b.newly,
          noLongerEligible: b.lost,
          monthlyChange: b.simulated.monthlyAmount - b.baseline.monthlyAmount,
        };
      });
  const monthlyChange = total.simulated.monthlyAmount - total.baseline.monthlyAmount;
  return {
    areaCode: input.areaCode,
    asOf: input.asOf,
    program: input.program,
    baselinePolicyVersion: baselineVersion,
    baseline: total.baseline,
    simulated: total.simulated,
    newlyEligible: total.newly,
    noLongerEligible: total.lost,
    monthlyChange,
    yearlyChange: monthlyChange * 12,
    skipped,
    byStreet: rowsOf(streets),
    byCommunity: rowsOf(communities),
    elapsedMs: Math.round(performance.now() - started),
  };
}
