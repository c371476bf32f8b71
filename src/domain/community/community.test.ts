import { describe, expect, it } from 'vitest';
import { charityLedger, checkMonthlyQuota, ledgerDifferences, type Movement } from './charity.ts';
import { needTransition, NEED_STATUSES, totalsByCommunity, type NeedAction } from './lists.ts';
import { exchangePoints, hoursToTenths, ledgerBalance, maskPhone, pointsForHours } from './volunteers.ts';

describe('志愿服务积分', () => {
  it.each([
    [2, 20],
    [2.5, 25],
    [0.1, 1],
    [24, 240],
    [0, null],
    [-1, null],
    [24.1, null],
    [1.25, null],
    [0.3, 3],
  ])('hours %s → tenths %s', (hours, tenths) => expect(hoursToTenths(hours)).toBe(tenths));

  it.each([
    [20, '10', 20],
    [25, '10', 25],
    [25, '1', 2],
    [25, '1.5', 3],
    [1, '1', 0],
    [15, '3.3', 4],
    [240, '0', 0],
  ])('%s tenths × %s per hour = %s points, rounded down', (tenths, rate, points) => {
    const r = pointsForHours(tenths, rate);
    expect(r.points).toBe(points);
    expect(r.trace).toContain('community.pointsPerHour');
  });

  it('exchanges only what the balance holds: equal passes, one more is short', () => {
    expect(exchangePoints(50, 50)).toEqual({ ok: true, left: 0 });
    expect(exchangePoints(50, 20)).toEqual({ ok: true, left: 30 });
    expect(exchangePoints(50, 51)).toEqual({ ok: false, short: 1 });
    expect(exchangePoints(0, 1)).toEqual({ ok: false, short: 1 });
    expect(() => exchangePoints(10, 0)).toThrow(RangeError);
    expect(() => exchangePoints(10, 1.5)).toThrow(RangeError);
  });

  it('sums the ledger and tells whether it ever went below zero', () => {
    expect(ledgerBalance([{ points: 20 }, { points: -20 }, { points: 5 }])).toEqual({ balance: 5, everNegative: false });
    expect(ledgerBalance([{ points: 10 }, { points: -20 }, { points: 15 }])).toEqual({ balance: 5, everNegative: true });
    expect(ledgerBalance([])).toEqual({ balance: 0, everNegative: false });
  });

  it.each([
    ['13812345678', '138****5678'],
    ['138 1234 5678', '138****5678'],
    ['8888-6666', '****6666'],
    ['1234567', '****567'],
  ])('masks the phone %s as %s', (phone, masked) => expect(maskPhone(phone)).toBe(masked));
});

describe('三张清单', () => {
  const table: [string, NeedAction, string | null][] = [
    ['open', 'match', 'matched'],
    ['matched', 'match', 'matched'],
    ['in_progress', 'match', null],
    ['done', 'match', null],
    ['open', 'start_project', null],
    ['matched', 'start_project', 'in_progress'],
    ['in_progress', 'start_project', null],
    ['done', 'start_project', null],
    ['open', 'finish_project', null],
    ['matched', 'finish_project', null],
    ['in_progress', 'finish_project', 'done'],
    ['done', 'finish_project', null],
  ];
  it.each(table)('a need %s, %s → %s', (status, action, next) => {
    const r = needTransition(status as (typeof NEED_STATUSES)[number], action);
    if (next === null) expect(r.ok).toBe(false);
    else expect(r).toEqual({ ok: true, next });
  });

  it('totals per community, missing statuses as zero', () => {
    const rows = totalsByCommunity(
      [
        { areaCode: '420102001002', status: 'open', n: 2 },
        { areaCode: '420102001001', status: 'done', n: 1 },
        { areaCode: '420102001001', status: 'open', n: 3 },
      ],
      [{ areaCode: '420102001001', n: 4 }],
      [
        { areaCode: '420102001001', status: 'done', n: 1, budget: 50000, beneficiaries: 30 },
        { areaCode: '420102001001', status: 'in_progress', n: 2, budget: 10000, beneficiaries: 0 },
      ],
    );
    expect(rows).toEqual([
      { areaCode: '420102001001', needs: { open: 3, matched: 0, in_progress: 0, done: 1 }, resources: 4, projects: { inProgress: 2, done: 1, budget: 60000, beneficiaries: 30 } },
      { areaCode: '420102001002', needs: { open: 2, matched: 0, in_progress: 0, done: 0 }, resources: 0, projects: { inProgress: 0, done: 0, budget: 0, beneficiaries: 0 } },
    ]);
  });
});

