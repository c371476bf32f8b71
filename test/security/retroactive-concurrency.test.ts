import { describe, expect, it } from 'vitest';
import { enrolHousehold } from '../helpers/enrolment.ts';
import { useTestApp } from '../helpers/test-app.ts';
import { dialects } from '../helpers/test-deps.ts';

describe.each(dialects)('concurrent identical retroactive changes on %s', (dialect) => {
  const t = useTestApp(dialect, { now: '2025-09-10T02:00:00.000Z' });

  it('records one change and one back pay from 20 identical requests, and pays it once', async () => {
    const area = '420102004006';
    const cookie = await t().login('county');
    const post = (url: string, payload: object) => t().app.inject({ method: 'POST', url: `/api/v1${url}`, headers: { cookie }, payload });
    const e = await enrolHousehold(t(), { areaCode: area, amount: 100000, startMonth: '2025-07' });
    expect((await post('/payrolls', { program: 'dibao', areaCode: area, month: '2025-07' })).statusCode).toBe(201);
    expect((await post('/payrolls', { program: 'dibao', areaCode: area, month: '2025-08' })).statusCode).toBe(201);

    const change = { kind: 'amount', effectiveMonth: '2025-07', monthlyAmount: 120000, reasonCode: 'review', reason: '复核：家庭收入减少' };
    const answers = await Promise.all(Array.from({ length: 20 }, () => post(`/enrolments/${e.enrolmentId}/changes`, change)));
    expect(answers.map((a) => a.statusCode)).toEqual(Array(20).fill(200));
    // Every answer shows the one back pay the decision made.
    const adjustmentIds = new Set(answers.map((a) => a.json().adjustment?.id));
    expect(adjustmentIds.size).toBe(1);
    expect(answers[0]!.json().adjustment).toMatchObject({ kind: 'back_pay', totalAmount: 40000 });

    const db = t().deps.db;
    const changes = await db.selectFrom('enrolment_changes').select(['kind']).where('enrolment_id', '=', e.enrolmentId).orderBy('id').execute();
    expect(changes.map((c) => c.kind)).toEqual(['start', 'amount']);
    const adjustments = await db.selectFrom('payment_adjustments').select(['kind', 'total_amount']).where('enrolment_id', '=', e.enrolmentId).execute();
    expect(adjustments.map((a) => [a.kind, Number(a.total_amount)])).toEqual([['back_pay', 40000]]);
    const audited = await db.selectFrom('audit_log').select('seq').where('entity_type', '=', 'enrolment').where('entity_id', '=', String(e.enrolmentId)).where('action', '=', 'enrolment.amount').execute();
    expect(audited).toHaveLength(1);

    // The money: September pays the new amount and the back pay once.
    const sep = (await post('/payrolls', { program: 'dibao', areaCode: area, month: '2025-09' })).json();
    expect(sep.totalAmount).toBe(160000);

    // A different decision is still recorded, and twenty identical stops make one stop.
    const stops = await Promise.all(
      Array.from({ length: 20 }, () => post(`/enrolments/${e.enrolmentId}/changes`, { kind: 'stop', effectiveMonth: '2025-10', reasonCode: 'income_rise', reason: '收入超标' })),
    );
    expect(stops.map((s) => s.statusCode)).toEqual(Array(20).fill(200));
    const after = await db.selectFrom('enrolment_changes').select(['kind']).where('enrolment_id', '=', e.enrolmentId).orderBy('id').execute();
    expect(after.map((c) => c.kind)).toEqual(['start', 'amount', 'stop']);
  });
});
