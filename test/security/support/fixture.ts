/**
 * The security suites' world: two districts (江岸区 420102 and 江汉区 420103), each with a
 * street and a community, users of all six roles, and in each the targets the routes' path
 * parameters need — households, persons, documents, cases in several states, an objection,
 * enrolments, a prepared payroll with lines, an institution, a local program, an import
 * report, a spare user. Built through the services (the demo fill for the bulk of the
 * registry and its case history), once per test file.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Readable } from 'node:stream';
import ExcelJS from 'exceljs';
import { buildHousehold, buildPerson, uniqueIdNumber } from '../../factories/household.ts';
import { buildTestApp, type TestApp } from '../../helpers/test-app.ts';
import type { TestDialect } from '../../helpers/test-deps.ts';
import { monthOf } from '../../../src/domain/calendar.ts';
import { todayInChina } from '../../../src/clock.ts';
import type { Actor } from '../../../src/domain/actor.ts';
import { demoPolicy } from '../../../src/domain/policy.ts';
import { ROLES, type Role } from '../../../src/domain/roles.ts';
import { childAreasOf, importDistrict } from '../../../src/modules/areas/service.ts';
import { actorForUsername, createUser } from '../../../src/modules/auth/service.ts';
import { addObjection, registerRelative } from '../../../src/modules/cases/records.ts';
import { submitApplication } from '../../../src/modules/cases/service.ts';
import { transitionCase } from '../../../src/modules/cases/transitions.ts';
import { addCaseRecord } from '../../../src/modules/cases/records.ts';
import { fillDemoDistrict } from '../../../src/modules/demo/bulk-fill.ts';
import { preparePayroll } from '../../../src/modules/payments/payroll.ts';
import { createInstitution } from '../../../src/modules/payments/payees.ts';
import { seedPolicy } from '../../../src/modules/policies/service.ts';
import { openReview, startCampaign } from '../../../src/modules/reviews/service.ts';
import { createLocalProgram } from '../../../src/modules/programs/service.ts';
import { addDocument } from '../../../src/modules/registry/documents.ts';
import { importHouseholds } from '../../../src/modules/registry/excel-import.ts';
import { createHousehold } from '../../../src/modules/registry/service.ts';
import { runRiskChecksNow } from '../../../src/modules/risk/service.ts';
import { runJobInProcess } from '../../../src/modules/jobs/service.ts';
import { createMatchingRun } from '../../../src/modules/verification/matching.ts';
import { createDrive } from '../../../src/modules/condolences/service.ts';
import { createProvider, createService } from '../../../src/modules/home-care/service.ts';
import { importSourceFile } from '../../../src/modules/verification/sources-service.ts';
import { createDiscoveryRun } from '../../../src/modules/discovery/service.ts';

/** A password no policy refuses (the suites never rely on the public demo password). */
export const FIXTURE_PASSWORD = 'Matrix-Test-Pw-2026!';

export interface Areas {
  district: string;
  street: string;
  community: string;
  /** Another community of the same street (where a household may move). */
  community2: string;
}

