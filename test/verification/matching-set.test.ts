/**
 * The set-based matching run against the naive evaluation (issue 18 point 6): a generated
 * district with source records planted on and beside every rule's edge — deaths, prison terms
 * ending yesterday, today or not yet begun, vehicles exempt at the source or declared exempt
 * (the plate written with spaces), pensions and wages at and above what was declared, deposits
 * at the asset limit, one fen above, tied for the largest, houses at and above the limit — run
 * in small slices, must raise exactly the alerts that evaluateHousehold finds household by
 * household, with the same texts and deadlines, and count the same persons and findings.
 */
import type { Insertable } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { todayInChina } from '../../src/clock.ts';
import type { SourceRecordTable } from '../../src/db/types.ts';
import { addWorkingDays } from '../../src/domain/calendar.ts';
import { assetLimit } from '../../src/domain/verification/rules.ts';
import { actorForUsername } from '../../src/modules/auth/service.ts';
import { fillDemoDistrict } from '../../src/modules/demo/bulk-fill.ts';
import { seededRandom } from '../../src/modules/demo/population.ts';
import { DEMO_DISTRICT } from '../../src/modules/demo/service.ts';
import { runJobInProcess } from '../../src/modules/jobs/service.ts';
import { policyInForce } from '../../src/modules/policies/service.ts';
import { findingsOfHouseholds } from '../../src/modules/verification/matching.ts';
import { enrolledHouseholdsPage } from '../../src/modules/verification/matching-queries.ts';
import { createMatchingRun, getMatchingRun } from '../../src/modules/verification/service.ts';
import { createTestDeps, dialects, type TestDeps } from '../helpers/test-deps.ts';

