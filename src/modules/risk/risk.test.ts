import { execFileSync } from 'node:child_process';
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { useTestApp } from '../../../test/helpers/test-app.ts';
import { dialects } from '../../../test/helpers/test-deps.ts';
import { runJobsUntilIdle } from '../jobs/service.ts';
import { policyInForce } from '../policies/service.ts';
import { EVIDENCE_KIND_LABELS, EVIDENCE_LABELS, evidenceKeys } from '../../../web/src/pages/risk/evidence-labels.ts';
import { RISK_RULES } from '../../domain/risk/rules.ts';
import { plantEnrolment, plantHousehold, plantWorker, setAccount, type Planted } from './test-plant.ts';

const C1 = '420102010001';
const C2 = '420102010002';

interface Finding {
  id: number;
  rule: string;
  areaCode: string;
  householdIds: number[];
  personIds: number[];
  evidence: Record<string, unknown>;
  status: string;
}

describe.each(dialects)('risk checks on %s', (dialect) => {
  const t = useTestApp(dialect, { now: '2026-03-02T02:00:00.000Z' });
  const as = async (user: string, method: 'GET' | 'POST', url: string, payload?: unknown) =>
    t().app.inject({ method, url: `/api/v1${url}`, headers: { cookie: await t().login(user) }, ...(payload === undefined ? {} : { payload: payload as object }) });
  const p: Record<string, Planted> = {};
  let otherStreetCommunity = '';
  let firstRun = 0;
  let findings: Finding[] = [];
  const ofRule = (rule: string) => findings.filter((f) => f.rule === rule);
  const names = (rule: string, householdId: number) => ofRule(rule).filter((f) => f.householdIds.includes(householdId));

  async function run(user = 'county', areaCode?: string): Promise<number> {
    const res = await as(user, 'POST', '/risk-checks/runs', areaCode ? { areaCode } : {});
    expect(res.statusCode, res.body).toBe(202);
    await runJobsUntilIdle(t().deps);
    const id = res.json().id as number;
    const view = (await as(user, 'GET', `/risk-checks/runs/${id}`)).json();
    expect(view.status, JSON.stringify(view)).toBe('succeeded');
    return id;
  }
  async function allFindings(query: string): Promise<Finding[]> {
    const res = await as('county', 'GET', `/risk-findings?pageSize=100&${query}`);
    expect(res.statusCode, res.body).toBe(200);
    return res.json().items as Finding[];
  }

  beforeAll(async () => {
    const deps = t().deps;
    const other = await deps.db.selectFrom('areas').select('code').where('level', '=', 'community').where('code', 'not like', '420102010%').orderBy('code').executeTakeFirstOrThrow();
    otherStreetCommunity = other.code;
    const enrol = (householdId: number, program = 'dibao', extra: Partial<Parameters<typeof plantEnrolment>[1]> = {}) => plantEnrolment(deps, { householdId, program, areaCode: C1, covered: 2, ...extra });

    // one account, two households paid into it — near miss: the second household on that account is not enrolled
    p.shared1 = await plantHousehold(deps, C1);
    p.shared2 = await plantHousehold(deps, C1);
    p.sharedNear1 = await plantHousehold(deps, C1);
    p.sharedNear2 = await plantHousehold(deps, C1);
    await setAccount(deps, p.shared1.id, '6222020000111111', p.shared1.names[0]!);
    await setAccount(deps, p.shared2.id, '6222020000111111', p.shared2.names[0]!);
    await setAccount(deps, p.sharedNear1.id, '6222020000222222', p.sharedNear1.names[0]!);
    await setAccount(deps, p.sharedNear2.id, '6222020000222222', p.sharedNear2.names[0]!);
    await enrol(p.shared1.id);
    await enrol(p.shared2.id);
    await enrol(p.sharedNear1.id);

    // the account held by someone outside the household — near miss: held by the spouse
    p.holder = await plantHousehold(deps, C1);
    p.holderNear = await plantHousehold(deps, C1);
    await setAccount(deps, p.holder.id, '6222020000333333', '王外人');
    await setAccount(deps, p.holderNear.id, '6222020000444444', p.holderNear.names[1]!);
    await enrol(p.holder.id);
    await enrol(p.holderNear.id);

    // tekun with the disability living subsidy — near miss: tekun with the elderly allowance
    p.stack = await plantHousehold(deps, C1);
    p.stackNear = await plantHousehold(deps, C1);
    await enrol(p.stack.id, 'tekun', { personId: p.stack.personIds[0] });
    await enrol(p.stack.id, 'disability_living', { personId: p.stack.personIds[0] });
    await enrol(p.stackNear.id, 'tekun', { personId: p.stackNear.personIds[0] });
    await enrol(p.stackNear.id, 'elderly_allowance', { personId: p.stackNear.personIds[0] });
    // tekun in a household whose dibao covers every member — near miss: the dibao leaves the tekun member out
    p.stackDibao = await plantHousehold(deps, C1);
    p.stackDibaoNear = await plantHousehold(deps, C1);
    await enrol(p.stackDibao.id, 'tekun', { personId: p.stackDibao.personIds[0] });
    await enrol(p.stackDibao.id, 'dibao', { covered: 2 });
    await enrol(p.stackDibaoNear.id, 'tekun', { personId: p.stackDibaoNear.personIds[0] });
    await enrol(p.stackDibaoNear.id, 'dibao', { covered: 1 });
    // an orphan at the full standard in a dibao household — near miss: the allowance reduced by the child's share
    const standard = (await policyInForce(deps.db, C1, '2026-03-02')).policy.orphan.standard;
    p.orphan = await plantHousehold(deps, C1, 3, { flags: ['orphan'] });
    p.orphanNear = await plantHousehold(deps, C1, 3, { flags: ['orphan'] });
    await enrol(p.orphan.id, 'dibao', { covered: 3, amount: 90000 });
    await enrol(p.orphan.id, 'orphan', { personId: p.orphan.personIds[2], amount: standard });
    await enrol(p.orphanNear.id, 'dibao', { covered: 3, amount: 90000 });
    await enrol(p.orphanNear.id, 'orphan', { personId: p.orphanNear.personIds[2], amount: standard - 30000 });

    // a person paid by two communities — near miss: both enrolments in the home community
    p.twoAreas = await plantHousehold(deps, C1);
    p.twoAreasNear = await plantHousehold(deps, C1);
    await enrol(p.twoAreas.id, 'dibao');
    await enrol(p.twoAreas.id, 'elderly_allowance', { personId: p.twoAreas.personIds[0], areaCode: C2 });
    await enrol(p.twoAreasNear.id, 'dibao');
    await enrol(p.twoAreasNear.id, 'elderly_allowance', { personId: p.twoAreasNear.personIds[0] });

    // dibao for 1 of 3 members — near miss: 3 of 3
    p.partial = await plantHousehold(deps, C1, 3);
    p.partialNear = await plantHousehold(deps, C1, 3);
    await enrol(p.partial.id, 'dibao', { covered: 1 });
    await enrol(p.partialNear.id, 'dibao', { covered: 3 });

    // a registered relative of staff enrolled without the separate review — near miss: reviewed
    p.relative = await plantHousehold(deps, C1);
    p.relativeNear = await plantHousehold(deps, C1);
    for (const h of [p.relative, p.relativeNear]) {
      const person = await deps.db.selectFrom('persons').select(['id_number', 'name']).where('id', '=', h.personIds[0]!).executeTakeFirstOrThrow();
      await deps.db
        .insertInto('staff_relatives')
        .values({ staff_name: '赵干部', staff_position: '社区主任', relative_name: person.name, relative_id_number: person.id_number, relation: '配偶', area_code: C1, registered_by: null, created_at: '2025-01-01T00:00:00.000Z' })
        .execute();
    }
    await enrol(p.relative.id, 'dibao');
    await enrol(p.relativeNear.id, 'dibao', { relativeReview: true });

    // six disability-care cases decided in about 20 days, one in 1 day — near miss: one in 10 days (median 20)
    p.fastOthers = await plantHousehold(deps, C1, 6);
    for (let i = 0; i < 5; i++) {
      await enrol(p.fastOthers.id, 'disability_care', { personId: p.fastOthers.personIds[i], acceptedOn: '2025-11-01', decidedAt: `2025-11-${20 + i}T02:00:00.000Z` });
    }
    p.fast = await plantHousehold(deps, C1);
    p.fastNear = await plantHousehold(deps, C1);
    await enrol(p.fast.id, 'disability_care', { personId: p.fast.personIds[0], acceptedOn: '2025-11-01', decidedAt: '2025-11-02T02:00:00.000Z' });
    await enrol(p.fastNear.id, 'disability_care', { personId: p.fastNear.personIds[0], acceptedOn: '2025-11-01', decidedAt: '2025-11-11T02:00:00.000Z' });

    // A leaves, B enters the next month, B leaves and A comes back — near miss: C re-enters a year after D left
    p.rotA = await plantHousehold(deps, C1);
    p.rotB = await plantHousehold(deps, C1);
    await enrol(p.rotA.id, 'dibao', { startMonth: '2025-01', endMonth: '2025-04' });
    await enrol(p.rotB.id, 'dibao', { startMonth: '2025-05', endMonth: '2025-08' });
    await enrol(p.rotA.id, 'dibao', { startMonth: '2025-09' });
    p.rotC = await plantHousehold(deps, C1);
    p.rotD = await plantHousehold(deps, C1);
    await enrol(p.rotC.id, 'dibao', { startMonth: '2023-01', endMonth: '2023-03' });
    await enrol(p.rotD.id, 'dibao', { startMonth: '2023-04', endMonth: '2023-06' });
    await enrol(p.rotC.id, 'dibao', { startMonth: '2024-07' });

    // one worker took 12 of the street's enrolments, two colleagues 2 each — near miss (another street): 12 against 5 and 5
    const w = [await plantWorker(deps, 'risk_w1', C1), await plantWorker(deps, 'risk_w2', C1), await plantWorker(deps, 'risk_w3', C2)];
    const wn = [await plantWorker(deps, 'risk_w4', otherStreetCommunity), await plantWorker(deps, 'risk_w5', otherStreetCommunity), await plantWorker(deps, 'risk_w6', otherStreetCommunity)];
    p.workers = await plantHousehold(deps, C1, 6);
    p.workersNear = await plantHousehold(deps, otherStreetCommunity, 6);
    const perWorker = async (h: Planted, area: string, user: number, count: number) => {
      for (let i = 0; i < count; i++) await plantEnrolment(deps, { householdId: h.id, personId: h.personIds[i % 6], program: 'elderly_allowance', areaCode: area, createdBy: user, startMonth: `2026-0${1 + (i % 2)}` });
    };
    await perWorker(p.workers, C1, w[0]!, 12);
    await perWorker(p.workers, C1, w[1]!, 2);
    await perWorker(p.workers, C2, w[2]!, 2);
    await perWorker(p.workersNear, otherStreetCommunity, wn[0]!, 12);
    await perWorker(p.workersNear, otherStreetCommunity, wn[1]!, 5);
    await perWorker(p.workersNear, otherStreetCommunity, wn[2]!, 5);

    firstRun = await run();
    findings = await allFindings(`runId=${firstRun}`);
  }, 120_000);

  it('one bank account paying several households', () => {
    const f = names('shared_bank_account', p.shared1!.id);
    expect(f).toHaveLength(1);
    expect(f[0]!.householdIds).toEqual([p.shared1!.id, p.shared2!.id].sort((a, b) => a - b));
    expect(f[0]!.evidence).toMatchObject({ accountMasked: '************1111', households: 2 });
    expect(names('shared_bank_account', p.sharedNear1!.id)).toEqual([]);
  });

  it('a payee name that is not the account holder', () => {
    expect(names('payee_not_holder', p.holder!.id)).toHaveLength(1);
    expect(names('payee_not_holder', p.holder!.id)[0]!.evidence).toMatchObject({ accountHolder: '王外人' });
    expect(names('payee_not_holder', p.holderNear!.id)).toEqual([]);
  });

  it('programs that must not stack: tekun with a disability subsidy, with a dibao covering the person, an orphan allowance in full next to dibao', () => {
    const stack = names('program_stacking', p.stack!.id);
    expect(stack).toHaveLength(1);
    expect(stack[0]!).toMatchObject({ personIds: [p.stack!.personIds[0]], evidence: { kind: 'non_stacking', program: 'tekun', otherProgram: 'disability_living' } });
    expect(names('program_stacking', p.stackNear!.id)).toEqual([]);
    expect(names('program_stacking', p.stackDibao!.id)[0]?.evidence).toMatchObject({ otherProgram: 'dibao', otherCoveredPersons: 2, householdMembers: 2 });
    expect(names('program_stacking', p.stackDibaoNear!.id)).toEqual([]);
    const orphan = names('program_stacking', p.orphan!.id);
    expect(orphan).toHaveLength(1);
    expect(orphan[0]!).toMatchObject({ personIds: [p.orphan!.personIds[2]], evidence: { kind: 'orphan_full_standard', otherBenefits: [{ program: 'dibao' }] } });
    expect(names('program_stacking', p.orphanNear!.id)).toEqual([]);
  });

  it('a person enrolled in two areas', () => {
    const f = names('two_areas', p.twoAreas!.id);
    expect(f.map((x) => x.personIds)).toEqual([[p.twoAreas!.personIds[0]]]);
    expect(f[0]!.evidence).toMatchObject({ areas: 2, firstArea: C1, lastArea: C2 });
    expect(names('two_areas', p.twoAreasNear!.id)).toEqual([]);
  });

  it('only part of a household covered', () => {
    expect(names('partial_household', p.partial!.id)[0]?.evidence).toMatchObject({ coveredPersons: 1, householdMembers: 3 });
    expect(names('partial_household', p.partialNear!.id)).toEqual([]);
  });

  it('a relative of staff enrolled without the separate review', () => {
    expect(names('staff_relative_unreviewed', p.relative!.id)[0]?.evidence).toMatchObject({ staffName: '赵干部', relation: '配偶' });
    expect(names('staff_relative_unreviewed', p.relativeNear!.id)).toEqual([]);
  });

  it("a case decided much faster than the area's median", () => {
    expect(names('fast_decision', p.fast!.id)[0]?.evidence).toMatchObject({ days: 1, medianDays: 20, program: 'disability_care' });
    expect(names('fast_decision', p.fastNear!.id)).toEqual([]);
  });

  it('households entering and leaving in turns', () => {
    const f = names('rotation', p.rotA!.id);
    expect(f).toHaveLength(1);
    expect(f[0]!.householdIds).toEqual([p.rotA!.id, p.rotB!.id].sort((a, b) => a - b));
    expect(names('rotation', p.rotC!.id)).toEqual([]);
  });

  it("one worker's share of enrolments far above the others'", () => {
    const f = ofRule('worker_share');
    expect(f.map((x) => x.evidence.username)).toEqual(['risk_w1']);
    expect(f[0]!.evidence).toMatchObject({ enrolments: 12, peersMedian: 2, streetCode: '420102010' });
  });

  it('stacking is enforced when calculating a registered household: tekun and the other benefits come from live enrolments', async () => {
    const calc = async (h: Planted, program: string) => {
      const res = await as('county', 'POST', `/households/${h.id}/calculations`, { program, subjectPersonId: h.personIds[0], asOf: '2026-03-02' });
      expect(res.statusCode, res.body).toBe(200);
      const body = res.json();
      const subject = body.scenario.household.members.find((m: { subject?: boolean }) => m.subject);
      return { subject, tekunTest: body.trace.find((s: { step: string }) => s.step === 'tekun_test')?.value, reasons: body.reasons as string[] };
    };
    const onTekun = await calc(p.stack!, 'disability_living');
    expect(onTekun.subject).toMatchObject({ onTekun: true, otherBenefits: [{ program: 'tekun' }] });
    expect(onTekun.tekunTest).toBe(false);
    expect(onTekun.reasons).toContain('on_tekun');
    const notOnTekun = await calc(p.relative!, 'disability_living');
    expect(notOnTekun.subject).toMatchObject({ onTekun: false, otherBenefits: [{ program: 'dibao', householdPersons: 2 }] });
    expect(notOnTekun.tekunTest).toBe(true);
    expect(notOnTekun.reasons).not.toContain('on_tekun');
  });

  it('names every evidence key a rule records in Chinese (and English) for the finding drawer', () => {
    expect(new Set(findings.map((f) => f.rule))).toEqual(new Set(RISK_RULES));
    const keys = new Set(findings.flatMap((f) => evidenceKeys(f.evidence)));
    for (const lang of ['zh-CN', 'en'] as const) {
      expect([...keys].filter((k) => !(k in EVIDENCE_LABELS[lang])), `add to web/src/pages/risk/evidence-labels.ts (${lang})`).toEqual([]);
      const kinds = findings.flatMap((f) => (typeof f.evidence.kind === 'string' ? [f.evidence.kind] : []));
      expect(kinds.filter((k) => !(k in EVIDENCE_KIND_LABELS[lang]))).toEqual([]);
    }
    for (const label of Object.values(EVIDENCE_LABELS['zh-CN'])) expect(label).toMatch(/[\u4e00-\u9fff]/);
  });

  it('a re-run opens no duplicate, and lists the findings it saw again', async () => {
    const before = await allFindings('status=open');
    const second = await run();
    const again = await allFindings(`runId=${second}`);
    expect(again.map((f) => f.id).sort()).toEqual(findings.map((f) => f.id).sort());
    expect((await allFindings('status=open')).length).toBe(before.length);
    const summary = (await as('county', 'GET', `/risk-checks/runs/${second}`)).json().summary as Record<string, { created: number }>;
    expect(Object.values(summary).every((s) => s.created === 0)).toBe(true);
  });

  it('a finding is worked to an outcome with a note (audited); a dismissed one is not raised again', async () => {
    const f = names('partial_household', p.partial!.id)[0]!;
    expect((await as('street', 'POST', `/risk-findings/${f.id}/outcome`, { status: 'dismissed', note: '' })).statusCode).toBe(400);
    const done = await as('street', 'POST', `/risk-findings/${f.id}/outcome`, { status: 'dismissed', note: '单人保：其余成员有稳定收入，经民主评议' });
    expect(done.statusCode, done.body).toBe(200);
    expect(done.json()).toMatchObject({ status: 'dismissed', outcome: { note: '单人保：其余成员有稳定收入，经民主评议', by: 'street' } });
    expect((await as('county', 'POST', `/risk-findings/${f.id}/outcome`, { status: 'confirmed', note: '再次' })).statusCode).toBe(409);
    const audit = await t().deps.db.selectFrom('audit_log').select(['action', 'entity_id']).where('action', '=', 'risk.finding.outcome').execute();
    expect(audit.map((a) => a.entity_id)).toContain(String(f.id));
    const third = await run();
    expect((await allFindings(`runId=${third}&rule=partial_household`)).filter((x) => x.householdIds.includes(p.partial!.id))).toEqual([]);
    const detail = (await as('county', 'GET', `/risk-findings/${names('program_stacking', p.stack!.id)[0]!.id}`)).json();
    expect(detail.persons[0]).toMatchObject({ id: p.stack!.personIds[0], name: p.stack!.names[0] });
    expect(detail.persons[0].idNumberMasked).toContain('*');
  });

  it('counts findings by rule and outcome on the dashboard and in the monthly report', async () => {
    const dash = (await as('county', 'GET', '/reports/dashboard')).json();
    expect(dash.risk.total.open).toBeGreaterThan(0);
    expect(dash.risk.byRule.find((x: { rule: string }) => x.rule === 'rotation')).toMatchObject({ open: 1 });
    const report = await as('county', 'GET', '/reports/monthly?areaCode=420102&month=2026-03');
    expect(report.statusCode, report.body).toBe(200);
    expect(report.json().risk.byRule.find((x: { rule: string }) => x.rule === 'worker_share')).toMatchObject({ open: 1 });
    // …and in its Excel and PDF downloads.
    const xlsx = await as('county', 'GET', '/reports/monthly?areaCode=420102&month=2026-03&format=xlsx');
    expect(xlsx.statusCode).toBe(200);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(xlsx.rawPayload as unknown as ArrayBuffer);
    const sheet = wb.getWorksheet('风险核查')!;
    expect(sheet.getRow(2).values).toEqual(expect.arrayContaining(['规则', '待核实', '属实', '不属实', '合计']));
    const sheetRow = (label: string) => Array.from({ length: sheet.rowCount }, (_, i) => sheet.getRow(i + 1)).find((row) => row.getCell(1).value === label)!;
    expect([2, 3, 4].map((c) => sheetRow('经办人纳入占比异常').getCell(c).value)).toEqual([1, 0, 0]);
    const total = report.json().risk.total as { open: number; confirmed: number; dismissed: number };
    expect([2, 3, 4, 5].map((c) => sheetRow('合计').getCell(c).value)).toEqual([total.open, total.confirmed, total.dismissed, total.open + total.confirmed + total.dismissed]);
    const pdf = await as('county', 'GET', '/reports/monthly?areaCode=420102&month=2026-03&format=pdf');
    expect(pdf.statusCode).toBe(200);
    const text = execFileSync('pdftotext', ['-layout', '-', '-'], { input: pdf.rawPayload }).toString().replace(/\s+/g, '');
    expect(text).toContain('风险核查（本月发现）');
    expect(text).toContain('经办人纳入占比异常：待核实1，属实0，不属实0');
    const earlier = (await as('county', 'GET', '/reports/monthly?areaCode=420102&month=2026-02')).json();
    expect(earlier.risk.total).toEqual({ open: 0, confirmed: 0, dismissed: 0 });
    expect((await as('community', 'GET', '/reports/dashboard')).json().risk).toBeUndefined();
  });

  it('is scoped by area and role', async () => {
    // 二七街道 sees its street's findings, not the other street's worker finding or the district-wide ones
    const street = (await as('street', 'GET', '/risk-findings?pageSize=100')).json().items as Finding[];
    expect(street.length).toBeGreaterThan(0);
    expect(street.every((f) => f.areaCode.startsWith('420102010'))).toBe(true);
    expect((await as('street', 'GET', `/risk-findings?areaCode=${otherStreetCommunity}`)).statusCode).toBe(404);
    expect((await as('street', 'POST', '/risk-checks/runs', {})).statusCode).toBe(403);
    expect((await as('community', 'GET', '/risk-findings')).statusCode).toBe(403);
    expect((await as('auditor', 'GET', '/risk-findings')).statusCode).toBe(200);
    expect((await as('auditor', 'POST', `/risk-findings/${findings[0]!.id}/outcome`, { status: 'confirmed', note: 'x' })).statusCode).toBe(403);
    expect((await as('county', 'POST', '/risk-checks/runs', { areaCode: '420103' })).statusCode).toBe(403);
    // a run over one community finds only what lies in it
    const narrow = await run('county', otherStreetCommunity);
    const narrowFindings = await allFindings(`runId=${narrow}`);
    expect(narrowFindings.every((f) => f.areaCode.startsWith(otherStreetCommunity))).toBe(true);
  });
});
