import { describe, expect, it } from 'vitest';
import { useTestApp } from '../../../test/helpers/test-app.ts';
import { dialects } from '../../../test/helpers/test-deps.ts';
import { enrolHousehold } from '../../../test/helpers/enrolment.ts';

describe.each(dialects)('the standing roster (长期公示) on %s', (dialect) => {
  const t = useTestApp(dialect, { now: '2025-09-10T02:00:00.000Z' });
  const as = async (user: string, method: 'GET' | 'POST', url: string, payload?: unknown) =>
    t().app.inject({ method, url: `/api/v1${url}`, headers: { cookie: await t().login(user) }, ...(payload === undefined ? {} : { payload: payload as object }) });
  const payAndApprove = async (areaCode: string, month: string) => {
    const p = await as('clerk', 'POST', '/payrolls', { program: 'dibao', areaCode, month });
    expect(p.statusCode, p.body).toBe(201);
    const ok = await as('county', 'POST', `/payrolls/${p.json().id}/approve`);
    expect(ok.statusCode, ok.body).toBe(200);
  };

  it('lists the recipients of the latest approved payroll with masked names, without login, and as a PDF', async () => {
    const area = '420102005002';
    const a = await enrolHousehold(t(), { areaCode: area, amount: 158000, startMonth: '2025-07' });
    await enrolHousehold(t(), { areaCode: area, amount: 90000, startMonth: '2025-07' });
    const empty = await t().app.inject({ method: 'GET', url: `/public/roster/${area}` });
    expect(empty.statusCode).toBe(200);
    expect(empty.body).toContain('当前没有保障对象');

    // Prepared is not enough: only an approved payroll changes the roster (prepared by the clerk, approved by the county: separation of duties).
    const prepared = await as('clerk', 'POST', '/payrolls', { program: 'dibao', areaCode: area, month: '2025-07' });
    expect((await t().app.inject({ method: 'GET', url: `/public/roster/${area}` })).body).toContain('当前没有保障对象');
    expect((await as('county', 'POST', `/payrolls/${prepared.json().id}/approve`)).statusCode).toBe(200);
    await payAndApprove(area, '2025-08');
    const page = await t().app.inject({ method: 'GET', url: `/public/roster/${area}` });
    expect(page.body).toContain('最低生活保障 2025-08');
    expect(page.body.match(/<tr><td>钱\*国<\/td>/g)).toHaveLength(2);
    expect(page.body).toContain('1,580.00');
    expect(page.body).not.toContain('钱建国');

    // Stopped from September: the September payroll, once approved, leaves the household off.
    const stop = await as('county', 'POST', `/enrolments/${a.enrolmentId}/changes`, { kind: 'stop', effectiveMonth: '2025-09', reasonCode: 'income_rise', reason: '务工收入超过标准' });
    expect(stop.statusCode).toBe(200);
    await payAndApprove(area, '2025-09');
    const after = await t().app.inject({ method: 'GET', url: `/public/roster/${area}` });
    expect(after.body.match(/<tr><td>钱\*国<\/td>/g)).toHaveLength(1);
    expect(after.body).not.toContain('1,580.00');

    const pdf = await t().app.inject({ method: 'GET', url: `/public/roster/${area}/roster.pdf` });
    expect(pdf.statusCode).toBe(200);
    expect(pdf.headers['content-type']).toBe('application/pdf');
    expect(pdf.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');
    expect((await t().app.inject({ method: 'GET', url: '/public/roster/420102005' })).statusCode).toBe(400);
    expect((await t().app.inject({ method: 'GET', url: '/public/roster/420102005099' })).statusCode).toBe(404);
  });
});
