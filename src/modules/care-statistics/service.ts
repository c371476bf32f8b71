import type { DbOrTrx } from '../../db/types.ts';
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
  /** 养护员报酬 of approved pay rolls for the months of the period: caregivers paid, money */
  caregivers: { payees: number; amount: number };
}

function empty(): CareFigures {
  return { condolences: { households: 0, persons: 0, cash: 0, goodsValue: 0, total: 0 }, visits: { visits: 0, persons: 0, households: 0 }, services: { orders: 0, persons: 0, amount: 0 }, credits: { persons: 0, amount: 0 }, caregivers: { payees: 0, amount: 0 } };
}

export type CareGoods = Awaited<ReturnType<typeof q.goodsSums>>;

/**
 * The figures of every area under `areaCode` whose code has one of `lengths` digits, keyed by
 * area code: one grouped query per kind and level, so distinct persons are counted per area
 * (a person served in two communities is one person of the street, not two) and any level of
 * the tree reads its own numbers rather than the sum of its children's.
 */
export async function careFiguresByArea(db: DbOrTrx, areaCode: string, lengths: readonly number[], from: string, to: string): Promise<Map<string, CareFigures>> {
  const by = new Map<string, CareFigures>();
  const at = (area: string) => by.get(area) ?? (by.set(area, empty()), by.get(area)!);
  for (const length of [...new Set(lengths)]) {
    const [c, v, o, cr, cg] = await Promise.all([
      q.condolenceSums(db, areaCode, length, from, to),
      q.visitSums(db, areaCode, length, from, to),
      q.orderSums(db, areaCode, length, from, to),
      q.creditSums(db, areaCode, length, from.slice(0, 7), to.slice(0, 7)),
      q.caregiverPaySums(db, areaCode, length, from.slice(0, 7), to.slice(0, 7)),
    ]);
    for (const r of c) at(r.area).condolences = { households: r.households, persons: r.persons, cash: r.cash, goodsValue: r.goodsValue, total: r.cash + r.goodsValue };
    for (const r of v) at(r.area).visits = { visits: r.visits, persons: r.persons, households: r.households };
    for (const r of o) at(r.area).services = { orders: r.orders, persons: r.persons, amount: r.amount };
    for (const r of cr) at(r.area).credits = { persons: r.persons, amount: r.amount };
    for (const r of cg) at(r.area).caregivers = { payees: r.payees, amount: r.amount };
  }
  return by;
}

export function careFiguresOf(by: Map<string, CareFigures>, areaCode: string): CareFigures {
  return by.get(areaCode) ?? empty();
}

/** The goods handed over under an area in a period (米、面、油 … by name and unit). */
export async function careGoods(db: DbOrTrx, areaCode: string, from: string, to: string): Promise<CareGoods> {
  return q.goodsSums(db, areaCode, from, to);
}

/**
 * 走访慰问、探访、居家养老统计 for an area and a period, with one row per child area (the roll-up
 * the monthly report shows).
 */
export async function careStatistics(deps: Deps, actor: Actor, input: { areaCode?: string | undefined; from: string; to: string }) {
  if (!mayReadCare(actor.role)) throw new DomainError('forbidden', 'care_role');
  const areaCode = input.areaCode ?? actor.areaCode;
  if (!isWithinArea(actor.areaCode, areaCode) || !(await findArea(deps.db, areaCode))) throw new DomainError('not_found', 'area_not_found', { field: 'areaCode', params: { areaCode } });
  if (input.from > input.to) throw new DomainError('validation', 'care_statistics_period', { field: 'from' });
  const childLength = CHILD_LENGTH[areaCode.length] ?? areaCode.length;
  const by = await careFiguresByArea(deps.db, areaCode, [areaCode.length, childLength], input.from, input.to);
  return {
    areaCode,
    from: input.from,
    to: input.to,
    total: careFiguresOf(by, areaCode),
    goods: await careGoods(deps.db, areaCode, input.from, input.to),
    byArea: [...by.entries()]
      .filter(([code]) => code.length === childLength && (code !== areaCode || childLength === areaCode.length))
      .sort(([a], [b]) => (a < b ? -1 : 1))
      .map(([code, f]) => ({ areaCode: code, ...f })),
  };
}

/** 走访慰问、居家养老 in the monthly report: the figures of each area row of the report (its tree), the report's area and its goods. */
export interface CareReportSection {
  total: CareFigures;
  goods: CareGoods;
  rows: ({ areaCode: string; name: string; depth: number } & CareFigures)[];
}

/** The report's care section for the areas it shows, each counted over its own tree (see careFiguresByArea). */
export async function careReportSection(db: DbOrTrx, areaCode: string, areas: readonly { areaCode: string; name: string; depth: number }[], from: string, to: string): Promise<CareReportSection> {
  const by = await careFiguresByArea(db, areaCode, [areaCode.length, ...areas.map((a) => a.areaCode.length)], from, to);
  return {
    total: careFiguresOf(by, areaCode),
    goods: await careGoods(db, areaCode, from, to),
    rows: areas.map((a) => ({ areaCode: a.areaCode, name: a.name, depth: a.depth, ...careFiguresOf(by, a.areaCode) })),
  };
}

/** 首页: the area's care figures of this month so far and of the year to date (China's calendar). */
export async function careDashboard(db: DbOrTrx, areaCode: string, today: string): Promise<{ month: string; thisMonth: CareFigures; yearToDate: CareFigures }> {
  const [month, year] = await Promise.all([
    careFiguresByArea(db, areaCode, [areaCode.length], `${today.slice(0, 7)}-01`, today),
    careFiguresByArea(db, areaCode, [areaCode.length], `${today.slice(0, 4)}-01-01`, today),
  ]);
  return { month: today.slice(0, 7), thisMonth: careFiguresOf(month, areaCode), yearToDate: careFiguresOf(year, areaCode) };
}
