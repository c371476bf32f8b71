/**
 * One request per (operation, role, target side), built from the OpenAPI operation and the
 * fixture: path parameters by name (and the entity they follow), query parameters and bodies
 * derived from the schemas, with hand-written bodies where a minimal schema sample would never
 * pass the service's own checks (so the area check, not a 400, is what the matrix exercises).
 */
import type { InjectOptions } from 'fastify';
import { buildHousehold, buildPerson, uniqueIdNumber } from '../../factories/household.ts';
import type { Role } from '../../../src/domain/roles.ts';
import { areaOfRole, FIXTURE_PASSWORD, type Fixture, type Side } from './fixture.ts';
import { fillPath, multipart, pathParamsOf, queryString, sample, type JsonSchema, type Operation, type SampleContext } from './openapi.ts';

export interface RequestContext {
  f: Fixture;
  /** Whose objects the request aims at. */
  side: Side;
  role: Role;
  today: string;
  month: string;
  nextMonth: string;
  /** Uploads prepared beforehand (an export of the side's household, re-imported). */
  workbooks: { A: Buffer; B: Buffer; N: Buffer };
}

let counter = 0;
const unique = () => (counter += 1);

/** The side's area at the level of the role (own: the actor's own area; foreign: the same level there). */
export const roleArea = (c: RequestContext) => areaOfRole(c.role, c.side.areas);

/** The first of the side's areas a pattern accepts, from the role's level downwards. */
export function areaMatching(c: RequestContext, pattern: string | undefined): string {
  const a = c.side.areas;
  const candidates = [roleArea(c), a.district, a.street, a.community, a.district.slice(0, 4)];
  if (!pattern) return candidates[0]!;
  return candidates.find((x) => new RegExp(pattern).test(x)) ?? candidates[0]!;
}

async function householdVersion(c: RequestContext, id: number): Promise<number> {
  const row = await c.f.t.deps.db.selectFrom('households').select('version').where('id', '=', id).executeTakeFirst();
  return row ? Number(row.version) : 1;
}

/** Path parameter values, by the parameter's name and the path segment before it. */
export function pathValue(c: RequestContext, op: Operation, name: string, entity: string): string | number {
  const t = c.side.targets;
  const special = PARAM_OVERRIDES[op.key]?.(c)[name];
  if (special !== undefined) return special;
  if (name === 'id') {
    switch (entity) {
      case 'households':
        return t.household.id;
      case 'users':
        return t.spareUser;
      case 'documents':
        return t.document;
      case 'applications':
        return t.application;
      case 'objections':
        return t.objection;
      case 'payrolls':
        return t.payroll;
      case 'enrolments':
        return t.enrolment;
      case 'local':
        return t.localProgram.id;
      case 'persons':
        return t.household.headId;
      case 'institutions':
        return t.institution;
      case 'jobs':
        return t.job;
      case 'reviews':
        return t.review;
      case 'review-campaigns':
        return t.reviewCampaign;
      case 'complaints':
        return t.complaint;
      case 'runs':
        return t.riskRun;
      case 'risk-findings':
        return t.riskFinding;
      case 'data-sources':
        return 'prison';
      case 'matching-runs':
        return t.matchingRun;
      case 'alerts':
        return t.alert;
      case 'debts':
        return t.debt;
      case 'employment-bases':
        return t.employmentBase;
      case 'records':
        return t.childRecord;
      case 'tasks':
        return t.veteranTask;
      case 'entitled':
        return t.entitled;
      case 'condolence-drives':
        return t.condolenceDrive;
      case 'discovery-runs':
        return t.discoveryRun;
      case 'discovery-leads':
        return t.discoveryLead;
      case 'cards':
        return t.seniorCard;
      case 'devices':
        return t.emergencyDevice;
      case 'alarms':
        return t.emergencyAlarm;
      case 'agreements':
        return t.caregiverAgreement;
      case 'caregiver-payrolls':
        return t.caregiverPayroll;
      case 'volunteers':
        return t.volunteer;
      case 'needs':
        return t.need;
      case 'projects':
        return t.communityProject;
    }
  }
  if (name === 'lineId') return t.payrollLine;
  if (name === 'personId') return t.household.memberId;
  if (name === 'code' && entity === 'local') return t.localProgram.code;
  if (name === 'areaCode' || (name === 'code' && entity === 'areas')) return roleArea(c);
  if (name === 'reportId') return t.importReport;
  // 打印: the approval form stands for every kind of case paper (the kind does not change who may print).
  if (name === 'kind' && entity === 'papers') return 'application_form';
  if (name === 'trackingCode') return t.complaintCode;
  throw new Error(`no fixture target for path parameter {${name}} after /${entity}/ in ${op.key}: add one to test/security/support/requests.ts`);
}