describe.each(dialects)('the set-based matching run equals the naive evaluation on %s', (dialect) => {
  let deps: TestDeps;
  beforeAll(async () => {
    deps = await createTestDeps(dialect);
    await fillDemoDistrict(deps, { households: 240, seed: 18, areaCode: DEMO_DISTRICT, enrol: 'all' });
  }, 120_000);
  afterAll(async () => deps?.dispose());

  async function plantRecords(): Promise<void> {
    const { db } = deps;
    const rand = seededRandom(1818);
    const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)]!;
    const today = todayInChina(deps.clock);
    const persons = await db.selectFrom('persons').select(['id', 'id_number', 'name', 'household_id']).orderBy('id').execute();
    const households = await db.selectFrom('households').select(['id', 'area_code', 'urban_rural']).orderBy('id').execute();
    const incomes = await db.selectFrom('income_items').select(['person_id', 'type', 'monthly']).execute();
    const declared = (personId: number, type: string) => incomes.filter((i) => i.person_id === personId && i.type === type).reduce((s, i) => s + Number(i.monthly), 0);
    const members = new Map<number, typeof persons>();
    for (const p of persons) members.set(p.household_id!, [...(members.get(p.household_id!) ?? []), p]);
    const policies = new Map<string, Awaited<ReturnType<typeof policyInForce>>['policy']>();
    for (const h of households) if (!policies.has(h.area_code)) policies.set(h.area_code, (await policyInForce(db, h.area_code, today)).policy);

    const imp = await db
      .insertInto('source_imports')
      .values({ source_id: 'bank', mode: 'append', file_name: 'generated.csv', imported_on: today, imported_at: '2026-03-01T00:00:00.000Z', imported_by: null, row_count: 0, bad_row_count: 0, errors: '[]' })
      .returning('id')
      .executeTakeFirstOrThrow();
    const rows: Insertable<SourceRecordTable>[] = [];
    let seq = 0;
    const put = (source: string, p: { id_number: string; name: string }, r: Partial<Insertable<SourceRecordTable>> & { kind: string }) => {
      seq += 1;
      rows.push({ source_id: source, import_id: imp.id, record_key: `${source}:${seq}`, id_number: p.id_number, name: p.name, event_date: null, end_date: null, amount: null, item: null, exempt: 0, detail: '{}', ...r });
    };
    const terms: [string | null, string | null][] = [
      ['2025-05-01', '2027-04-30'],
      ['2020-01-01', new Date(Date.parse(`${today}T00:00:00Z`) - 86_400_000).toISOString().slice(0, 10)],
      ['2024-01-01', today],
      [today, null],
      ['2099-01-01', null],
      ['2019-01-01', '2020-01-01'],
    ];
    for (const h of households) {
      const ms = members.get(h.id) ?? [];
      if (ms.length === 0 || rand() < 0.3) continue;
      const policy = policies.get(h.area_code)!;
      const standard = h.urban_rural === 'urban' ? policy.dibao.urbanStandard : policy.dibao.ruralStandard;
      for (const m of ms) {
        const draw = rand();
        if (draw < 0.05) put('public_security', m, { kind: 'death', event_date: '2026-01-05' });
        else if (draw < 0.08) put('funeral', m, { kind: 'cremation', event_date: '2026-01-08', item: '汉口殡仪馆' });
        else if (draw < 0.12) put('public_security', m, { kind: pick(['move_out', 'move_in']), event_date: '2025-10-01' });
        else if (draw < 0.22) {
          const [start, end] = pick(terms);
          put('prison', m, { kind: 'imprisonment', event_date: start, end_date: end, item: '武汉监狱' });
        } else if (draw < 0.36) {
          const plate = `鄂A${String(10000 + seq).slice(-5)}`;
          const how = rand();
          put('vehicles', m, { kind: 'vehicle', item: how < 0.1 ? null : plate, amount: 3_000_000 + seq * 100, exempt: how > 0.8 ? 1 : 0 });
          // Declared exempt: the plate in the description, written with spaces (and a full-width one).
          if (how > 0.5 && how <= 0.8)
            await db.insertInto('assets').values({ household_id: h.id, person_id: m.id, type: 'vehicle', value: 3_000_000, exempt: 1, area_sqm: null, description: `残疾人代步车 ${plate.slice(0, 2)} ${plate.slice(2, 4)}\u3000${plate.slice(4)}` }).execute();
          else if (how > 0.4 && how <= 0.5)
            await db.insertInto('assets').values({ household_id: h.id, person_id: m.id, type: 'vehicle', value: 3_000_000, exempt: 1, area_sqm: null, description: '残疾人代步车 鄂A00000' }).execute();
        } else if (draw < 0.46) put('business', m, { kind: rand() < 0.6 ? 'business' : 'business_closed', item: `某商贸有限公司${seq}`, amount: rand() < 0.5 ? null : 5_000_000 });
        else if (draw < 0.62) {
          const kind = pick(['pension', 'wage']);
          const d = declared(m.id, kind);
          put('social_insurance', m, { kind, amount: Math.max(0, d + pick([-100, 0, 0, 1, 50_000])), item: kind === 'wage' ? '某物流公司' : null });
        } else if (draw < 0.7) put(pick(['housing_fund', 'tax']), m, { kind: pick(['housing_fund', 'taxable_income']), amount: 120_000 });
      }
      // Deposits and wealth products around the household's limit, a tie for the largest now and then.
      if (rand() < 0.5) {
        const limit = assetLimit(standard, policy.dibao.assetMonths, ms.length);
        const total = limit + pick([-1, 0, 1, -500_000, 2_000_000]);
        const parts = pick([1, 2, 3]);
        const tie = rand() < 0.3;
        let left = total;
        for (let i = 0; i < parts; i++) {
          const amount = i === parts - 1 ? left : tie ? Math.floor(total / parts) : Math.floor(left * (0.2 + rand() * 0.5));
          left -= amount;
          put('bank', pick(ms), { kind: pick(['deposit', 'wealth']), amount, item: '中国工商银行' });
        }
      }
      if (rand() < 0.35) {
        const n = pick([1, policy.dibao.maxHouses, policy.dibao.maxHouses + 1, policy.dibao.maxHouses + 2]);
        for (let i = 0; i < n; i++) put('real_estate', pick(ms), { kind: 'house', event_date: '2015-06-01', item: `江岸区某路${seq}号` });
      }
    }
    // People not on file, and households whose enrolment has ended: neither is matched.
    for (let i = 0; i < 50; i++) put(pick(['public_security', 'vehicles', 'bank']), { id_number: `9${String(i).padStart(16, '0')}X`, name: '外' }, { kind: pick(['death', 'vehicle', 'deposit']), amount: 99_000_000 });
    for (let i = 0; i < rows.length; i += 200) await db.insertInto('source_records').values(rows.slice(i, i + 200)).execute();
    await db.updateTable('enrolments').set({ status: 'stopped' }).where('household_id', 'in', households.filter((_, i) => i % 9 === 4).map((h) => h.id)).execute();
  }

  const identity = (a: { personId: number; rule: string; source: string; recordKey: string; householdId: number; areaCode: string; declared: string; matched: string; dueDate: string }) =>
    [a.personId, a.rule, a.source, a.recordKey, a.householdId, a.areaCode, a.declared, a.matched, a.dueDate].join(' | ');

  it('raises the alerts evaluateHousehold finds, with the same texts, counts and deadlines; a re-run none', async () => {
    await plantRecords();
    const { db } = deps;
    const today = todayInChina(deps.clock);
    const verifier = await actorForUsername(deps, 'verifier');
    const runId = await db.transaction().execute((trx) => createMatchingRun(trx, deps, verifier, DEMO_DISTRICT));
    const job = await runJobInProcess(deps, verifier, 'matching_run', { runId, areaCode: DEMO_DISTRICT, sliceSize: 17 });
    expect(job.status, job.error_code ?? '').toBe('succeeded');

    const ids = await enrolledHouseholdsPage(db, DEMO_DISTRICT, 0, 1_000_000);
    const naive = await findingsOfHouseholds(db, ids, today);
    const expected = naive.flatMap((h) =>
      h.findings
        .filter((f) => f.breaksRule)
        .map((f) =>
          identity({ personId: f.personId, rule: f.rule!, source: f.sourceId, recordKey: f.recordKey, householdId: h.household.householdId, areaCode: h.household.areaCode, declared: f.declared, matched: f.matched, dueDate: addWorkingDays(today, h.limits.alertWorkingDays) }),
        ),
    );
    const alerts = await db.selectFrom('alerts').selectAll().where('run_id', '=', runId).execute();
    const actual = alerts.map((a) =>
      identity({ personId: a.person_id, rule: a.rule, source: a.source_id, recordKey: a.record_key, householdId: a.household_id, areaCode: a.area_code, declared: a.declared, matched: a.matched, dueDate: a.due_date }),
    );
    expect(actual.sort()).toEqual(expected.sort());
    // Every rule is exercised, and so are the near misses (findings that break nothing).
    expect(new Set(alerts.map((a) => a.rule))).toEqual(
      new Set(['death', 'imprisonment', 'vehicle_not_exempt', 'assets_above_limit', 'houses_above_limit', 'business_registration', 'undeclared_pension', 'undeclared_wage']),
    );
    const nearMisses = naive.flatMap((h) => h.findings.filter((f) => !f.breaksRule));
    for (const source of ['prison', 'vehicles', 'bank', 'real_estate', 'social_insurance', 'business']) expect(nearMisses.some((f) => f.sourceId === source), source).toBe(true);
    expect(alerts.filter((a) => a.rule === 'death').every((a) => a.outcome === 'stop')).toBe(true);

    const run = await getMatchingRun(deps, verifier, runId);
    expect(run.status).toBe('done');
    expect(run.counts).toMatchObject({
      households: ids.length,
      householdsTotal: ids.length,
      persons: naive.reduce((s, h) => s + h.household.members.length, 0),
      findings: naive.reduce((s, h) => s + h.findings.length, 0),
      newAlerts: expected.length,
    });

    const again = await db.transaction().execute((trx) => createMatchingRun(trx, deps, verifier, DEMO_DISTRICT));
    expect((await runJobInProcess(deps, verifier, 'matching_run', { runId: again, areaCode: DEMO_DISTRICT })).status).toBe('succeeded');
    expect((await getMatchingRun(deps, verifier, again)).counts).toMatchObject({ households: ids.length, newAlerts: 0, findings: run.counts.findings });
  }, 120_000);
});
