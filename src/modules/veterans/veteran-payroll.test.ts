import { describe, expect, it } from 'vitest';
import { buildHousehold, buildPerson, uniqueIdNumber } from '../../../test/factories/household.ts';
import { useTestApp } from '../../../test/helpers/test-app.ts';
import { dialects } from '../../../test/helpers/test-deps.ts';

/** 优抚金 through the payroll (issue 22 point 3): decided on the register, paid like any program. */
describe.each(dialects)('优抚金: payment lines through the payroll on %s', (dialect) => {
  const t = useTestApp(dialect, { now: '2025-09-10T02:00:00.000Z' });
  const as = async (user: string, method: 'GET' | 'POST', url: string, payload?: unknown) =>
    t().app.inject({ method, url: `/api/v1${url}`, headers: { cookie: await t().login(user) }, ...(payload === undefined ? {} : { payload: payload as object }) });
  const area = '420102010001';
  const account = (n: number) => ({ bankName: '湖北农信', accountNumber: `62210${String(n).padStart(12, '0')}` });

  async function recipient(name: string, entitled: { group: string; documentKind: string; disabilityLevel?: number }, n: number) {
    const person = buildPerson({ name, employment: 'retired', idNumber: uniqueIdNumber({ birthDate: '1952-05-05' }), bankAccount: account(n) });
    const h = (await as('community', 'POST', '/households', buildHousehold({ areaCode: area, members: [person], incomes: [], deductions: [], assets: [] }))).json();
    const reg = await as('community', 'POST', '/veterans/entitled', { personId: h.members[0].id, documentNumber: `优字 ${n}`, registeredOn: '2020-01-01', ...entitled });
    expect(reg.statusCode, reg.body).toBe(201);
    return { householdId: h.id as number, personId: h.members[0].id as number, entitledId: reg.json().id as number };
  }

  it('the county decides the lines at the policy’s amounts per group; payrolls pay each recipient; the yearly and the one-off lines by lump sum only', async () => {
    const li = await recipient('李建国', { group: 'disabled_serviceman', documentKind: 'disabled_serviceman_card', disabilityLevel: 6 }, 1);
    const zhao = await recipient('赵秀英', { group: 'martyr_survivor', documentKind: 'martyr_certificate' }, 2);
    const zhou = await recipient('周桂兰', { group: 'conscript_family', documentKind: 'enlistment_notice' }, 3);

    expect((await as('community', 'POST', `/veterans/entitled/${li.entitledId}/benefits`, { startMonth: '2025-08' })).statusCode).toBe(403);
    const granted = await as('county', 'POST', `/veterans/entitled/${li.entitledId}/benefits`, { startMonth: '2025-08' });
    expect(granted.statusCode, granted.body).toBe(201);
    // The national defaults until the area sets its own: 3,000 yuan a month for a disabled serviceman.
    expect(granted.json().items).toEqual([
      expect.objectContaining({ program: 'veteran_disability_pension', programName: '残疾军人伤残抚恤金', monthlyAmount: 300000, amount: 300000, policyKey: 'veterans.monthlyAmounts.disabled_serviceman' }),
      expect.objectContaining({ program: 'veteran_spring_festival', monthlyAmount: 0, amount: 20000 }),
    ]);
    const twice = await as('county', 'POST', `/veterans/entitled/${li.entitledId}/benefits`, { startMonth: '2025-08' });
    expect(twice.statusCode).toBe(409);
    expect(twice.json().error.code).toBe('veteran_benefit_exists');
    expect((await as('county', 'POST', `/veterans/entitled/${zhao.entitledId}/benefits`, { startMonth: '2025-08' })).statusCode).toBe(201);
    const conscript = await as('county', 'POST', `/veterans/entitled/${zhou.entitledId}/benefits`, { startMonth: '2025-09' });
    expect(conscript.json().items).toEqual([expect.objectContaining({ program: 'conscript_family_allowance', monthlyAmount: 0, amount: 280000 })]);
    // The decision is on file like a case's.
    const app = await t().deps.db.selectFrom('applications').select(['state', 'program', 'decision_text']).where('id', '=', granted.json().items[0].applicationId).executeTakeFirstOrThrow();
    expect(app).toMatchObject({ state: 'approved', program: 'veteran_disability_pension' });

    // The street prepares the August payroll of the disability pension; the county approves it.
    const made = await as('street', 'POST', '/payrolls', { program: 'veteran_disability_pension', areaCode: area, month: '2025-08' });
    expect(made.statusCode, made.body).toBe(201);
    expect(made.json()).toMatchObject({ households: 1, persons: 1, totalAmount: 300000 });
    expect(made.json().title).toContain('伤残抚恤金');
    const lines = (await as('county', 'GET', `/payrolls/${made.json().id}/lines`)).json();
    expect(lines.items).toEqual([expect.objectContaining({ enrolmentId: granted.json().items[0].enrolmentId, payeeName: '李建国', payeeKind: 'self', amount: 300000, refusal: null, forMonth: '2025-08' })]);
    expect((await as('county', 'POST', `/payrolls/${made.json().id}/approve`)).json()).toMatchObject({ status: 'approved' });
    const survivors = (await as('street', 'POST', '/payrolls', { program: 'veteran_survivor_pension', areaCode: area, month: '2025-08' })).json();
    expect(survivors).toMatchObject({ households: 1, totalAmount: 250000 });

    // 义务兵家庭优待金: no monthly roll; the lump sum pays the policy's yearly amount per household.
    const monthly = await as('street', 'POST', '/payrolls', { program: 'conscript_family_allowance', areaCode: area, month: '2025-09' });
    expect(monthly.statusCode).toBe(422);
    expect(monthly.json().error).toMatchObject({ code: 'program_lump_sum_only', field: 'program' });
    const wrong = await as('street', 'POST', '/payrolls/lump-sums', { title: '2025年义务兵家庭优待金', program: 'conscript_family_allowance', areaCode: area, month: '2025-09', amountPerPerson: 100000 });
    expect(wrong.statusCode).toBe(422);
    expect(wrong.json().error.message).toContain('2,800.00');
    const yearly = await as('street', 'POST', '/payrolls/lump-sums', { title: '2025年义务兵家庭优待金', program: 'conscript_family_allowance', areaCode: area, month: '2025-09', amountPerPerson: 280000 });
    expect(yearly.statusCode, yearly.body).toBe(201);
    expect(yearly.json()).toMatchObject({ kind: 'lump_sum', households: 1, totalAmount: 280000 });
    expect((await as('county', 'GET', `/payrolls/${yearly.json().id}/lines`)).json().items).toEqual([expect.objectContaining({ payeeName: '周桂兰', amount: 280000, refusal: null })]);
    // 春节慰问金: each 重点优抚对象 once, not the conscript's family.
    const festival = await as('street', 'POST', '/payrolls/lump-sums', { title: '2025年春节慰问金', program: 'veteran_spring_festival', areaCode: area, month: '2025-09', amountPerPerson: 20000 });
    expect(festival.json()).toMatchObject({ households: 2, totalAmount: 40000 });

    const audit = await t().deps.db.selectFrom('audit_log').select(['action', 'entity_id']).where('action', '=', 'veteran.benefit').execute();
    expect(audit).toHaveLength(3);
  });
});
