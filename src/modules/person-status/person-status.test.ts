import { describe, expect, it } from 'vitest';
import { buildHousehold } from '../../../test/factories/household.ts';
import { useTestApp } from '../../../test/helpers/test-app.ts';
import { dialects } from '../../../test/helpers/test-deps.ts';
import type { Deps } from '../../deps.ts';
import { actorForUsername } from '../auth/service.ts';
import { startEnrolment } from '../payments/service.ts';
import { enrolHousehold } from '../../../test/helpers/enrolment.ts';

/** A person-level enrolment of a member of an enrolled household, on a stub application like test/helpers/enrolment.ts makes. */
async function enrolPerson(deps: Deps, o: { householdId: number; personId: number; areaCode: string; program: string; amount: number; startMonth: string }) {
  const county = await actorForUsername(deps, 'county');
  return deps.db.transaction().execute(async (trx) => {
    const app = await trx
      .insertInto('applications')
      .values({
        household_id: o.householdId, subject_person_id: o.personId, program: o.program, state: 'approved', democratic_review: 0, area_code: o.areaCode,
        receiving_street_code: o.areaCode.slice(0, 9), accepted_on: '2025-01-02', due_on: '2025-02-20', extended: 0, extension_reason: null, checklist: '[]',
        consent_document_id: null, calculated_amount: o.amount, calculation: '{}', policy_version: 'test', category: null, relative_flagged: 0, relative_review: null,
        urgent_amount: null, notice_id: null, decision_text: null, version: 1, created_by: county.userId, created_at: '2025-01-02T00:00:00.000Z', updated_at: '2025-01-02T00:00:00.000Z',
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    const e = await startEnrolment(trx, deps, county, {
      householdId: o.householdId, personId: o.personId, program: o.program, category: null, monthlyAmount: o.amount, calculation: '{}', policyVersion: 'test',
      startMonth: o.startMonth, applicationId: app.id, areaCode: o.areaCode,
    });
    return e.id;
  });
}

describe.each(dialects)('person status, stops, recoveries and debts on %s', (dialect) => {
  const t = useTestApp(dialect, { now: '2025-09-10T02:00:00.000Z' });
  const as = async (user: string, method: 'GET' | 'POST', url: string, payload?: unknown) =>
    t().app.inject({ method, url: `/api/v1${url}`, headers: { cookie: await t().login(user) }, ...(payload === undefined ? {} : { payload: payload as object }) });
  const prepare = async (program: string, areaCode: string, month: string) => {
    const r = await as('county', 'POST', '/payrolls', { program, areaCode, month });
    expect(r.statusCode, r.body).toBe(201);
    return r.json();
  };
  const linesOf = async (id: number) => (await as('county', 'GET', `/payrolls/${id}/lines?pageSize=500`)).json().items as { enrolmentId: number; kind: string; amount: number; persons: number }[];

  it('a death in a month already paid stops the person’s benefit, lowers the household’s, recovers the months paid, and the next payroll leaves the person out', async () => {
    const area = '420102005001';
    const hh = await enrolHousehold(t(), { areaCode: area, amount: 90000, startMonth: '2025-06' });
    const own = await enrolPerson(t().deps, { householdId: hh.householdId, personId: hh.headId, areaCode: area, program: 'disability_living', amount: 10000, startMonth: '2025-06' });
    for (const m of ['2025-07', '2025-08', '2025-09']) {
      await prepare('dibao', area, m);
      await prepare('disability_living', area, m);
    }
    const died = await as('county', 'POST', `/persons/${hh.headId}/status`, { status: 'deceased', date: '2025-07-15', source: 'funeral' });
    expect(died.statusCode, died.body).toBe(200);
    const r = died.json();
    expect(r).toMatchObject({ personId: hh.headId, householdId: hh.householdId, status: 'deceased', statusDate: '2025-07-15', householdClosed: false });
    expect(r.history).toEqual([expect.objectContaining({ previousStatus: 'alive', status: 'deceased', date: '2025-07-15', source: 'funeral', recordedBy: 'county' })]);
    const byId = new Map(r.enrolmentChanges.map((c: { enrolmentId: number }) => [c.enrolmentId, c]));
    // The household keeps the grandchild's share from August; August and September were paid in full.
    expect(byId.get(hh.enrolmentId)).toMatchObject({ kind: 'amount', effectiveMonth: '2025-08', monthlyAmount: 45000, recovery: { totalAmount: 90000 }, debts: [] });
    // The head's own benefit stops; nothing is left to recover it from: a debt.
    expect(byId.get(own)).toMatchObject({ kind: 'stop', effectiveMonth: '2025-08', monthlyAmount: null, recovery: { totalAmount: 20000 }, debts: [{ amount: 20000 }] });

    const detail = (await as('county', 'GET', `/enrolments/${own}`)).json();
    expect(detail).toMatchObject({ status: 'stopped', endMonth: '2025-07', stopReason: 'death' });
    expect(detail.adjustments).toEqual([expect.objectContaining({ kind: 'recovery', totalAmount: 20000, status: 'debt' })]);
    const household = (await as('county', 'GET', `/enrolments/${hh.enrolmentId}`)).json();
    expect(household).toMatchObject({ status: 'active', monthlyAmount: 45000, coveredPersons: 1 });
    expect(household.changes.map((c: { kind: string; reasonCode: string | null }) => [c.kind, c.reasonCode])).toEqual([['start', null], ['amount', 'member_died']]);

    // October: the household is paid for one person and the recovery comes off; the head is not paid.
    const oct = await prepare('dibao', area, '2025-10');
    const lines = (await linesOf(oct.id)).filter((l) => l.enrolmentId === hh.enrolmentId);
    expect(lines.map((l) => [l.kind, l.amount, l.persons]).sort()).toEqual([['recovery', -45000, 1], ['regular', 45000, 1]]);
    const octOwn = await prepare('disability_living', area, '2025-10');
    expect((await linesOf(octOwn.id)).filter((l) => l.enrolmentId === own)).toEqual([]);

    const debts = (await as('county', 'GET', `/debts?areaCode=${area}`)).json();
    expect(debts.items).toEqual([expect.objectContaining({ enrolmentId: own, householdId: hh.householdId, totalAmount: 20000, outstandingAmount: 20000, status: 'open', ageDays: 0, headName: '钱建国' })]);

    // The grandchild dies too: the household benefit stops, what is still owed becomes debts, the file is closed.
    const last = await as('county', 'POST', `/persons/${hh.childId}/status`, { status: 'deceased', date: '2025-09-05', source: 'police' });
    expect(last.statusCode, last.body).toBe(200);
    expect(last.json()).toMatchObject({ householdClosed: true, enrolmentChanges: [{ enrolmentId: hh.enrolmentId, kind: 'stop', effectiveMonth: '2025-10', recovery: { totalAmount: 45000 } }] });
    expect(last.json().enrolmentChanges[0].debts.map((d: { amount: number }) => d.amount).sort()).toEqual([45000, 45000]);
    const h = await t().deps.db.selectFrom('households').select('status').where('id', '=', hh.householdId).executeTakeFirstOrThrow();
    expect(h.status).toBe('dissolved');
    const audit = await t().deps.db.selectFrom('audit_log').select('action').where('entity_id', '=', String(hh.householdId)).where('entity_type', '=', 'household').execute();
    expect(audit.map((a) => a.action)).toEqual(expect.arrayContaining(['person.status', 'household.close']));
    const trail = await t().deps.db.selectFrom('audit_log').select('action').where('entity_type', '=', 'enrolment').where('entity_id', 'in', [String(own), String(hh.enrolmentId)]).where('action', 'like', 'enrolment.%').execute();
    expect(trail.map((a) => a.action).sort()).toEqual(['enrolment.amount', 'enrolment.stop', 'enrolment.stop']);

    // 一户一档 shows it all: both enrolments stopped, the payments, three open debts, both deaths.
    const file = (await as('community', 'GET', `/households/${hh.householdId}/benefits`)).statusCode;
    expect(file).toBe(404); // another community's file
    const benefits = (await as('county', 'GET', `/households/${hh.householdId}/benefits`)).json();
    expect(benefits.enrolments.map((e: { id: number; status: string; stopReason: string | null }) => [e.id, e.stopReason])).toEqual([[hh.enrolmentId, 'death'], [own, 'death']]);
    expect(benefits.openDebts.map((d: { outstandingAmount: number }) => d.outstandingAmount).sort()).toEqual([20000, 45000, 45000]);
    expect(benefits.statusHistory.map((h: { personId: number; status: string }) => [h.personId, h.status])).toEqual([[hh.headId, 'deceased'], [hh.childId, 'deceased']]);
    expect(benefits.lastPayments.length).toBeGreaterThan(0);
  });

  it('refuses impossible changes with 409, outside the area with 404, without registry rights with 403; a death is not a free-text removal', async () => {
    const h = (await as('community', 'POST', '/households', buildHousehold({ areaCode: '420102010001' }))).json();
    const [head, other] = [h.members[0], h.members[1]];
    expect(other).toBeDefined();
    const post = (user: string, id: number, body: object) => as(user, 'POST', `/persons/${id}/status`, body);
    const alive = await post('community', other.id, { status: 'alive', date: '2025-09-01', source: 'visit' });
    expect(alive.statusCode).toBe(409);
    expect(alive.json().error).toMatchObject({ code: 'person_status_impossible', field: 'status' });
    expect(alive.json().error.message).toContain('健在');
    const future = await post('community', other.id, { status: 'deceased', date: '2025-09-11', source: 'family' });
    expect(future.statusCode).toBe(409);
    expect(future.json().error.code).toBe('date_in_future');
    expect((await post('verifier', other.id, { status: 'deceased', date: '2025-09-01', source: 'family' })).statusCode).toBe(403);
    const outsider = (await as('county', 'POST', '/households', buildHousehold({ areaCode: '420102011002' }))).json();
    expect((await post('community', outsider.members[0].id, { status: 'deceased', date: '2025-09-01', source: 'family' })).statusCode).toBe(404);

    const removal = await as('community', 'POST', `/households/${h.id}/members/${other.id}/remove`, { version: h.version, reason: '因病去世' });
    expect(removal.statusCode).toBe(409);
    expect(removal.json().error.code).toBe('member_death_use_status');

    expect((await post('community', other.id, { status: 'imprisoned', date: '2025-08-01', until: '2027-07-31', source: 'court' })).statusCode).toBe(200);
    const p = await t().deps.db.selectFrom('persons').select(['life_status', 'in_prison', 'status_date']).where('id', '=', other.id).executeTakeFirstOrThrow();
    expect(p).toEqual({ life_status: 'imprisoned', in_prison: 1, status_date: '2025-08-01' });
    const back = await post('community', other.id, { status: 'alive', date: '2025-07-01', source: 'court' });
    expect(back.json().error.code).toBe('person_status_before_previous');
    expect((await post('community', head.id, { status: 'deceased', date: '2025-09-01', source: 'family' })).statusCode).toBe(200);
    const again = await post('community', head.id, { status: 'imprisoned', date: '2025-09-02', source: 'court' });
    expect(again.statusCode).toBe(409);
    expect(again.json().error.code).toBe('person_status_impossible');
    // One member in prison is not "everyone died": the file stays open.
    const file = await t().deps.db.selectFrom('households').select('status').where('id', '=', h.id).executeTakeFirstOrThrow();
    expect(file.status).toBe('active');
  });

  it('settles debts by deduction from another live enrolment, by repayment, or by the county writing them off', async () => {
    const areas = ['420102010005', '420102010006', '420102010007'];
    const made = [];
    for (const area of areas) {
      const hh = await enrolHousehold(t(), { areaCode: area, amount: 60000, startMonth: '2025-07' });
      const own = await enrolPerson(t().deps, { householdId: hh.householdId, personId: hh.headId, areaCode: area, program: 'disability_living', amount: 10000, startMonth: '2025-07' });
      for (const m of ['2025-07', '2025-08', '2025-09']) await prepare('disability_living', area, m);
      const r = await as('street', 'POST', `/persons/${hh.headId}/status`, { status: 'imprisoned', date: '2025-07-20', source: 'court' });
      expect(r.statusCode, r.body).toBe(200);
      made.push({ hh, own, debtId: r.json().enrolmentChanges.find((c: { enrolmentId: number }) => c.enrolmentId === own).debts[0].debtId as number });
    }
    const [d1, d2, d3] = made as [(typeof made)[0], (typeof made)[0], (typeof made)[0]];
    const open = (await as('street', 'GET', '/debts?areaCode=420102010')).json();
    expect(open.items.map((d: { id: number; outstandingAmount: number }) => [d.id, d.outstandingAmount])).toEqual([[d1.debtId, 20000], [d2.debtId, 20000], [d3.debtId, 20000]]);
    expect((await as('community', 'GET', '/debts?areaCode=420102010')).statusCode).toBe(404);

    // 抵扣: only the county; onto the household's live dibao enrolment, 10 000 fen a month.
    expect((await as('street', 'POST', `/debts/${d1.debtId}/deduct`, { enrolmentId: d1.hh.enrolmentId, reason: '从低保金中抵扣' })).statusCode).toBe(403);
    expect((await as('county', 'POST', `/debts/${d1.debtId}/deduct`, { enrolmentId: d2.hh.enrolmentId, reason: '别户' })).statusCode).toBe(409);
    const deducted = await as('county', 'POST', `/debts/${d1.debtId}/deduct`, { enrolmentId: d1.hh.enrolmentId, monthlyLimit: 10000, reason: '从低保金中抵扣' });
    expect(deducted.statusCode, deducted.body).toBe(200);
    expect(deducted.json()).toMatchObject({ status: 'settled', outstandingAmount: 0, entries: [{ kind: 'deduction', amount: 20000, targetEnrolmentId: d1.hh.enrolmentId }] });
    // The household's dibao lost the imprisoned head's share from August; the deduction comes off it.
    const oct = await prepare('dibao', '420102010005', '2025-10');
    expect((await linesOf(oct.id)).filter((l) => l.enrolmentId === d1.hh.enrolmentId).map((l) => [l.kind, l.amount]).sort()).toEqual([['recovery', -10000], ['regular', 30000]]);

    // 退还: cash needs its receipt; no more than is owed; settled when all is back.
    expect((await as('street', 'POST', `/debts/${d2.debtId}/repay`, { method: 'cash', amount: 5000, paidOn: '2025-09-09' })).statusCode).toBe(400);
    const part = await as('street', 'POST', `/debts/${d2.debtId}/repay`, { method: 'cash', amount: 5000, paidOn: '2025-09-09', receiptNumber: 'SJ-2025-0901' });
    expect(part.json()).toMatchObject({ status: 'open', collectedAmount: 5000, outstandingAmount: 15000 });
    const over = await as('street', 'POST', `/debts/${d2.debtId}/repay`, { method: 'bank_transfer', amount: 15001, paidOn: '2025-09-10' });
    expect(over.statusCode).toBe(409);
    expect(over.json().error.code).toBe('debt_overpaid');
    const rest = await as('street', 'POST', `/debts/${d2.debtId}/repay`, { method: 'bank_transfer', amount: 15000, paidOn: '2025-09-10', receiptNumber: 'ZZ8812' });
    expect(rest.json()).toMatchObject({ status: 'settled', outstandingAmount: 0 });

    // 核销: the county alone, with a reason; a closed debt takes nothing more.
    expect((await as('street', 'POST', `/debts/${d3.debtId}/write-off`, { reason: '服刑人员无力偿还' })).statusCode).toBe(403);
    const off = await as('county', 'POST', `/debts/${d3.debtId}/write-off`, { reason: '服刑人员无力偿还，经区民政局研究核销' });
    expect(off.json()).toMatchObject({ status: 'written_off', entries: [{ kind: 'write_off', amount: 20000 }] });
    expect((await as('street', 'POST', `/debts/${d3.debtId}/repay`, { method: 'bank_transfer', amount: 100, paidOn: '2025-09-10' })).json().error.code).toBe('debt_closed');

    expect((await as('street', 'GET', '/debts?areaCode=420102010')).json().total).toBe(0);
    const all = (await as('county', 'GET', '/debts?areaCode=420102010&status=all')).json();
    expect(all.items.map((d: { status: string }) => d.status)).toEqual(['settled', 'settled', 'written_off']);
    const actions = await t().deps.db.selectFrom('audit_log').select('action').where('entity_type', '=', 'debt').where('entity_id', 'in', made.map((m) => String(m.debtId))).execute();
    expect(actions.map((a) => a.action).sort()).toEqual(['debt.bank_transfer', 'debt.cash', 'debt.deduction', 'debt.open', 'debt.open', 'debt.open', 'debt.write_off']);
  });

  it('refuses a second application while a case is open or an enrolment is live, naming it', async () => {
    const enrolled = await enrolHousehold(t(), { areaCode: '420102010001', amount: 50000, startMonth: '2025-08' });
    const second = await as('community', 'POST', '/applications', { householdId: enrolled.householdId, program: 'dibao' });
    expect(second.statusCode).toBe(409);
    expect(second.json().error).toMatchObject({ code: 'enrolment_already_live', field: 'program' });
    expect(second.json().error.message).toContain(`保障编号 ${enrolled.enrolmentId}`);

    const h = (await as('community', 'POST', '/households', buildHousehold({ areaCode: '420102010001' }))).json();
    const first = await as('community', 'POST', '/applications', { householdId: h.id, program: 'dibao' });
    expect(first.statusCode).toBe(201);
    const twice = await as('community', 'POST', '/applications', { householdId: h.id, program: 'dibao' });
    expect(twice.statusCode).toBe(409);
    expect(twice.json().error.message).toBe(`该户已有一件同类在办申请（案件 ${first.json().id}，待街道受理），不能重复申请`);
  });
});
