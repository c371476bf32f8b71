import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { useTestApp } from '../helpers/test-app.ts';
import { dialects } from '../helpers/test-deps.ts';
import { todayInChina } from '../../src/clock.ts';
import { csvLine } from '../../src/domain/csv-cell.ts';
import { formatYuan } from '../../src/domain/money.ts';
import { assetLimit } from '../../src/domain/verification/rules.ts';
import { sourceDefinition, type SourceId } from '../../src/domain/verification/sources.ts';
import { DEMO_COMMUNITY } from '../../src/modules/demo/service.ts';
import { runJobsUntilIdle } from '../../src/modules/jobs/service.ts';
import { enrolHousehold, multipartFile } from '../helpers/enrolment.ts';
import { policyInForce } from '../../src/modules/policies/service.ts';

describe.each(dialects)('batch matching and alerts on %s', (dialect) => {
  const t = useTestApp(dialect);
  const as = async (user: string, method: 'GET' | 'POST', url: string, payload?: object | Buffer, headers: Record<string, string> = {}) =>
    t().app.inject({ method, url: `/api/v1${url}`, headers: { cookie: await t().login(user), ...headers }, ...(payload === undefined ? {} : { payload }) });
  const csv = (source: SourceId, rows: string[][]) => [sourceDefinition(source).columns.map((c) => c.header), ...rows].map((r) => csvLine(r)).join('\n');
  const importRows = async (source: SourceId, rows: string[][]) => {
    const m = multipartFile(csv(source, rows), `${source}.csv`);
    const res = await as('verifier', 'POST', `/data-sources/${source}/imports`, m.payload, m.headers);
    expect(res.statusCode, res.body).toBe(202);
    await runJobsUntilIdle(t().deps);
    const job = (await as('verifier', 'GET', `/jobs/${res.json().jobId}`)).json();
    expect(job.status).toBe('succeeded');
    expect(job.result.badRowCount).toBe(0);
  };
  const headOf = async (householdId: number) =>
    t().deps.db.selectFrom('persons').select(['id', 'id_number', 'name']).where('household_id', '=', householdId).where('relation', '=', 'head').executeTakeFirstOrThrow();
  const run = async () => {
    const started = await as('verifier', 'POST', '/matching-runs', { areaCode: DEMO_COMMUNITY });
    expect(started.statusCode, started.body).toBe(202);
    expect((await as('verifier', 'GET', `/matching-runs/${started.json().id}`)).json().status).toBe('running');
    await runJobsUntilIdle(t().deps);
    const view = await as('verifier', 'GET', `/matching-runs/${started.json().id}`);
    expect(view.json().status).toBe('done');
    return view.json() as { id: number; counts: { newAlerts: number; findings: number; persons: number } };
  };

  it('turns each rule-breaking record of an enrolled person into one alert for the community, never twice', async () => {
    const startMonth = '2026-01';
    const hh = [];
    for (let i = 0; i < 12; i++) hh.push(await enrolHousehold(t(), { areaCode: DEMO_COMMUNITY, amount: 80000, startMonth }));
    const heads = await Promise.all(hh.map((h) => headOf(h.householdId)));
    const [dead, car, exemptCar, rich, atLimit, firm, closedFirm, pensioner, prisoner, released, worker] = heads as [typeof heads[number], ...typeof heads];
    const { policy } = await policyInForce(t().deps.db, DEMO_COMMUNITY, todayInChina(t().deps.clock));
    const urban = await t().deps.db.selectFrom('households').select('urban_rural').where('id', '=', hh[0]!.householdId).executeTakeFirstOrThrow();
    const limit = assetLimit(urban.urban_rural === 'urban' ? policy.dibao.urbanStandard : policy.dibao.ruralStandard, policy.dibao.assetMonths, 2);

    await importRows('public_security', [[dead!.name, dead!.id_number, '死亡', '2026-01-05', '']]);
    await importRows('vehicles', [
      [car!.name, car!.id_number, '鄂A12345', '小型轿车', '85000', '2019-04-01', '否', ''],
      [exemptCar!.name, exemptCar!.id_number, '鄂A6789B', '残疾人专用车', '32000', '2020-08-15', '是', '残疾人代步'],
    ]);
    await importRows('bank', [
      [rich!.name, rich!.id_number, '中国工商银行', '存款', formatYuan(limit + 1), ''],
      [atLimit!.name, atLimit!.id_number, '中国工商银行', '存款', formatYuan(limit), ''],
    ]);
    await importRows('business', [
      [firm!.name, firm!.id_number, '某商贸有限公司', '法定代表人', '500000', '存续'],
      [closedFirm!.name, closedFirm!.id_number, '某便利店', '个体工商户经营者', '', '注销'],
    ]);
    await importRows('social_insurance', [
      [pensioner!.name, pensioner!.id_number, '养老金', '2300', '', ''],
      [worker!.name, worker!.id_number, '工资', '3500', '某物流公司', ''],
    ]);
    await importRows('prison', [
      [prisoner!.name, prisoner!.id_number, '2025-05-01', '2027-04-30', ''],
      [released!.name, released!.id_number, '2020-01-01', '2025-12-31', ''],
    ]);

    const first = await run();
    const alerts = (await as('community', 'GET', `/alerts?runId=${first.id}&pageSize=100`)).json();
    const byPerson = new Map<number, string[]>();
    for (const a of alerts.items) byPerson.set(a.personId, [...(byPerson.get(a.personId) ?? []), a.rule]);
    expect(byPerson.get(dead!.id)).toEqual(['death']);
    expect(byPerson.get(car!.id)).toEqual(['vehicle_not_exempt']);
    expect(byPerson.get(rich!.id)).toEqual(['assets_above_limit']);
    expect(byPerson.get(firm!.id)).toEqual(['business_registration']);
    expect(byPerson.get(pensioner!.id)).toEqual(['undeclared_pension']);
    expect(byPerson.get(worker!.id)).toEqual(['undeclared_wage']);
    expect(byPerson.get(prisoner!.id)).toEqual(['imprisonment']);
    // The near misses raise nothing: an exempt vehicle, assets exactly at the limit, a closed business, a released prisoner.
    for (const p of [exemptCar, atLimit, closedFirm, released]) expect(byPerson.get(p!.id)).toBeUndefined();
    expect(alerts.total).toBe(7);
    expect(first.counts.newAlerts).toBe(7);
    const death = alerts.items.find((a: { rule: string }) => a.rule === 'death');
    expect(death).toMatchObject({ source: 'public_security', householdId: hh[0]!.householdId, status: 'open', areaCode: DEMO_COMMUNITY, outcome: 'stop' });
    // 10 working days from Monday 2 March 2026.
    expect(death.dueDate).toBe('2026-03-16');
    expect(alerts.counts.bySource).toMatchObject({ public_security: 1, vehicles: 1, bank: 1 });

    // Re-running, even after the snapshot sources are re-imported, creates no duplicate.
    await importRows('vehicles', [
      [car!.name, car!.id_number, '鄂A12345', '小型轿车', '85000', '2019-04-01', '否', ''],
      [exemptCar!.name, exemptCar!.id_number, '鄂A6789B', '残疾人专用车', '32000', '2020-08-15', '是', '残疾人代步'],
    ]);
    const second = await run();
    expect(second.counts.newAlerts).toBe(0);
    expect(second.counts.findings).toBe(first.counts.findings);
    expect((await as('community', 'GET', `/alerts?areaCode=${DEMO_COMMUNITY}&pageSize=100`)).json().total).toBe(7);
  });

  it('has the community work alerts to an outcome; a confirmed death proposes the stop of every benefit', async () => {
    const open = (await as('community', 'GET', '/alerts?status=open&pageSize=100')).json().items as { id: number; rule: string; personId: number }[];
    const death = open.find((a) => a.rule === 'death')!;
    const car = open.find((a) => a.rule === 'vehicle_not_exempt')!;
    const firm = open.find((a) => a.rule === 'business_registration')!;
    expect((await as('community', 'POST', `/alerts/${death.id}/outcome`, { outcome: 'confirmed', proposal: 'review' })).statusCode).toBe(400);
    expect((await as('verifier', 'POST', `/alerts/${death.id}/outcome`, { outcome: 'confirmed', proposal: 'stop' })).statusCode).toBe(403);
    const confirmed = await as('community', 'POST', `/alerts/${death.id}/outcome`, { outcome: 'confirmed', proposal: 'stop' });
    expect(confirmed.statusCode, confirmed.body).toBe(200);
    expect(confirmed.json()).toMatchObject({ status: 'confirmed', outcome: 'stop' });
    const hook = await t().deps.db.selectFrom('audit_log').select(['entity_id', 'new_value']).where('action', '=', 'person.death_stop_proposed').execute();
    expect(hook.map((h) => h.entity_id)).toEqual([String(death.personId)]);
    expect((await as('community', 'POST', `/alerts/${death.id}/outcome`, { outcome: 'explained', reason: 'x' })).statusCode).toBe(409);

    const explained = await as('street', 'POST', `/alerts/${car.id}/outcome`, { outcome: 'explained', reason: '车辆为营运生计用车，已核实' });
    expect(explained.json()).toMatchObject({ status: 'explained', outcome: null, reason: '车辆为营运生计用车，已核实' });
    expect((await as('community', 'POST', `/alerts/${firm.id}/outcome`, { outcome: 'confirmed', proposal: 'review' })).json()).toMatchObject({ status: 'confirmed', outcome: 'review' });
    const left = (await as('community', 'GET', '/alerts?status=open')).json();
    expect(left.total).toBe(4);
  });

  it('counts alerts by source, outcome and age on the dashboard and in the monthly report (JSON, Excel, PDF)', async () => {
    const dash = (await as('community', 'GET', '/reports/dashboard')).json();
    expect(dash.alerts).toMatchObject({ areaCode: DEMO_COMMUNITY, total: { open: 4, confirmed: 2, explained: 1, overdue: 0 }, openByAge: { d0_7: 4, d8_30: 0, d31_90: 0, d90plus: 0 } });
    expect(dash.alerts.bySource).toEqual(
      expect.arrayContaining([
        { source: 'public_security', name: '公安户籍（死亡、迁移）', open: 0, confirmed: 1, explained: 0, overdue: 0 },
        expect.objectContaining({ source: 'vehicles', open: 0, explained: 1 }),
        expect.objectContaining({ source: 'business', confirmed: 1 }),
      ]),
    );
    // The district sees its communities' alerts; the administrator, who reads no alerts, none.
    expect((await as('county', 'GET', '/reports/dashboard')).json().alerts.total.open).toBe(4);
    expect((await as('admin', 'GET', '/reports/dashboard')).json().alerts).toBeUndefined();

    const month = todayInChina(t().deps.clock).slice(0, 7);
    const report = (await as('county', 'GET', `/reports/monthly?areaCode=420102&month=${month}`)).json();
    expect(report.alerts.total).toEqual({ open: 4, confirmed: 2, explained: 1, overdue: 0 });
    const before = (await as('county', 'GET', '/reports/monthly?areaCode=420102&month=2026-01')).json();
    expect(before.alerts.total).toEqual({ open: 0, confirmed: 0, explained: 0, overdue: 0 });
    const xlsx = await as('county', 'GET', `/reports/monthly?areaCode=420102&month=${month}&format=xlsx`);
    expect(xlsx.statusCode).toBe(200);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(xlsx.rawPayload as unknown as ArrayBuffer);
    const ws = wb.getWorksheet('核对预警')!;
    expect(ws.getRow(2).values).toEqual(expect.arrayContaining(['数据源', '待处理', '已确认', '已说明', '超期']));
    expect(ws.getRow(3).values).toEqual(expect.arrayContaining(['合计', 4, 2, 1, 0]));
    expect(ws.getRow(4 + dash.alerts.bySource.length + 2).values).toEqual(expect.arrayContaining(['7 天内', 4]));
    const pdf = await as('county', 'GET', `/reports/monthly?areaCode=420102&month=${month}&format=pdf`);
    expect(pdf.statusCode).toBe(200);
    expect(pdf.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');
  });

  it('keeps alerts and runs to their area', async () => {
    expect((await as('admin', 'GET', '/alerts')).statusCode).toBe(403);
    expect((await as('community', 'GET', '/alerts?areaCode=420103')).statusCode).toBe(404);
    expect((await as('verifier', 'POST', '/matching-runs', { areaCode: '420103' })).statusCode).toBe(403);
    expect((await as('community', 'POST', '/matching-runs', { areaCode: DEMO_COMMUNITY })).statusCode).toBe(403);
  });
});