/** Path parameters that need a case in a particular state. */
const PARAM_OVERRIDES: Record<string, (c: RequestContext) => Record<string, string | number | undefined>> = {
  'POST /api/v1/applications/{id}/records': (c) => ({ id: c.side.targets.applications.investigation }),
  'POST /api/v1/applications/{id}/objections': (c) => ({ id: c.side.targets.applications.public_notice }),
  'POST /api/v1/applications/{id}/extend': (c) => ({ id: c.side.targets.applications.investigation }),
  'GET /api/v1/applications/{id}/decision.pdf': (c) => ({ id: c.side.targets.applications.rejected ?? c.side.targets.application }),
  // A move away of the second household's head: it stops no benefit and leaves the first household whole.
  'POST /api/v1/persons/{id}/status': (c) => ({ id: c.side.targets.household2.headId }),
  'POST /api/v1/condolence-drives/{id}/lines/{lineId}/delivery': (c) => ({ lineId: c.side.targets.condolenceLine }),
};

/** Query values that aim at the side: area codes, a person's full ID number, an entity id. */
function queryValue(c: RequestContext, op: Operation, name: string, schema: JsonSchema, required: boolean, sc: SampleContext): unknown {
  if (name === 'areaCode' || name === 'area' || name === 'appliesTo') return areaMatching(c, schema.pattern ?? schema.anyOf?.[0]?.pattern);
  if (name === 'q' && op.path === '/api/v1/persons') return c.side.targets.personIdNumber;
  if (name === 'entityType') return 'household';
  if (name === 'entityId') return String(c.side.targets.household.id);
  if (name === 'dryRun') return 'true';
  if (name === 'householdId' && op.path.startsWith('/api/v1/charity/')) return c.side.targets.household.id;
  if (name === 'month' && op.path === '/api/v1/charity/quota') return c.month;
  if (!required) return undefined;
  return sample(schema, sc, name);
}