export interface Targets {
  household: { id: number; headId: number; memberId: number };
  /** A second household of the same community (merge, move-in). */
  household2: { id: number; headId: number; memberId: number };
  document: number;
  /** Open cases by state, as the demo history and the intake left them (at least `submitted`). */
  applications: Partial<Record<string, number>>;
  /** The case the plain `{id}` of /applications resolves to: a fresh submitted one. */
  application: number;
  objection: number;
  /** The complaint the objection joined the register as (issue 17), and its tracking code. */
  complaint: number;
  complaintCode: string;
  enrolment: number;
  payroll: number;
  /** A line of that payroll. */
  payrollLine: number;
  institution: number;
  localProgram: { id: number; code: string };
  /** A user of the district nobody logs in as (reset-password target). */
  spareUser: number;
  importReport: string;
  /** The job that import ran as. */
  job: number;
  staffRelative: number;
  /** A full ID number of a person of the district (search by full ID). */
  personIdNumber: string;
  /** 复核: an open review of that enrolment, and a dibao campaign over the community. */
  review: number;
  reviewCampaign: number;
  /** A risk check run over the community, and one of its findings (in the community). */
  riskRun: number;
  riskFinding: number;
  /** A matching run of the side's community and an alert it raised (issue 18). */
  matchingRun: number;
  alert: number;
  /** An open debt (欠款) left from a recovery of the side's enrolment. */
  debt: number;
  /** Issue 22: an employment base of the community, a child record and an open 优抚 task of the household's member. */
  employmentBase: number;
  childRecord: number;
  veteranTask: number;
  /** an active 优抚对象 (the benefit decision's target) */
  entitled: number;
  /** A condolence drive of the side's community and one of its lines (issue 21). */
  condolenceDrive: number;
  condolenceLine: number;
  /** 主动发现 (issue 18 point 4): a discovery run of the side's community and a lead it found there (an elderly person living alone). */
  discoveryRun: number;
  discoveryLead: number;
  /** A home-care provider of the side's district and the code of its catalogue item (issue 21). */
  careProvider: number;
  careServiceCode: string;
  /** Issue 22: a volunteer team of the community and one volunteer in it; an open need, a matched need, a resource, a project under way, a charity store item. */
  volunteerTeam: number;
  volunteer: number;
  need: number;
  matchedNeed: number;
  communityResource: number;
  communityProject: number;
  charityItem: number;
  /** Issue 21 (elderly): a senior card, an emergency device with an open alarm, two caregivers, an agreement and a pay roll, all of the household's member. */
  seniorCard: number;
  emergencyDevice: number;
  emergencyAlarm: number;
  caregiver: number;
  caregiver2: number;
  caregiverAgreement: number;
  caregiverPayroll: number;
}

export interface Side {
  areas: Areas;
  users: Record<Role, { username: string; areaCode: string; actor: Actor }>;
  targets: Targets;
}

export interface Fixture {
  t: TestApp & { close(): Promise<void> };
  A: Side;
  B: Side;
  /** Another street (and its community) of A's district: foreign to A's street and community users. */
  N: Side;
  /** A fresh session cookie of `username`. */
  login(username: string): Promise<string>;
  /** Session cookies of the district's users, one per role (logged in once). */
  cookies: { A: Record<Role, string>; B: Record<Role, string> };
}

const DISTRICTS = { A: '420102', B: '420103' } as const;

export function areaOfRole(role: Role, a: Areas): string {
  if (role === 'street_reviewer') return a.street;
  if (role === 'community_worker') return a.community;
  return a.district;
}

const PDF = Buffer.from('%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n', 'latin1');

async function badWorkbook(): Promise<string> {
  const wb = new ExcelJS.Workbook();
  const h = wb.addWorksheet('户信息');
  h.addRow(['户编号', '社区代码', '地址']);
  h.addRow(['X1', 'not-a-code', '']);
  wb.addWorksheet('成员').addRow(['户编号', '姓名', '身份证号']);
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'mz-matrix-')), 'bad.xlsx');
  await wb.xlsx.writeFile(file);
  return file;
}