describe('慈善超市', () => {
  it.each([
    [0, 20000, 20000, true, 0],
    [0, 20001, 20000, false, 20000],
    [15000, 5000, 20000, true, 0],
    [15000, 5001, 20000, false, 5000],
    [25000, 1, 20000, false, 0],
    [0, 0, 0, true, 0],
  ])('used %s + issue %s within quota %s: %s (left %s)', (used, value, quota, ok, left) => {
    const r = checkMonthlyQuota(used, value, quota);
    expect(r.ok).toBe(ok);
    if (r.ok) expect(r.left).toBe(left);
    else {
      expect(r.left).toBe(left);
      expect(r.over).toBe(value - left);
    }
  });

  const m = (kind: Movement['kind'], itemId: number | null, quantity: number, money: number, value: number): Movement => ({ kind, itemId, quantity, money, value });

  it('balances: money in − out = money held, goods in − out = stock, per item and in value', () => {
    const movements = [m('money_in', null, 0, 100000, 0), m('goods_in', 1, 50, 0, 250000), m('purchase', 2, 20, 30000, 36000), m('issue', 1, 10, 0, 50000), m('issue', 2, 5, 0, 9000), m('money_in', null, 0, 5000, 0), m('issue', 1, 40, 0, 200000)];
    const ledger = charityLedger(movements);
    expect(ledger.money).toEqual({ in: 105000, out: 30000, balance: 75000 });
    expect(ledger.goods.items).toEqual([
      { itemId: 1, quantityIn: 50, quantityOut: 50, valueIn: 250000, valueOut: 250000, quantity: 0, value: 0 },
      { itemId: 2, quantityIn: 20, quantityOut: 5, valueIn: 36000, valueOut: 9000, quantity: 15, value: 27000 },
    ]);
    expect(ledger.goods).toMatchObject({ valueIn: 286000, valueOut: 259000, value: 27000 });
    expect(ledgerDifferences(ledger, { money: 75000, stock: [{ itemId: 1, quantity: 0 }, { itemId: 2, quantity: 15 }] })).toEqual([]);
  });

  it('balances in any order, for every split of the same movements', () => {
    const base = [m('goods_in', 3, 7, 0, 700), m('issue', 3, 2, 0, 200), m('money_in', null, 0, 900, 0), m('purchase', 3, 1, 150, 100), m('issue', 3, 6, 0, 600)];
    for (let i = 0; i < base.length; i++) {
      const rotated = [...base.slice(i), ...base.slice(0, i)];
      const l = charityLedger(rotated);
      expect(l.money.balance).toBe(750);
      expect(l.goods.items[0]).toMatchObject({ quantity: 0, value: 0 });
    }
  });

  it('names what does not balance: the fund, an item, an item held but never on the ledger', () => {
    const ledger = charityLedger([m('money_in', null, 0, 1000, 0), m('goods_in', 1, 5, 0, 500)]);
    expect(ledgerDifferences(ledger, { money: 900, stock: [{ itemId: 1, quantity: 4 }, { itemId: 9, quantity: 2 }] })).toEqual([
      { subject: 'money', ledger: 1000, held: 900 },
      { subject: 'item:1', ledger: 5, held: 4 },
      { subject: 'item:9', ledger: 0, held: 2 },
    ]);
    expect(ledgerDifferences(ledger, { money: 1000, stock: [] })).toEqual([{ subject: 'item:1', ledger: 5, held: 0 }]);
  });

  it('an empty ledger balances with nothing held', () => {
    const ledger = charityLedger([]);
    expect(ledger).toEqual({ money: { in: 0, out: 0, balance: 0 }, goods: { valueIn: 0, valueOut: 0, value: 0, items: [] } });
    expect(ledgerDifferences(ledger, { money: 0, stock: [] })).toEqual([]);
  });
});
