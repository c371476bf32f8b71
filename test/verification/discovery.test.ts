import { describe, expect, it } from 'vitest';
import { csvLine } from '../../src/domain/csv-cell.ts';
import { LARGE_MEDICAL_FLOOR } from '../../src/domain/discovery/rules.ts';
import { formatYuan } from '../../src/domain/money.ts';
import { sourceDefinition, type SourceId } from '../../src/domain/verification/sources.ts';
import { actorForUsername } from '../../src/modules/auth/service.ts';
import { DEMO_COMMUNITY } from '../../src/modules/demo/service.ts';
import { runJobsUntilIdle } from '../../src/modules/jobs/service.ts';
import { createHousehold } from '../../src/modules/registry/service.ts';
import type { PersonInput } from '../../src/modules/registry/schema.ts';
import { buildHousehold, buildPerson, uniqueIdNumber } from '../factories/household.ts';
import { enrolHousehold, multipartFile } from '../helpers/enrolment.ts';
import { useTestApp } from '../helpers/test-app.ts';
import { dialects } from '../helpers/test-deps.ts';

// The demo policy of the district: urban standard 1,040 yuan, edge line 1.5 × = 1,560 yuan.
const STANDARD = 104000;
const EDGE = 156000;

describe.each(dialects)('proactive discovery and the low-income register on %s', (dialect) => {
  const t = useTestApp(dialect);
  const as = async (user: string, method: 'GET' | 'POST', url: string, payload?: object | Buffer, headers: Record<string, string> = {}) =>
    t().app.inject({ method, url: `/api/v1${url}`, headers: { cookie: await t().login(user), ...headers }, ...(payload === undefined ? {} : { payload }) });
  const importRows = async (source: SourceId, rows: string[][]) => {
    const csv = [sourceDefinition(source).columns.map((c) => c.header), ...rows].map((r) => csvLine(r)).join('\n');
    const m = multipartFile(csv, `${source}.csv`);
    const res = await as('verifier', 'POST', `/data-sources/${source}/imports`, m.payload, m.headers);
    expect(res.statusCode, res.body).toBe(202);
    await runJobsUntilIdle(t().deps);
    const job = (await as('verifier', 'GET', `/jobs/${res.json().jobId}`)).json();
    expect(job.status).toBe('succeeded');
    expect(job.result.badRowCount, JSON.stringify(job.result.errors)).toBe(0);
  };
  /** A household of the demo community; `members[0]` is the head. Returns the persons' ids and ID numbers by name. */
  const household = async (members: Partial<PersonInput>[], incomes: { member: number; type: string; monthly: number }[] = []) => {
    const county = await actorForUsername(t().deps, 'county');
    const people = members.map(({ birthDate, ...m }, i) => buildPerson({ relation: i === 0 ? 'head' : 'spouse', employment: 'not_applicable', idNumber: uniqueIdNumber({ birthDate: birthDate ?? '1975-04-04' }), ...m }));
    const h = await createHousehold(
      t().deps,
      county,
      buildHousehold({ areaCode: DEMO_COMMUNITY, urbanRural: 'urban', members: people, incomes: incomes.map((i) => ({ idNumber: people[i.member]!.idNumber, type: i.type as 'wage', monthly: i.monthly })), deductions: [], assets: [] }),
    );
    return { householdId: h.id, persons: people.map((p) => ({ id: h.members.find((m) => m.name === p.name)!.id, idNumber: p.idNumber, name: p.name })) };
  };
  const run = async (user = 'street') => {
    const started = await as(user, 'POST', '/discovery-runs', { areaCode: DEMO_COMMUNITY });
    expect(started.statusCode, started.body).toBe(202);
    await runJobsUntilIdle(t().deps);
    const view = await as('community', 'GET', `/discovery-runs/${started.json().id}`);
    expect(view.statusCode, view.body).toBe(200);
    expect(view.json().status).toBe('done');
    return view.json() as { id: number; counts: { found: number; newLeads: number } };
  };
  const leads = async (query = '') => (await as('community', 'GET', `/discovery-leads?pageSize=100${query}`)).json() as { items: { id: number; rule: string; personId: number; householdId: number; summary: string; status: string; dueDate: string }[]; total: number };

  it('names each likely-eligible person once, by the rule that matched, and never a near miss or an assisted household', async () => {
    const plain = (name: string, birthDate = '1975-04-04'): Partial<PersonInput> => ({ name, birthDate });
    // 重度残疾: per capita 1,200 yuan (above the standard, under the edge line) — and its near misses.
    const disabled = await household([{ ...plain('残一'), disability: { category: 'physical', grade: 1, certificate: null } }, plain('残一妻')], [{ member: 0, type: 'wage', monthly: 240000 }]);
    const grade3 = await household([{ ...plain('残三'), disability: { category: 'physical', grade: 3, certificate: null } }, plain('残三妻')], [{ member: 0, type: 'wage', monthly: 240000 }]);
    const atEdge = await household([{ ...plain('边线'), disability: { category: 'physical', grade: 2, certificate: null } }, plain('边线妻')], [{ member: 0, type: 'wage', monthly: 2 * EDGE }]);
    // 高龄独居无养老金 — and one with a pension known only to 人社, one who is 69.
    const elderly = await household([plain('独居老人', '1950-01-01')]);
    const pensioner = await household([plain('有养老金', '1950-02-02')]);
    const young = await household([plain('六十九岁', '1956-03-03')]);
    // 父母服刑的子女 — and a child whose mother is at home.
    const orphan = await household([{ ...plain('服刑父'), inPrison: true }, { ...plain('服刑母'), inPrison: true }, { ...plain('留守儿', '2015-07-07'), relation: 'child' }]);
    const withMother = await household([{ ...plain('服刑父二'), inPrison: true }, plain('在家母'), { ...plain('有母儿', '2015-07-07'), relation: 'child' }]);
    // 人均收入低于标准 — and exactly at it.
    const poor = await household([plain('低收入'), plain('低收入妻')], [{ member: 0, type: 'wage', monthly: 2 * STANDARD - 2 }]);
    const atStandard = await household([plain('标准线'), plain('标准线妻')], [{ member: 0, type: 'wage', monthly: 2 * STANDARD }]);
    // 大额医疗: 30,000 yuan self-paid this year — and 9,999.99 yuan, and 30,000 yuan a year and a day ago, and a rich household.
    const sick = await household([plain('大病'), plain('大病妻')], [{ member: 0, type: 'wage', monthly: 400000 }]);
    const smallBill = await household([plain('小额'), plain('小额妻')], [{ member: 0, type: 'wage', monthly: 400000 }]);
    const oldBill = await household([plain('旧账'), plain('旧账妻')], [{ member: 0, type: 'wage', monthly: 400000 }]);
    const rich = await household([plain('富裕'), plain('富裕妻')], [{ member: 0, type: 'wage', monthly: 2_000_000 }]);
    // 失业: per capita 1,200 yuan — and at the edge line.
    const jobless = await household([plain('失业'), plain('失业妻')], [{ member: 0, type: 'wage', monthly: 240000 }]);
    const joblessAtEdge = await household([plain('失业二'), plain('失业二妻')], [{ member: 0, type: 'wage', monthly: 2 * EDGE }]);
    // 主要收入者死亡 — and a death where the widow earns enough, and the death of a member without income.
    const widowed = await household([plain('亡夫'), plain('遗孀')], [{ member: 0, type: 'wage', monthly: 400000 }]);
    const earningWidow = await household([plain('亡夫二'), plain('遗孀二')], [{ member: 0, type: 'wage', monthly: 400000 }, { member: 1, type: 'wage', monthly: 400000 }]);
    const noEarner = await household([plain('户主三'), plain('亡妻三')], [{ member: 0, type: 'wage', monthly: 400000 }]);
    // Assisted: a dibao household whose head has a large medical bill is no lead.
    const enrolled = await enrolHousehold(t(), { areaCode: DEMO_COMMUNITY, amount: 80000, startMonth: '2026-01' });
    const enrolledHead = await t().deps.db.selectFrom('persons').select(['id', 'id_number', 'name']).where('id', '=', enrolled.headId).executeTakeFirstOrThrow();

    const p = (h: { persons: { idNumber: string; name: string }[] }, i = 0) => [h.persons[i]!.name, h.persons[i]!.idNumber];
    await importRows('social_insurance', [[...p(pensioner), '养老金', '1800', '', ''], [...p(jobless, 1), '失业金', '1530.50', '', ''], [...p(joblessAtEdge, 1), '失业金', '1530.50', '', '']]);
    await importRows('medical_insurance', [
      [...p(sick), '2026-01-12', '住院', '86500', '20000', '武汉市中心医院'],
      [...p(sick), '2025-06-01', '门诊慢特病', '15000', '10000', ''],
      [...p(smallBill), '2026-01-12', '住院', '20000', formatYuan(LARGE_MEDICAL_FLOOR - 1), ''],
      [...p(oldBill), '2025-03-01', '住院', '90000', '30000', ''],
      [...p(rich), '2026-01-12', '住院', '90000', '30000', ''],
      [enrolledHead.name, enrolledHead.id_number, '2026-01-12', '住院', '90000', '30000', ''],
    ]);
    await importRows('public_security', [[...p(widowed), '死亡', '2026-01-05', ''], [...p(earningWidow), '死亡', '2026-01-05', ''], [...p(noEarner, 1), '死亡', '2026-01-05', '']]);

    const first = await run();
    const found = await leads(`&runId=${first.id}`);
    const byPerson = new Map<number, string[]>();
    for (const l of found.items) byPerson.set(l.personId, [...(byPerson.get(l.personId) ?? []), l.rule].sort());
    expect(byPerson.get(disabled.persons[0]!.id)).toEqual(['severe_disability_low_income']);
    expect(byPerson.get(elderly.persons[0]!.id)).toEqual(['elderly_alone_no_pension']);
    expect(byPerson.get(orphan.persons[2]!.id)).toEqual(['child_without_parents']);
    expect(byPerson.get(poor.persons[0]!.id)).toEqual(['income_below_standard']);
    expect(byPerson.get(sick.persons[0]!.id)).toEqual(['large_medical_spending']);
    expect(byPerson.get(jobless.persons[1]!.id)).toEqual(['unemployment_low_income']);
    expect(byPerson.get(widowed.persons[0]!.id)).toEqual(['breadwinner_death']);
    const nearMisses = [grade3, atEdge, pensioner, young, withMother, atStandard, smallBill, oldBill, rich, joblessAtEdge, earningWidow, noEarner].map((h) => h.householdId);
    expect(found.items.filter((l) => nearMisses.includes(l.householdId) || l.householdId === enrolled.householdId)).toEqual([]);
    expect(found.total).toBe(7);
    expect(first.counts).toEqual({ found: 7, newLeads: 7 });
    const sickLead = found.items.find((l) => l.personId === sick.persons[0]!.id)!;
    expect(sickLead.summary).toContain('近 12 个月医疗个人自付 30,000.00 元（2 次结算）');
    expect(sickLead.status).toBe('open');
    expect(sickLead.dueDate > '2026-03-02').toBe(true);

    // Re-running finds the same persons and adds no lead twice.
    const second = await run('county');
    expect(second.counts).toEqual({ found: 7, newLeads: 0 });
    expect((await leads()).total).toBe(7);
  });

  it('lets the community record the outreach visit once, and keeps the register by month', async () => {
    const all = await leads('&status=open');
    const [applied, declined] = all.items;
    expect(applied && declined).toBeTruthy();
    const outcome = (user: string, id: number, body: object) => as(user, 'POST', `/discovery-leads/${id}/outcome`, body);
    expect((await outcome('verifier', applied!.id, { outcome: 'applied', visitedOn: '2026-03-02' })).statusCode).toBe(403);
    const noNote = await outcome('community', declined!.id, { outcome: 'declined', visitedOn: '2026-03-02' });
    expect(noNote.statusCode).toBe(400);
    expect(noNote.json().error).toMatchObject({ field: 'note' });
    expect((await outcome('community', applied!.id, { outcome: 'applied', visitedOn: '2026-03-03' })).json().error).toMatchObject({ field: 'visitedOn' });
    const ok = await outcome('community', applied!.id, { outcome: 'applied', visitedOn: '2026-03-02' });
    expect(ok.statusCode, ok.body).toBe(200);
    expect(ok.json()).toMatchObject({ status: 'visited', outcome: 'applied', visitedOn: '2026-03-02' });
    expect((await outcome('community', applied!.id, { outcome: 'applied', visitedOn: '2026-03-02' })).statusCode).toBe(409);
    expect((await outcome('street', declined!.id, { outcome: 'not_eligible', visitedOn: '2026-03-02', note: '子女有赡养能力' })).statusCode).toBe(200);
    const audit = await t().deps.db.selectFrom('audit_log').select(['action']).where('action', '=', 'discovery.lead.outcome').execute();
    expect(audit).toHaveLength(2);

    // The register this month: the dibao household (2), the medical-spending household as rigid-expense
    // hardship (2), and the monitored leads' households — less the one found not eligible.
    const reg = await as('community', 'GET', '/low-income-register?pageSize=100');
    expect(reg.statusCode, reg.body).toBe(200);
    const counts = Object.fromEntries((reg.json().counts as { group: string; persons: number; households: number }[]).map((c) => [c.group, c]));
    expect(counts['dibao']).toMatchObject({ households: 1, persons: 2 });
    expect(counts['expenditure_hardship']).toMatchObject({ households: 1, persons: 2 });
    expect(counts['monitored']!.households).toBe(5);
    expect(reg.json().items[0].name).toMatch(/\*/);
    const monthly = await as('county', 'GET', '/low-income-register/monthly?months=3');
    expect(monthly.statusCode, monthly.body).toBe(200);
    const months = monthly.json().months as { month: string; groups: { group: string; persons: number }[]; total: { persons: number } }[];
    expect(months.map((m) => m.month)).toEqual(['2026-01', '2026-02', '2026-03']);
    // The dibao enrolment starts in January; the leads were found in March.
    expect(months[0]!.total.persons).toBe(2);
    expect(months[2]!.total.persons).toBe(reg.json().total);
    expect((await as('admin', 'GET', '/low-income-register')).statusCode).toBe(403);
    expect((await as('community', 'POST', '/discovery-runs', { areaCode: DEMO_COMMUNITY })).statusCode).toBe(403);
  });
});