async function buildSide(f: { t: TestApp }, key: 'A' | 'B' | 'N', households: number): Promise<Side> {
  const deps = f.t.deps;
  const district = key === 'N' ? DISTRICTS.A : DISTRICTS[key];
  if (key === 'B') {
    await importDistrict(deps, null, district);
    await seedPolicy(deps, null, demoPolicy, district, '2025-01-01');
  }
  const streets = (await childAreasOf(deps.db, district, 'street')).map((c) => c.code);
  // N: another street of district A, the neighbour of A's street and community.
  const street = key === 'A' ? '420102010' : key === 'N' ? streets.find((c) => c !== '420102010')! : streets[0]!;
  const communities = (await childAreasOf(deps.db, street, 'community')).map((c) => c.code);
  const community = key === 'A' ? '420102010001' : communities[0]!;
  const areas: Areas = { district, street, community, community2: communities.find((c) => c !== community)! };

  const users = {} as Side['users'];
  for (const role of ROLES) {
    const username = `${key.toLowerCase()}-${role.replace('_', '-')}`;
    await createUser(deps, null, { username, displayName: `${key} ${role}`, role, areaCode: areaOfRole(role, areas), password: FIXTURE_PASSWORD });
    users[role] = { username, areaCode: areaOfRole(role, areas), actor: await actorForUsername(deps, username) };
  }
  const spare = await createUser(deps, null, { username: `${key.toLowerCase()}-spare`, displayName: `${key} spare`, role: 'community_worker', areaCode: community, password: FIXTURE_PASSWORD });

  // The bulk of the registry and the case history (every fifth household in our community).
  await fillDemoDistrict(deps, { households, seed: { A: 11, B: 12, N: 13 }[key], areaCode: key === 'N' ? street : district, focusCommunity: community });

  const cw = users.community_worker.actor;
  const county = users.county_approver.actor;
  const admin = users.admin.actor;
  const idArea = district;
  const mk = async (name: string) => {
    const head = buildPerson({ name, idNumber: uniqueIdNumber({ areaCode: idArea, birthDate: '1950-04-04' }), employment: 'retired' });
    const spouse = buildPerson({ name: `${name}妻`, relation: 'spouse', idNumber: uniqueIdNumber({ areaCode: idArea, sex: 'female', birthDate: '1952-06-06' }), employment: 'unemployed' });
    const h = await createHousehold(deps, cw, buildHousehold({ areaCode: community, members: [head, spouse], incomes: [], deductions: [], assets: [] }));
    return { id: h.id, headId: h.headPersonId!, memberId: h.members.find((m) => m.id !== h.headPersonId)!.id, idNumber: head.idNumber };
  };
  const h1 = await mk({ A: '甲一户', B: '乙一户', N: '邻一户' }[key]);
  const h2 = await mk({ A: '甲二户', B: '乙二户', N: '邻二户' }[key]);

  const doc = await addDocument(deps, cw, h1.id, { kind: 'consent', filename: 'consent.pdf', stream: Readable.from([PDF]) });
  const submitted = await submitApplication(deps, cw, { householdId: h1.id, program: 'dibao', democraticReview: false, checklist: ['application_form'] } as never);

  // Cases walked through the workflow to the states the approval rules are about.
  const sr = users.street_reviewer.actor;
  const vf = users.verifier.actor;
  const walk = async (name: string, to: 'investigation' | 'street_review' | 'public_notice' | 'county_confirmation') => {
    const h = await mk(name);
    const app = await submitApplication(deps, cw, { householdId: h.id, program: 'dibao', democraticReview: false, checklist: ['application_form', 'id_cards', 'consent'] } as never);
    await transitionCase(deps, sr, app.id, { action: 'accept' } as never);
    if (to === 'investigation') return app.id;
    const today = todayInChina(deps.clock);
    await addCaseRecord(deps, cw, app.id, { kind: 'investigation', happenedOn: today, staff: ['张丽', '王芳'], findings: '住房狭小，无其他收入来源', photoDocumentIds: [] } as never);
    await transitionCase(deps, cw, app.id, { action: 'complete_investigation' } as never);
    await addCaseRecord(deps, vf, app.id, { kind: 'verification', happenedOn: today, items: [{ source: '银行存款', declared: '无', found: '无', matches: true }], conclusion: '申报属实' } as never);
    await transitionCase(deps, vf, app.id, { action: 'complete_verification' } as never);
    if (to === 'street_review') return app.id;
    await transitionCase(deps, sr, app.id, { action: 'street_approve', comment: '同意' } as never);
    if (to === 'public_notice') return app.id;
    f.t.deps.clock.advance(8 * 86_400_000);
    await transitionCase(deps, cw, app.id, { action: 'close_notice' } as never);
    return app.id;
  };
  const walked = {
    investigation: await walk(`${key}调查户`, 'investigation'),
    street_review: await walk(`${key}审核户`, 'street_review'),
    public_notice: await walk(`${key}公示户`, 'public_notice'),
    county_confirmation: await walk(`${key}确认户`, 'county_confirmation'),
  };

  const open = await deps.db
    .selectFrom('applications')
    .select(['id', 'state'])
    .where('area_code', 'like', `${district}%`)
    .where('state', 'not in', ['approved', 'withdrawn'])
    .orderBy('id')
    .execute();
  const applications: Targets['applications'] = {};
  for (const a of open) applications[a.state] ??= a.id;
  Object.assign(applications, walked, { submitted: submitted.id });

  await addObjection(deps, sr, walked.public_notice, { raisedBy: '邻居', receivedVia: 'window', content: '收入不实' });
  const objection = (await deps.db.selectFrom('objections').select('id').where('application_id', '=', walked.public_notice).executeTakeFirstOrThrow()).id;
  const complaint = await deps.db.selectFrom('complaints').select(['id', 'tracking_code']).where('objection_id', '=', objection).executeTakeFirstOrThrow();

  const enrolment = await deps.db
    .selectFrom('enrolments')
    .select('id')
    .where('area_code', 'like', `${community}%`)
    .where('status', '=', 'active')
    .orderBy('id')
    .executeTakeFirstOrThrow();

  const review = await openReview(deps, county, enrolment.id);
  const reviewCampaign = await startCampaign(deps, county, { areaCode: community, program: 'dibao' });

  const month = monthOf(todayInChina(deps.clock));
  // N shares A's district payroll: its own is its street's.
  const { payroll } = await preparePayroll(deps, county, { program: 'dibao', areaCode: key === 'N' ? street : district, month });

  // A street payroll may have no line; a line number nobody has then (the reveal answers 404).
  const line = (await deps.db.selectFrom('payroll_lines').select('id').where('payroll_id', '=', payroll.id).orderBy('id').executeTakeFirst()) ?? { id: 2_000_000_000 };
  const institution = await createInstitution(deps, county, { name: `${key}区福利院`, areaCode: key === 'N' ? street : district, kind: 'welfare_home', bankName: '中国工商银行', accountNumber: { A: '6222020000000001', B: '6222020000000002', N: '6222020000000003' }[key] });
  const code = `local_matrix_${key.toLowerCase()}`;
  const local = await createLocalProgram(deps, admin, {
    code,
    name: `${key}区尊老金`,
    areaCode: district,
    subject: 'person',
    amountBasis: 'per_person',
    amount: 10000,
    kind: 'cash',
    paymentPeriod: 'monthly',
    effectiveFrom: '2026-01-01',
    rules: { ageMin: 80 },
  } as never);
  const imported = await importHouseholds(deps, cw, await badWorkbook(), { dryRun: true });
  if (!imported.reportId) throw new Error('the bad workbook left no import report');
  const job = await deps.db.selectFrom('jobs').select('id').where('actor_username', '=', cw.username).orderBy('id', 'desc').executeTakeFirstOrThrow();
  const relative = await registerRelative(deps, cw, { staffName: '王干部', staffPosition: '社区主任', relativeName: '王亲属', relativeIdNumber: uniqueIdNumber({ areaCode: idArea }), relation: '兄弟姐妹', areaCode: community });
  // A risk finding of the community: the enrolled household's account held by a stranger (户名不符).
  const enrolled = await deps.db.selectFrom('enrolments').select('household_id').where('id', '=', enrolment.id).executeTakeFirstOrThrow();
  await deps.db.updateTable('households').set({ bank_name: '中国工商银行', bank_account: `62220200009${{ A: 1, B: 2, N: 3 }[key]}0000`, bank_account_holder: '矩阵外人' }).where('id', '=', enrolled.household_id).execute();
  const riskRun = await runRiskChecksNow(deps, county, community);
  const finding = await deps.db.selectFrom('risk_findings').select('id').where('area_code', 'like', `${community}%`).orderBy('id').executeTakeFirstOrThrow();

  // 核对比对: a prison term of an enrolled person of the community, matched into an alert.
  const enrolledPerson = await deps.db
    .selectFrom('enrolments as e')
    .innerJoin('persons as p', 'p.household_id', 'e.household_id')
    .select(['p.name', 'p.id_number'])
    .where('e.id', '=', enrolment.id)
    .orderBy('p.id')
    .executeTakeFirstOrThrow();
  await importSourceFile(deps, vf, 'prison', { buffer: Buffer.from(`姓名,身份证号,入监日期,刑满日期,监所\n${enrolledPerson.name},${enrolledPerson.id_number},2025-01-01,2030-01-01,矩阵监狱\n`), fileName: 'prison.csv' });
  const matchingRun = await deps.db.transaction().execute((trx) => createMatchingRun(trx, deps, county, community));
  await runJobInProcess(deps, county, 'matching_run', { runId: matchingRun, areaCode: community });
  const alert = await deps.db.selectFrom('alerts').select('id').where('run_id', '=', matchingRun).orderBy('id').executeTakeFirstOrThrow();

  // 主动发现: an elderly person living alone without a pension, found by a discovery run of the community.
  const alone = buildPerson({ name: '矩阵独居', relation: 'head', employment: 'retired', idNumber: uniqueIdNumber({ birthDate: '1940-01-01', areaCode: idArea }) });
  await createHousehold(deps, county, buildHousehold({ areaCode: community, members: [alone], incomes: [], deductions: [], assets: [] }));
  const discoveryRun = { id: await deps.db.transaction().execute((trx) => createDiscoveryRun(trx, deps, county, community)) };
  await runJobInProcess(deps, county, 'discovery_run', { runId: discoveryRun.id });
  const discoveryLead = await deps.db.selectFrom('discovery_leads').select('id').where('run_id', '=', discoveryRun.id).where('area_code', 'like', `${community}%`).orderBy('id').executeTakeFirstOrThrow();

  // 欠款: a recovery of the enrolment no payroll can collect (as a stop leaves it), owed as a debt.
  const now = new Date(deps.clock.now()).toISOString();
  const recovery = await deps.db
    .insertInto('payment_adjustments')
    .values({ enrolment_id: enrolment.id, kind: 'recovery', total_amount: 30000, monthly_limit: null, first_month: month, reason: '矩阵追回', source: 'retroactive_change', source_line_id: null, held_account: null, status: 'debt', created_by: county.userId, created_at: now })
    .returning('id')
    .executeTakeFirstOrThrow();
  const enrolledRow = await deps.db.selectFrom('enrolments').select(['household_id', 'area_code', 'program']).where('id', '=', enrolment.id).executeTakeFirstOrThrow();
  const debt = await deps.db
    .insertInto('debts')
    .values({ household_id: enrolledRow.household_id, enrolment_id: enrolment.id, adjustment_id: recovery.id, area_code: enrolledRow.area_code, program: enrolledRow.program, total_amount: 30000, reason: '矩阵追回', status: 'open', created_at: now, closed_at: null })
    .returning('id')
    .executeTakeFirstOrThrow();

  // 残疾人、儿童、优抚 (issue 22): rows as the services leave them, in the side's community.
  const base = await deps.db
    .insertInto('employment_bases')
    .values({ area_code: community, name: `${key}矩阵基地`, operator: '矩阵合作社', year: 2025, applied_on: '2025-04-01', inspected_on: null, disabled_employees: 10, households_served: 0, annual_output: 10_000_000, per_capita_income: 1_000_000, status: 'applied', evaluation: null, evaluated_on: null, created_by: county.userId, created_at: now, updated_at: now })
    .returning('id')
    .executeTakeFirstOrThrow();
  const child = await deps.db
    .insertInto('child_records')
    .values({ person_id: h1.memberId, household_id: h1.id, area_code: community, kind: 'left_behind', status: 'active', reason: 'both_parents_away', guardian_name: null, guardian_relation: null, guardian_phone: null, agreement_signed_on: null, agreement_until: null, parent_away: '矩阵父亲', parent_away_place: '广东', carer_name: '矩阵祖母', carer_relation: '祖母', started_on: '2025-01-01', ended_on: null, end_reason: null, note: null, created_by: county.userId, created_at: now, updated_at: now })
    .returning('id')
    .executeTakeFirstOrThrow();
  const entitled = await deps.db
    .insertInto('entitled_persons')
    .values({ person_id: h1.memberId, household_id: h1.id, area_code: community, group_code: 'demobilised', document_kind: 'demobilisation_card', document_number: '矩阵复员证', disability_level: null, status: 'deceased', registered_on: '2010-01-01', ended_on: '2025-01-01', note: null, created_by: county.userId, created_at: now, updated_at: now })
    .returning('id')
    .executeTakeFirstOrThrow();
  const active = await deps.db
    .insertInto('entitled_persons')
    .values({ person_id: h2.headId, household_id: h2.id, area_code: community, group_code: 'war_veteran', document_kind: 'discharge_card', document_number: '矩阵退伍证', disability_level: null, status: 'active', registered_on: '2010-01-01', ended_on: null, note: null, created_by: county.userId, created_at: now, updated_at: now })
    .returning('id')
    .executeTakeFirstOrThrow();
  const task = await deps.db
    .insertInto('veteran_tasks')
    .values({ entitled_person_id: entitled.id, person_id: h1.memberId, area_code: community, kind: 'condolence', status: 'open', reason: '矩阵慰问', due_on: '2025-01-08', done_on: null, outcome: null, created_at: now, done_by: null })
    .returning('id')
    .executeTakeFirstOrThrow();
  // 走访慰问 and 居家养老 (issue 21): a drive over every household of the community; a provider and an item.
  const drive = await createDrive(deps, county, {
    areaCode: community, name: '矩阵慰问', occasion: 'spring_festival', asOf: todayInChina(deps.clock), budget: 100_000_000, fundingSource: '矩阵资金',
    coverage: [{ minAge: 0 }], cashBasis: 'household', cashAmount: 10000, goods: [],
  });
  const condolenceLine = await deps.db.selectFrom('condolence_lines').select('id').where('drive_id', '=', drive.id).orderBy('id').executeTakeFirstOrThrow();
  const careProvider = await createProvider(deps, county, { areaCode: district, name: `矩阵养老服务${key}` });
  const careServiceCode = `matrix_meal_${key.toLowerCase()}`;
  await createService(deps, county, { code: careServiceCode, name: '助餐', unit: '次', price: 1500, providerId: careProvider.id });
  // 志愿服务、三张清单、慈善 (issue 22): rows as the services leave them, in the side's community.
  const team = await deps.db.insertInto('volunteer_teams').values({ area_code: community, name: `${key}矩阵服务队`, leader: null, phone: null, founded_on: '2025-01-01', created_by: county.userId, created_at: now }).returning('id').executeTakeFirstOrThrow();
  const volunteer = await deps.db
    .insertInto('volunteers')
    .values({ area_code: community, team_id: team.id, person_id: h1.memberId, name: '矩阵志愿者', phone: null, joined_on: '2025-01-01', status: 'active', hours_tenths: 0, points: 0, created_by: county.userId, created_at: now, updated_at: now })
    .returning('id')
    .executeTakeFirstOrThrow();
  const needRow = (title: string, status: string) => ({ area_code: community, title, category: 'other', raised_by: '矩阵居民', household_id: null, description: null, raised_on: '2025-01-01', status, matched_on: status === 'open' ? null : '2025-01-02', done_on: null, created_by: county.userId, created_at: now, updated_at: now });
  const need = await deps.db.insertInto('community_needs').values(needRow('矩阵需求', 'open')).returning('id').executeTakeFirstOrThrow();
  const matchedNeed = await deps.db.insertInto('community_needs').values(needRow('矩阵已对接需求', 'matched')).returning('id').executeTakeFirstOrThrow();
  const busyNeed = await deps.db.insertInto('community_needs').values(needRow('矩阵实施中需求', 'in_progress')).returning('id').executeTakeFirstOrThrow();
  const resource = await deps.db.insertInto('community_resources').values({ area_code: community, name: '矩阵活动室', category: 'venue', provider: '矩阵社区', contact: null, description: null, status: 'available', created_by: county.userId, created_at: now }).returning('id').executeTakeFirstOrThrow();
  await deps.db.insertInto('community_need_resources').values([{ need_id: matchedNeed.id, resource_id: resource.id, matched_on: '2025-01-02' }, { need_id: busyNeed.id, resource_id: resource.id, matched_on: '2025-01-02' }]).execute();
  const project = await deps.db
    .insertInto('community_projects')
    .values({ area_code: community, need_id: busyNeed.id, name: '矩阵项目', lead: '矩阵负责人', budget: null, start_on: '2025-01-03', done_on: null, outcome: null, beneficiaries: null, status: 'in_progress', created_by: county.userId, created_at: now, updated_at: now })
    .returning('id')
    .executeTakeFirstOrThrow();
  const charityItem = await deps.db.insertInto('charity_items').values({ area_code: community, name: '矩阵大米', unit: '袋', unit_value: 100, quantity: 1000, created_at: now }).returning('id').executeTakeFirstOrThrow();
  // 老年人服务 (issue 21): rows as the services leave them, of the household's member.
  const n = { A: 1, B: 2, N: 3 }[key];
  const today = todayInChina(deps.clock);
  const seniorCard = await deps.db
    .insertInto('senior_cards')
    .values({ person_id: h1.memberId, household_id: h1.id, area_code: community, kind: 'senior', number: `MATRIX-CARD-${key}`, issued_on: '2025-01-01', fee: 0, status: 'valid', reissue_of: null, reissue_reason: null, replaced_by: null, voided_on: null, created_by: county.userId, created_at: now })
    .returning('id')
    .executeTakeFirstOrThrow();
  const device = await deps.db
    .insertInto('emergency_devices')
    .values({ person_id: h1.memberId, household_id: h1.id, area_code: community, device_number: `MATRIX-DEV-${key}`, provider: '矩阵智慧养老', installed_on: '2025-01-01', status: 'active', created_by: county.userId, created_at: now })
    .returning('id')
    .executeTakeFirstOrThrow();
  const alarm = await deps.db
    .insertInto('emergency_alarms')
    .values({ device_id: device.id, person_id: h1.memberId, area_code: community, raised_at: now, kind: 'sos', status: 'open', responder: null, responded_at: null, outcome: null, note: null, created_by: county.userId, created_at: now, responded_by: null })
    .returning('id')
    .executeTakeFirstOrThrow();
  const caregiverRow = (suffix: number, name: string) => ({
    area_code: community, name, id_number: uniqueIdNumber({ areaCode: idArea, birthDate: '1975-05-05' }), phone: null, bank_name: '中国农业银行', bank_account: `62284800000${n}000${suffix}`, created_by: county.userId, created_at: now,
  });
  const caregiver = await deps.db.insertInto('caregivers').values(caregiverRow(1, `矩阵养护员${key}`)).returning('id').executeTakeFirstOrThrow();
  const caregiver2 = await deps.db.insertInto('caregivers').values(caregiverRow(2, `矩阵代班${key}`)).returning('id').executeTakeFirstOrThrow();
  const agreement = await deps.db
    .insertInto('caregiver_agreements')
    .values({ caregiver_id: caregiver.id, person_id: h1.memberId, household_id: h1.id, area_code: community, starts_on: '2025-01-01', ends_on: `${Number(today.slice(0, 4)) + 1}-12-31`, monthly_pay: 150000, created_by: county.userId, created_at: now })
    .returning('id')
    .executeTakeFirstOrThrow();
  // Prepared by somebody else than the county user, so the county may approve it.
  const caregiverPayroll = await deps.db
    .insertInto('caregiver_payrolls')
    .values({ area_code: street, month: '2025-01', status: 'prepared', lines: 0, total_amount: 0, withheld: '[]', prepared_by: admin.userId, prepared_at: now, approved_by: null, approved_at: null })
    .returning('id')
    .executeTakeFirstOrThrow();

  return {
    areas,
    users,
    targets: {
      household: h1,
      household2: h2,
      document: doc.id,
      applications,
      application: submitted.id,
      objection,
      complaint: complaint.id,
      complaintCode: complaint.tracking_code,
      enrolment: enrolment.id,
      review: review.id,
      reviewCampaign: reviewCampaign.id,
      payroll: payroll.id,
      payrollLine: Number(line.id),
      institution: institution.id,
      localProgram: { id: local.id, code },
      spareUser: spare.id,
      importReport: imported.reportId,
      job: Number(job.id),
      staffRelative: relative.id,
      personIdNumber: h1.idNumber,
      riskRun: riskRun.id,
      riskFinding: Number(finding.id),
      matchingRun,
      alert: alert.id,
      discoveryRun: discoveryRun.id,
      discoveryLead: discoveryLead.id,
      debt: debt.id,
      employmentBase: base.id,
      childRecord: child.id,
      veteranTask: task.id,
      entitled: active.id,
      condolenceDrive: drive.id,
      condolenceLine: condolenceLine.id,
      careProvider: careProvider.id,
      careServiceCode,
      volunteerTeam: team.id,
      volunteer: volunteer.id,
      need: need.id,
      matchedNeed: matchedNeed.id,
      communityResource: resource.id,
      communityProject: project.id,
      charityItem: charityItem.id,
      seniorCard: seniorCard.id,
      emergencyDevice: device.id,
      emergencyAlarm: alarm.id,
      caregiver: caregiver.id,
      caregiver2: caregiver2.id,
      caregiverAgreement: agreement.id,
      caregiverPayroll: caregiverPayroll.id,
    },
  };
}

export async function buildFixture(dialect: TestDialect, opts: { households?: number } = {}): Promise<Fixture> {
  const t = await buildTestApp(dialect);
  const households = opts.households ?? 60;
  const A = await buildSide({ t }, 'A', households);
  const B = await buildSide({ t }, 'B', households);
  const N = await buildSide({ t }, 'N', Math.ceil(households / 2));
  const login = async (username: string) => {
    const res = await t.app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { username, password: FIXTURE_PASSWORD } });
    if (res.statusCode !== 200) throw new Error(`login ${username} failed: ${res.statusCode} ${res.body}`);
    const cookie = res.cookies.find((c) => c.name === 'mz_session');
    if (!cookie) throw new Error('no session cookie');
    return `mz_session=${cookie.value}`;
  };
  const cookies = { A: {} as Record<Role, string>, B: {} as Record<Role, string> };
  for (const role of ROLES) {
    cookies.A[role] = await login(A.users[role].username);
    cookies.B[role] = await login(B.users[role].username);
  }
  return { t, A, B, N, login, cookies };
}
