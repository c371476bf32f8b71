import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { buildHousehold, buildPerson, uniqueIdNumber } from '../../../test/factories/household.ts';
import { useTestApp } from '../../../test/helpers/test-app.ts';
import { dialects } from '../../../test/helpers/test-deps.ts';
import { projectRoot } from '../../config.ts';
import { demoPolicy } from '../../domain/policy.ts';

/** A poor couple: one wage of 600 yuan, nothing else. */
function poorHousehold() {
  const head = buildPerson({ name: '孙德明', employment: 'employed', idNumber: uniqueIdNumber({ birthDate: '1968-04-02' }) });
  const spouse = buildPerson({ name: '周桂英', relation: 'spouse', employment: 'unemployed', idNumber: uniqueIdNumber({ birthDate: '1970-09-09', sex: 'female' }) });
  return buildHousehold({
    members: [head, spouse],
    incomes: [{ idNumber: head.idNumber, type: 'wage', monthly: 60000 }],
    deductions: [],
    assets: [{ type: 'deposit', value: 500000, exempt: false }],
  });
}

function scenario(overrides: Record<string, unknown> = {}) {
  return {
    program: 'dibao',
    asOf: '2026-03-01',
    areaCode: '420102010001',
    household: {
      urban: true,
      members: [
        { idNumber: uniqueIdNumber({ birthDate: '1960-01-15' }), relation: 'head', laborCapacity: 'none', student: false, employed: false, disability: null, seriousIllness: false, selfCare: null, inPrison: false, incomes: [{ type: 'pension', monthly: 50000 }], socialInsurance: 0 },
      ],
      assets: { financial: 0, vehicles: [], houses: 1 },
    },
    ...overrides,
  };
}

