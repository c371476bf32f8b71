import type { Deps } from '../../deps.ts';
import type { Actor } from '../../domain/actor.ts';
import { isWithinArea } from '../../domain/area-code.ts';
import { mayReadCare } from '../../domain/care/access.ts';
import { DomainError } from '../../domain/errors.ts';
import { findArea } from '../areas/service.ts';
import * as q from './queries.ts';

const CHILD_LENGTH: Record<number, number> = { 2: 4, 4: 6, 6: 9, 9: 12, 12: 12 };

export interface CareFigures {
  /** 慰问: 户次, 人次, 元 (cash and goods) of the aid handed over */
  condolences: { households: number; persons: number; cash: number; goodsValue: number; total: number };
  /** 探访: visits (人次), distinct persons and households */
  visits: { visits: number; persons: number; households: number };
  /** 居家养老: orders, persons served and money spent from wallets */
  services: { orders: number; persons: number; amount: number };
  /** wallet credits granted for the months of the period */
  credits: { persons: number; amount: number };
}

function empty(): CareFigures {
  return { condolences: { households: 0, persons: 0, cash: 0, goodsValue: 0, total: 0 }, visits: { visits: 0, persons: 0, households: 0 }, services: { orders: 0, persons: 0, amount: 0 }, credits: { persons: 0, amount: 0 } };
}

/**
 * 走访慰问、探访、居家养老统计 for an area and a period, with one row per child area (the roll-up
 * the monthly report shows). Distinct persons of the area are counted over the area itself, so a
 * person served in two communities is one person of the street, not two.
 */
export async function careStatistics(deps: Deps, actor: Actor, input: { areaCode?: string | undefined; from: string; to: string }) {
  if (!mayReadCare(actor.role)) throw new DomainError('forbidden', 'care_role');
  const areaCode = input.areaCode ?? actor.areaCode;
  if (!isWithinArea(actor.areaCode, areaCode) || !(await findArea(deps.db, areaCode))) throw new DomainError('not_found', 'area_not_found', { field: 'areaCode', params: { areaCode } });
  if (input.from > input.to) throw new DomainError('validation', 'care_statistics_period', { field: 'from' });
  const childLength = CHILD_LENGTH[areaCode.length] ?? areaCode.length;
  const figures = async (scope: string, length: number) => {
    const [c, v, o, cr] = await Promise.all([
      q.condolenceSums(deps.db, scope, length, input.from, input.to),
      q.visitSums(deps.db, scope, length, input.from, input.to),
      q.orderSums(deps.db, scope, length, input.from, input.to),
      q.creditSums(deps.db, scope, length, input.from.slice(0, 7), input.to.slice(0, 7)),
    ]);
    const by = new Map<string, CareFigures>();
    const at = (area: string) => by.get(area) ?? (by.set(area, empty()), by.get(area)!);
    for (const r of c) at(r.area).condolences = { households: r.households, persons: r.persons, cash: r.cash, goodsValue: r.goodsValue, total: r.cash + r.goodsValue };
    for (const r of v) at(r.area).visits = { visits: r.visits, persons: r.persons, households: r.households };
    for (const r of o) at(r.area).services = { orders: r.orders, persons: r.persons, amount: r.amount };
    for (const r of cr) at(r.area).credits = { persons: r.persons, amount: r.amount };
    return by;
  };
  const total = (await figures(areaCode, areaCode.length)).get(areaCode) ?? empty();
  const children = await figures(areaCode, childLength);
  return {
    areaCode,
    from: input.from,
    to: input.to,
    total,
    byArea: [...children.entries()].filter(([code]) => code !== areaCode || childLength === areaCode.length).sort(([a], [b]) => (a < b ? -1 : 1)).map(([code, f]) => ({ areaCode: code, ...f })),
  };
}