/** Whole bodies for writes whose minimal sample the service would refuse before looking at the area. */
const BODIES: Record<string, (c: RequestContext, op: Operation) => Promise<unknown> | unknown> = {
  'POST /api/v1/users': (c) => ({ username: `mx${unique()}`, displayName: '矩阵用户', role: 'community_worker', areaCode: c.side.areas.community, password: FIXTURE_PASSWORD }),
  'POST /api/v1/users/{id}/reset-password': () => ({ password: 'Another-Strong-Pw-2026!' }),
  'POST /api/v1/households': (c) => {
    const area = c.side.areas.district;
    const head = buildPerson({ name: '矩阵户主', idNumber: uniqueIdNumber({ areaCode: area, birthDate: '1960-01-01' }), employment: 'retired' });
    return buildHousehold({ areaCode: c.side.areas.community, members: [head], incomes: [], deductions: [], assets: [] });
  },
  'PATCH /api/v1/households/{id}': async (c) => ({ version: await householdVersion(c, c.side.targets.household.id), address: '矩阵路 1 号' }),
  'POST /api/v1/households/{id}/members': async (c) => ({
    version: await householdVersion(c, c.side.targets.household.id),
    person: buildPerson({ name: '矩阵孙', relation: 'grandchild', idNumber: uniqueIdNumber({ areaCode: c.side.areas.district, birthDate: '2012-02-02' }), employment: 'not_applicable', student: true }),
  }),
  'POST /api/v1/households/{id}/members/move-in': async (c) => ({
    version: await householdVersion(c, c.side.targets.household.id),
    personId: c.side.targets.household2.memberId,
    fromVersion: await householdVersion(c, c.side.targets.household2.id),
    relation: 'other',
  }),
  'POST /api/v1/households/{id}/members/{personId}/remove': async (c) => ({ version: await householdVersion(c, c.side.targets.household.id), reason: '迁出本市' }),
  'POST /api/v1/households/{id}/head': async (c) => ({ version: await householdVersion(c, c.side.targets.household.id), personId: c.side.targets.household.memberId }),
  'POST /api/v1/households/{id}/split': async (c) => ({
    version: await householdVersion(c, c.side.targets.household.id),
    personIds: [c.side.targets.household.memberId],
    headPersonId: c.side.targets.household.memberId,
    address: '矩阵路 2 号',
  }),
  'POST /api/v1/households/{id}/merge': async (c) => ({
    version: await householdVersion(c, c.side.targets.household.id),
    otherHouseholdId: c.side.targets.household2.id,
    otherVersion: await householdVersion(c, c.side.targets.household2.id),
  }),
  'POST /api/v1/households/{id}/move': async (c) => ({ version: await householdVersion(c, c.side.targets.household.id), areaCode: c.side.areas.community2, address: '矩阵路 3 号' }),
  'POST /api/v1/policies/{areaCode}/parameters': (c) => ({ key: 'dibao.urbanStandard', effectiveFrom: `${c.nextMonth}-01`, value: 110000, note: '矩阵' }),
  'POST /api/v1/simulations': (c) => ({ areaCode: areaMatching(c, '^(\\d{6}|\\d{9}|\\d{12})$'), asOf: c.today, changes: [{ key: 'dibao.urbanStandard', value: 120000 }] }),
  'POST /api/v1/applications': (c) => ({ householdId: c.side.targets.household2.id, program: 'dibao', checklist: ['application_form'] }),
  'POST /api/v1/applications/{id}/transitions': () => ({ action: 'accept' }),
  'POST /api/v1/applications/{id}/records': (c) => ({ kind: 'investigation', happenedOn: c.today, staff: ['张丽', '王芳'], findings: '矩阵入户调查' }),
  'POST /api/v1/applications/{id}/objections': () => ({ raisedBy: '匿名', receivedVia: 'phone', content: '矩阵异议' }),
  'POST /api/v1/staff-relatives': (c) => ({ staffName: '矩阵干部', staffPosition: '主任', relativeName: '矩阵亲属', relativeIdNumber: uniqueIdNumber({ areaCode: c.side.areas.district }), relation: '配偶', areaCode: c.side.areas.community }),
  'POST /api/v1/applications/bulk-transitions': (c) => ({ ids: [c.side.targets.application], action: 'accept' }),
  'POST /api/v1/payrolls': (c) => ({ program: 'tekun', areaCode: areaMatching(c, '^\\d{6}(\\d{3}(\\d{3})?)?$'), month: c.month }),
  'POST /api/v1/payrolls/lump-sums': (c) => ({ title: '春节补助', program: 'dibao', areaCode: areaMatching(c, '^\\d{6}(\\d{3}(\\d{3})?)?$'), month: c.month, amountPerPerson: 30000 }),
  'PUT /api/v1/enrolments/{id}/payee': (c) => ({ kind: 'institution', institutionId: c.side.targets.institution, reason: '集中供养' }),
  'POST /api/v1/institutions': (c) => ({ name: `矩阵福利院${unique()}`, areaCode: c.side.areas.district, kind: 'care_home', bankName: '中国工商银行', accountNumber: '6222020000009999' }),
  'POST /api/v1/reviews': (c) => ({ enrolmentId: c.side.targets.enrolment }),
  'POST /api/v1/reviews/{id}/visit': (c) => ({ visitOn: c.today, notes: '矩阵入户核查', verificationNeeded: false }),
  'POST /api/v1/reviews/{id}/verification': () => ({ notes: '矩阵核对' }),
  'POST /api/v1/reviews/{id}/proposal': (c) => ({ outcome: 'continue', effectiveMonth: c.nextMonth, reason: '矩阵复核' }),
  'POST /api/v1/reviews/{id}/confirmation': () => ({ decision: 'return' }),
  'POST /api/v1/review-campaigns': (c) => ({ areaCode: c.side.areas.community, program: 'dibao' }),
  'POST /api/v1/persons/{id}/status': (c) => ({ status: 'moved_away', date: c.today, source: 'visit', destination: '矩阵市' }),
  'POST /api/v1/debts/{id}/deduct': (c) => ({ enrolmentId: c.side.targets.enrolment, reason: '矩阵抵扣' }),
  'POST /api/v1/debts/{id}/repay': (c) => ({ method: 'bank_transfer', amount: 100, paidOn: c.today, receiptNumber: 'MX1' }),
  'POST /api/v1/debts/{id}/write-off': () => ({ reason: '矩阵核销' }),
  'POST /api/v1/enrolments/{id}/changes': (c) => ({ kind: 'amount', effectiveMonth: c.nextMonth, monthlyAmount: 50000, reasonCode: 'household_change', reason: '收入变化' }),
  'POST /api/v1/programs/local': (c) => ({
    code: `local_mx_${unique()}`,
    name: '矩阵补贴',
    areaCode: c.side.areas.district,
    subject: 'person',
    amountBasis: 'per_person',
    amount: 5000,
    kind: 'cash',
    paymentPeriod: 'monthly',
    effectiveFrom: `${c.month}-01`,
    rules: { ageMin: 90 },
  }),
  'PUT /api/v1/programs/local/{id}': async (c) => {
    const row = await c.f.t.deps.db.selectFrom('local_programs').select('version').where('id', '=', c.side.targets.localProgram.id).executeTakeFirst();
    return { version: Number(row?.version ?? 1), name: '矩阵改名', areaCode: c.side.areas.district, subject: 'person', amountBasis: 'per_person', amount: 6000, kind: 'cash', paymentPeriod: 'monthly', effectiveFrom: `${c.month}-01`, rules: { ageMin: 90 } };
  },
  'POST /api/v1/programs/local/{code}/evaluate': (c) => ({ householdId: c.side.targets.household.id }),
  'POST /api/v1/households/{id}/calculations': () => ({ program: 'dibao' }),
  'POST /api/v1/risk-checks/runs': (c) => ({ areaCode: areaMatching(c, '^(\\d{6}|\\d{9}|\\d{12})$') }),
  'POST /api/v1/alerts/{id}/outcome': () => ({ outcome: 'explained', reason: '矩阵核实说明' }),
  // The scenario from the schema, calculated with the policy in force in the target area.
  'POST /api/v1/complaints': (c) => ({ areaCode: c.side.areas.community, channel: 'hotline', category: 'other', content: '矩阵举报', anonymous: true, subjectHouseholdId: c.side.targets.household.id }),
  'POST /api/v1/complaints/{id}/assign': (c) => ({ assigneeId: c.side.users.community_worker.actor.userId }),
  'PUT /api/v1/complaints/{id}/subject': (c) => ({ subjectHouseholdId: c.side.targets.household.id }),
  'POST /api/v1/complaints/{id}/actions': () => ({ kind: 'other', description: '矩阵整改' }),
  'POST /api/v1/condolence-drives': (c) => ({
    areaCode: c.side.areas.community, name: '矩阵慰问', occasion: 'double_ninth', asOf: c.today, budget: 100_000_000, fundingSource: '矩阵资金',
    coverage: [{ programs: ['dibao'] }], cashBasis: 'household', cashAmount: 10000, goods: [],
  }),
  'POST /api/v1/condolence-drives/{id}/lines/{lineId}/delivery': () => ({ recipientName: '矩阵领取人', photoRef: 'matrix-photo' }),
  'POST /api/v1/service-catalogue': (c) => ({ code: `matrix_${unique()}`, name: '助洁', unit: '次', price: 3000, providerId: c.side.targets.careProvider }),
  'POST /api/v1/wallets/credit-runs': (c) => ({ areaCode: areaMatching(c, '^\\d{6,12}$'), month: c.month }),
  'POST /api/v1/service-orders': (c) => ({ personId: c.side.targets.household.headId, items: [{ serviceCode: c.side.targets.careServiceCode, quantity: 1 }] }),
  'POST /api/v1/elderly/cards': (c) => ({ personId: c.side.targets.household.memberId, kind: 'preferential', issuedOn: c.today }),
  'POST /api/v1/elderly/cards/{id}/reissue': (c) => ({ reason: '矩阵遗失', issuedOn: c.today }),
  'POST /api/v1/elderly/assessments': (c) => ({ personId: c.side.targets.household.memberId, assessedOn: c.today, assessor: '矩阵评估员', items: { self_care: 30, mobility: 14, mental: 28, perception_social: 10 } }),
  'POST /api/v1/elderly/devices': (c) => ({ personId: c.side.targets.household.memberId, deviceNumber: `MATRIX-DEV-${unique()}`, provider: '矩阵智慧养老', installedOn: c.today }),
  'POST /api/v1/elderly/devices/{id}/alarms': (c) => ({ raisedAt: new Date(c.f.t.deps.clock.now().getTime() - 60_000).toISOString(), kind: 'sos' }),
  'POST /api/v1/elderly/alarms/{id}/response': (c) => ({ responder: '矩阵社工', respondedAt: new Date(c.f.t.deps.clock.now().getTime()).toISOString(), outcome: 'checked_ok' }),
  'POST /api/v1/elderly/caregivers': (c) => ({ areaCode: c.side.areas.community, name: '矩阵养护员', idNumber: uniqueIdNumber({ areaCode: c.side.areas.district }), bankName: '中国农业银行', bankAccount: `6228480${String(unique()).padStart(9, '0')}` }),
  'POST /api/v1/elderly/agreements': (c) => ({ caregiverId: c.side.targets.caregiver, personId: c.side.targets.household.memberId, startsOn: c.today, endsOn: c.today, monthlyPay: 100000 }),
  'POST /api/v1/elderly/agreements/{id}/logs': (c) => ({ loggedOn: c.today, hours: 2, content: '矩阵护理' }),
  'POST /api/v1/elderly/agreements/{id}/leaves': (c) => ({ fromOn: c.today, toOn: c.today, reason: '矩阵请假', substituteId: c.side.targets.caregiver2 }),
  'POST /api/v1/elderly/agreements/{id}/assessments': (c) => ({ month: c.month, score: 80, assessor: '矩阵考核组' }),
  'POST /api/v1/elderly/caregiver-payrolls': (c) => ({ areaCode: areaMatching(c, '^\\d{6,12}$'), month: c.month }),
  'POST /api/v1/discovery-leads/{id}/outcome': (c) => ({ outcome: 'applied', visitedOn: c.today }),
  'POST /api/v1/volunteers': (c) => ({ teamId: c.side.targets.volunteerTeam, name: '矩阵外来志愿者', phone: '13800000000', joinedOn: c.today }),
  'POST /api/v1/volunteers/activities': (c) => ({ teamId: c.side.targets.volunteerTeam, title: '矩阵活动', heldOn: c.today, participants: [{ volunteerId: c.side.targets.volunteer, hours: 1 }] }),
  'POST /api/v1/volunteers/{id}/exchanges': (c) => ({ item: '矩阵兑换', points: 1, exchangedOn: c.today }),
  'POST /api/v1/community-lists/needs/{id}/match': (c) => ({ resourceIds: [c.side.targets.communityResource], matchedOn: c.today }),
  'POST /api/v1/community-lists/projects': (c) => ({ needId: c.side.targets.matchedNeed, name: '矩阵立项', lead: '矩阵负责人', startOn: c.today }),
  'POST /api/v1/community-lists/projects/{id}/done': (c) => ({ doneOn: c.today, outcome: '矩阵完成', beneficiaries: 1 }),
  'POST /api/v1/charity/donations': (c) => ({ areaCode: c.side.areas.community, kind: 'money', donor: '矩阵捐赠人', receivedOn: c.today, amount: 100 }),
  'POST /api/v1/charity/purchases': (c) => ({ areaCode: c.side.areas.community, goods: { name: '矩阵油', unit: '桶', unitValue: 100 }, quantity: 1, amount: 1, purchasedOn: c.today }),
  'POST /api/v1/charity/issues': (c) => ({ householdId: c.side.targets.household.id, items: [{ itemId: c.side.targets.charityItem, quantity: 1 }], issuedOn: c.today }),
  'POST /api/v1/calculations': (c, op) => ({ ...(sample(op.body ?? {}, sampleContext(c)) as object), areaCode: areaMatching(c, '^\\d{6}$') }),
};