describe.each(dialects)('policies, calculations and simulation on %s', (dialect) => {
  const t = useTestApp(dialect);
  const api = async (user: string, method: 'GET' | 'POST', url: string, payload?: unknown, headers: Record<string, string> = {}) =>
    t().app.inject({ method, url: `/api/v1${url}`, headers: { cookie: await t().login(user), ...headers }, ...(payload === undefined ? {} : { payload: payload as object }) });

  it('resolves the district policy for a community, effective-dated, and keeps each parameter’s history', async () => {
    const inForce = (await api('community', 'GET', '/policies/420102010001?asOf=2026-03-01')).json();
    expect(inForce.policy.dibao.urbanStandard).toBe(demoPolicy.dibao.urbanStandard);
    expect(inForce.sources['dibao.urbanStandard']).toEqual({ areaCode: '420102', effectiveFrom: '2025-01-01', version: 1 });
    expect(inForce.version).toMatch(/^2025-01-01\/[0-9a-f]{8}$/);

    const set = await api('county', 'POST', '/policies/420102/parameters', { key: 'dibao.urbanStandard', effectiveFrom: '2026-07-01', value: 110000, note: '武民政〔2026〕12号' });
    expect(set.statusCode).toBe(201);
    expect(set.json()).toMatchObject({ version: 2, value: 110000 });
    expect((await api('community', 'GET', '/policies/420102010001?asOf=2026-06-30')).json().policy.dibao.urbanStandard).toBe(104000);
    expect((await api('community', 'GET', '/policies/420102010001?asOf=2026-07-01')).json().policy.dibao.urbanStandard).toBe(110000);

    // A community of its own: the county sets it there; the district and its other communities are untouched.
    expect((await api('county', 'POST', '/policies/420102010002/parameters', { key: 'dibao.urbanStandard', effectiveFrom: '2026-01-01', value: 105000 })).statusCode).toBe(201);
    expect((await api('county', 'GET', '/policies/420102010002?asOf=2026-03-01')).json().policy.dibao.urbanStandard).toBe(105000);
    expect((await api('county', 'GET', '/policies/420102010001?asOf=2026-03-01')).json().policy.dibao.urbanStandard).toBe(104000);

    const history = (await api('county', 'GET', '/policies/420102010002/history?key=dibao.urbanStandard')).json().items;
    expect(history.map((h: { areaCode: string; value: number; createdBy: string | null }) => [h.areaCode, h.value, h.createdBy])).toEqual([
      ['420102', 110000, 'county'],
      ['420102010002', 105000, 'county'],
      ['420102', 104000, null],
    ]);
  });

  it('lets only county approvers and admins edit, only in their area, with valid values', async () => {
    const body = { key: 'dibao.urbanStandard', effectiveFrom: '2026-08-01', value: 120000 };
    for (const who of ['street', 'community', 'verifier', 'auditor']) {
      expect((await api(who, 'POST', '/policies/420102/parameters', body)).statusCode).toBe(403);
    }
    expect((await api('county', 'POST', '/policies/42/parameters', body)).statusCode).toBe(403);
    const bad = await api('county', 'POST', '/policies/420102/parameters', { ...body, value: -5 });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.field).toBe('value');
    // A rate written as a JSON number is kept as the exact decimal it was typed as.
    const rate = await api('admin', 'POST', '/policies/420102/parameters', { key: 'tekun.multiplier', effectiveFrom: '2026-08-01', value: 1.35 });
    expect(rate.statusCode).toBe(201);
    expect(rate.json().value).toBe('1.35');
    const tooFine = await api('admin', 'POST', '/policies/420102/parameters', { key: 'tekun.multiplier', effectiveFrom: '2026-08-01', value: 1e-7 });
    expect(tooFine.statusCode).toBe(400);
    expect(tooFine.json().error.field).toBe('value');
    expect((await api('admin', 'POST', '/policies/420102/parameters', { key: 'tekun.multiplier', effectiveFrom: '2026-08-01', value: '1.4' })).statusCode).toBe(201);
    const audit = (await api('auditor', 'GET', '/audit?entityType=policy&pageSize=5')).json().items;
    expect(audit[0]).toMatchObject({ action: 'policy.set', actorUsername: 'admin', newValue: { value: '1.4' } });
  });

  it('calculates a scenario with the area’s policy or an inline one, explaining each line', async () => {
    const res = await api('community', 'POST', '/calculations', scenario());
    expect(res.statusCode).toBe(200);
    const r = res.json();
    // (1040 − 500) × 1 = 540 yuan, plus the age-70 increment? born 1960: 66 on asOf, none.
    expect(r).toMatchObject({ program: 'dibao', eligible: true, monthlyAmount: 54000, perCapitaIncome: 50000 });
    expect(r.explanation.lines.map((l: { label: string }) => l.label)).toContain('家庭人均月收入');
    expect(r.explanation.lines.find((l: { step: string }) => l.step === 'amount').value).toBe('540.00 元');

    const inline = await api('community', 'POST', '/calculations', scenario({ areaCode: undefined, policy: { ...demoPolicy, dibao: { ...demoPolicy.dibao, urbanStandard: 80000 } } }));
    expect(inline.json()).toMatchObject({ eligible: true, monthlyAmount: 30000, policyVersion: expect.stringMatching(/^inline\//) });
    // Rates written as JSON numbers are the same exact decimals: same amount, same policy label.
    const numeric = { ...demoPolicy, dibao: { ...demoPolicy.dibao, urbanStandard: 80000, workCostShare: 0.2, edgeMultiplier: 1.5, increments: { severeDisability: 0.3, seriousIllness: 0.2, age70: 0.1, minorOrStudent: 0.1 } }, tekun: { ...demoPolicy.tekun, multiplier: 1.3 } };
    const withNumbers = await api('community', 'POST', '/calculations', scenario({ areaCode: undefined, policy: numeric }));
    expect(withNumbers.statusCode).toBe(200);
    expect(withNumbers.json()).toMatchObject({ monthlyAmount: 30000, policyVersion: inline.json().policyVersion });

    const en = await api('community', 'POST', '/calculations', scenario(), { 'accept-language': 'en' });
    expect(en.json().explanation.lines.map((l: { label: string }) => l.label)).toContain('Per-capita income');

    const invalid = await api('community', 'POST', '/calculations', { ...scenario(), household: { ...scenario().household, members: [{ ...scenario().household.members[0], idNumber: '420102196001150000' }] } });
    expect(invalid.statusCode).toBe(400);
    expect(invalid.json().error.field).toBe('household.members.0.idNumber');
    const noArea = await api('community', 'POST', '/calculations', scenario({ areaCode: undefined }));
    expect(noArea.json().error).toMatchObject({ code: 'calculation_area_required', field: 'areaCode' });
  });

  it('runs a program for a registered household and simulates a standard change over the area', async () => {
    const h = (await api('community', 'POST', '/households', poorHousehold())).json();
    const calc = await api('community', 'POST', `/households/${h.id}/calculations`, { program: 'dibao', asOf: '2026-03-01' });
    expect(calc.statusCode).toBe(200);
    // Wage 600 − work cost min(600 × 0.2, 300) = 480; per capita 240; (1040 − 240) × 2 = 1,600 yuan.
    expect(calc.json()).toMatchObject({ eligible: true, perCapitaIncome: 24000, monthlyAmount: 160000 });
    expect(calc.json().explanation.lines.some((l: { label: string }) => l.label.includes('孙德明'))).toBe(true);
    expect(JSON.stringify(calc.json().scenario)).not.toMatch(/\d{17}[\dX]/);
    const subject = await api('community', 'POST', `/households/${h.id}/calculations`, { program: 'tekun' });
    expect(subject.json().error.field).toBe('subjectPersonId');
    expect((await api('community', 'POST', `/households/999999/calculations`, { program: 'dibao' })).statusCode).toBe(404);

    const sim = await api('county', 'POST', '/simulations', { areaCode: '420102', asOf: '2026-03-01', changes: [{ key: 'dibao.urbanStandard', value: 130000 }] });
    expect(sim.statusCode).toBe(200);
    const s = sim.json();
    expect(s.baseline.households).toBeGreaterThan(0);
    expect(s.simulated.eligibleHouseholds).toBeGreaterThanOrEqual(s.baseline.eligibleHouseholds);
    expect(s.noLongerEligible).toBe(0);
    expect(s.monthlyChange).toBe(s.simulated.monthlyAmount - s.baseline.monthlyAmount);
    expect(s.yearlyChange).toBe(s.monthlyChange * 12);
    // This household alone gains (1300 − 1040) × 2 = 520 yuan a month.
    expect(s.monthlyChange).toBeGreaterThanOrEqual(52000);
    const community = s.byCommunity.find((c: { areaCode: string }) => c.areaCode === '420102010001');
    expect(community).toMatchObject({ name: '操场社区' });
    expect(s.byStreet.find((c: { areaCode: string }) => c.areaCode === '420102010')).toBeTruthy();
    expect((await api('community', 'POST', '/simulations', { areaCode: '420102', asOf: '2026-03-01', changes: [{ key: 'dibao.urbanStandard', value: 130000 }] })).statusCode).toBe(404);
  });
});

describe('npx minzheng calc', () => {
  it('prints the result of a scenario file as JSON', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'minzheng-calc-'));
    const file = path.join(dir, 'scenario.json');
    fs.writeFileSync(file, JSON.stringify(scenario({ areaCode: undefined, policy: demoPolicy })));
    const { stdout } = await promisify(execFile)(process.execPath, [path.join(projectRoot, 'bin/minzheng.js'), 'calc', file], {
      env: { ...process.env, DATA_DIR: dir, DATABASE_URL: '' },
    });
    expect(JSON.parse(stdout)).toMatchObject({ program: 'dibao', eligible: true, monthlyAmount: 54000 });
    fs.rmSync(dir, { recursive: true, force: true });
  }, 30_000);
});
