import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildHousehold, buildPerson, uniqueIdNumber } from '../factories/household.ts';
import { useTestApp } from '../helpers/test-app.ts';
import { dialects } from '../helpers/test-deps.ts';

/**
 * Every printed paper, rendered: each is fetched through the API as a user prints it, checked to
 * be a PDF, audited as a read, and page 1 rendered to PNG with poppler's `pdftoppm` into
 * test/pdf/out/ (looked at by a person when layouts change; here asserted to carry ink).
 */
const OUT = path.join(import.meta.dirname, 'out');
const DAY = 86_400_000;

function renderPage1(pdf: Buffer, name: string): number {
  fs.mkdirSync(OUT, { recursive: true });
  const file = path.join(OUT, `${name}.pdf`);
  fs.writeFileSync(file, pdf);
  execFileSync('pdftoppm', ['-png', '-r', '80', '-f', '1', '-l', '1', '-singlefile', file, path.join(OUT, name)]);
  fs.rmSync(file);
  return fs.statSync(path.join(OUT, `${name}.png`)).size;
}

const LONG_FINDINGS =
  '户主钱建国，患慢性阻塞性肺病多年，长期服药，每月药费约四百元。配偶吴秀兰无固定工作，偶尔打零工。儿子钱伟肢体残疾二级，无劳动能力，需人照料。' +
  '家庭居住于单位老旧住房，约四十二平方米，两室一厅，屋内陈设简陋，无大件家用电器，无机动车辆。经查看存折，家庭存款不足三千元。' +
  '调查时户主及配偶均在家，配合调查，如实陈述家庭收入情况：户主养老金每月五百元，配偶打零工月均收入约二百元。邻居反映情况基本属实。';