export const BODY_KEYS = Object.keys(BODIES);
export const PARAM_OVERRIDE_KEYS = Object.keys(PARAM_OVERRIDES);

const PDF = Buffer.from('%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n', 'latin1');

/** Schema samples with the side's ids and areas where a field names one. */
export function sampleContext(c: RequestContext): SampleContext {
  const t = c.side.targets;
  return {
    today: c.today,
    month: c.month,
    unique,
    override: (name, schema) => {
      switch (name) {
        case 'areaCode':
          return areaMatching(c, schema.pattern);
        case 'householdId':
          return t.household.id;
        case 'otherHouseholdId':
          return t.household2.id;
        case 'personId':
        case 'subjectPersonId':
          return t.household.headId;
        case 'institutionId':
          return t.institution;
        case 'entitledPersonId':
          return t.entitled;
        case 'entitledPersonIds':
          return [t.entitled];
        case 'idNumber':
        case 'relativeIdNumber':
          return uniqueIdNumber({ areaCode: c.side.areas.district });
      }
      return undefined;
    },
  };
}

/** The inject options of one request (without the cookie). */
export async function buildRequest(c: RequestContext, op: Operation): Promise<InjectOptions> {
  const values: Record<string, string | number> = {};
  for (const p of pathParamsOf(op.path)) values[p.name] = pathValue(c, op, p.name, p.entity);
  const sc = sampleContext(c);
  const query: Record<string, unknown> = {};
  for (const p of op.params.filter((x) => x.in === 'query')) query[p.name] = queryValue(c, op, p.name, p.schema, Boolean(p.required), sc);
  const url = fillPath(op.path, values) + queryString(query);
  const base: InjectOptions = { method: op.method, url };
  if (op.multipart) {
    if (op.path.endsWith('/documents') || op.path.endsWith('/consent')) return { ...base, ...multipart({ kind: 'id_copy' }, { name: 'file', filename: 'id.pdf', contentType: 'application/pdf', data: PDF }) };
    if (op.path.endsWith('/import')) {
      const data = c.side === c.f.A ? c.workbooks.A : c.side === c.f.B ? c.workbooks.B : c.workbooks.N;
      return { ...base, ...multipart({}, { name: 'file', filename: 'households.xlsx', contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', data }) };
    }
    return { ...base, ...multipart({}, { name: 'file', filename: 'result.csv', contentType: 'text/csv', data: Buffer.from('业务参考号,状态,失败原因\n', 'utf8') }) };
  }
  const make = BODIES[op.key];
  if (make) return { ...base, payload: (await make(c, op)) as object };
  if (op.body) return { ...base, payload: sample(op.body, sc) as object };
  return base;
}

/** The inputs through which an operation can aim at an area: path, query or body fields. */
export function targetInputs(op: Operation): string[] {
  const inputs = pathParamsOf(op.path).map((p) => `path:${p.name}`);
  for (const p of op.params) if (p.in === 'query' && ['areaCode', 'area', 'appliesTo', 'entityId', 'householdId'].includes(p.name)) inputs.push(`query:${p.name}`);
  if (op.path === '/api/v1/persons') inputs.push('query:q');
  const props = Object.keys(op.body?.properties ?? {});
  for (const name of ['areaCode', 'householdId', 'otherHouseholdId', 'personId', 'institutionId', 'ids', 'enrolmentId', 'entitledPersonId', 'teamId', 'needId']) if (props.includes(name)) inputs.push(`body:${name}`);
  if (op.multipart) inputs.push('file');
  return inputs;
}