describe.each(dialects)('printed papers on %s', (dialect) => {
  const t = useTestApp(dialect, { now: '2026-03-02T02:00:00.000Z' });
  const cookies = new Map<string, string>();
  const cookieOf = async (user: string) => cookies.get(user) ?? cookies.set(user, await t().login(user)).get(user)!;
  const as = async (user: string, method: 'GET' | 'POST', url: string, payload?: unknown) =>
    t().app.inject({ method, url: `/api/v1${url}`, headers: { cookie: await cookieOf(user) }, ...(payload === undefined ? {} : { payload: payload as object }) });
  const act = async (user: string, id: number, body: object) => {
    const r = await as(user, 'POST', `/applications/${id}/transitions`, body);
    expect(r.statusCode, r.body).toBe(200);
    return r.json();
  };
  const record = async (user: string, id: number, body: object) => expect((await as(user, 'POST', `/applications/${id}/records`, body)).statusCode).toBe(200);

  async function print(user: string, url: string, name: string): Promise<void> {
    const r = await as(user, 'GET', url);
    expect(r.statusCode, `${url}: ${r.body.slice(0, 300)}`).toBe(200);
    expect(r.headers['content-type']).toBe('application/pdf');
    expect(r.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');
    // A blank A4 page at 80 dpi compresses to ~2 KB; a filled form is many times that.
    expect(renderPage1(r.rawPayload, `${name}-${dialect}`)).toBeGreaterThan(15_000);
  }

  it('prints every paper of a case, its household, its enrolment, the roster and the payroll, each audited', async () => {
    const head = buildPerson({ name: '钱建国', employment: 'retired', laborCapacity: 'partial', health: 'chronic', idNumber: uniqueIdNumber({ birthDate: '1962-05-05' }) });
    const spouse = buildPerson({ name: '吴秀兰', relation: 'spouse', employment: 'flexible', idNumber: uniqueIdNumber({ birthDate: '1964-07-07', sex: 'female' }) });
    const son = buildPerson({
      name: '钱伟',
      relation: 'child',
      employment: 'unemployed',
      laborCapacity: 'none',
      disability: { category: 'physical', grade: 2, certificate: '42010219900101001X42' },
      idNumber: uniqueIdNumber({ birthDate: '1990-01-01' }),
    });
    const grandchild = buildPerson({ name: '钱小宝', relation: 'grandchild', employment: 'not_applicable', student: true, idNumber: uniqueIdNumber({ birthDate: '2016-09-09' }) });
    const household = buildHousehold({
      members: [head, spouse, son, grandchild],
      address: '江岸区大智街道胜利街 128 号 3 栋 2 单元 401 室',
      incomes: [
        { idNumber: head.idNumber, type: 'pension', monthly: 50000 },
        { idNumber: spouse.idNumber, type: 'wage', monthly: 20000 },
      ],
      deductions: [],
      assets: [],
    });
    const h = await as('community', 'POST', '/households', household);
    expect(h.statusCode, h.body).toBe(201);
    const householdId = h.json().id;
    const submitted = await as('community', 'POST', '/applications', { householdId, program: 'dibao', democraticReview: true, checklist: ['application_form', 'id_cards', 'consent'] });
    expect(submitted.statusCode, submitted.body).toBe(201);
    const id = submitted.json().id;
    await act('street', id, { action: 'accept', comment: '材料齐全，予以受理' });
    await record('community', id, { kind: 'investigation', happenedOn: '2026-03-03', staff: ['张丽', '王芳'], findings: LONG_FINDINGS });
    await record('community', id, { kind: 'neighbour_interview', happenedOn: '2026-03-03', staff: ['张丽'], interviewee: '李大妈（对门邻居，胜利街 128 号 402 室）', statement: '钱家日子确实困难，老钱常年吃药，儿子腿脚不便不能上班，平时靠老伴打零工。没见过他家有车。' });
    await act('community', id, { action: 'complete_investigation', comment: '经入户调查，家庭收入低于当地低保标准，情况属实' });
    await record('verifier', id, { kind: 'verification', happenedOn: '2026-03-04', items: [{ source: '银行存款', declared: '无', found: '无', matches: true }], conclusion: '申报属实' });
    await act('verifier', id, { action: 'complete_verification' });
    await record('community', id, { kind: 'review_meeting', happenedOn: '2026-03-05', panelSize: 21, attendance: 19, votesFor: 17, votesAgainst: 1, minutes: '评议小组听取了社区关于钱建国家庭情况的介绍，成员逐一发表意见，认为该户家庭困难属实，符合低保条件。' });
    await act('community', id, { action: 'complete_democratic_review', comment: '民主评议通过，同意上报' });
    await act('street', id, { action: 'street_approve', comment: '经审核，同意上报' });
    // Sessions time out while the notice runs: log in again on either side of the week.
    t().deps.clock.advance(7 * DAY);
    cookies.clear();
    try {
      await act('community', id, { action: 'close_notice' });
      await act('county', id, { action: 'confirm', category: 'A' });
    } finally {
      t().deps.clock.advance(-7 * DAY);
      cookies.clear();
    }

    await print('community', `/applications/${id}/papers/application_form`, 'application-form');
    await print('community', `/applications/${id}/papers/investigation`, 'investigation');
    await print('community', `/applications/${id}/papers/neighbour_interview`, 'neighbour-interview');
    await print('street', `/applications/${id}/papers/review_meeting`, 'review-meeting');
    await print('community', `/households/${householdId}/papers/consent`, 'consent');
    await print('community', `/applications/${id}/decision.pdf`, 'decision');

    const enrolment = await t().deps.db.selectFrom('enrolments').select(['id', 'start_month']).where('application_id', '=', id).executeTakeFirstOrThrow();
    await print('community', `/enrolments/${enrolment.id}/pdf`, 'certificate');
    await print('street', '/rosters/pdf?program=dibao', 'roster');

    const payroll = await as('county', 'POST', '/payrolls', { program: 'dibao', areaCode: '420102010001', month: enrolment.start_month });
    expect(payroll.statusCode, payroll.body).toBe(201);
    await print('county', `/payrolls/${payroll.json().id}/pdf`, 'payroll-sheet');

    // Each print is one audited read naming the paper; the consent also logs each full ID number shown.
    const reads = await t().deps.db.selectFrom('audit_log').select(['action', 'entity_type', 'new_value']).where('action', '=', 'read.paper').execute();
    const papers = reads.map((r) => (JSON.parse(r.new_value!) as { paper: string }).paper).sort();
    expect(papers).toEqual(['application_form', 'certificate', 'consent', 'investigation', 'neighbour_interview', 'payroll_sheet', 'review_meeting', 'roster']);
    const reveals = await t().deps.db.selectFrom('audit_log').select('seq').where('action', '=', 'person.reveal_id').execute();
    expect(reveals).toHaveLength(3); // three adults sign, the grandchild does not
    // pdfkit subsets the CJK font for each paper: 1–3 s apiece on a busy machine.
  }, 180_000);

  it('keeps papers to their area and their kinds', async () => {
    const other = await as('community', 'GET', '/rosters/pdf?program=dibao&areaCode=420103');
    expect(other.statusCode).toBe(404);
    expect((await as('community', 'GET', '/applications/1/papers/bank_statement')).statusCode).toBe(400);
    expect((await t().app.inject({ url: '/api/v1/rosters/pdf?program=dibao' })).statusCode).toBe(401);
  });
});
