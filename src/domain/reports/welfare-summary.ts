/**
 * 残疾人、儿童、优抚 in the monthly report's Excel and PDF (issue 22 point 6): the registers'
 * counts as one flat row per area, rolled up the area tree like the report's own rows — each
 * row counts every record of its subtree, so the root row is the JSON `welfare` of the area.
 * Pure: no I/O.
 */

/** The counters, in the order the sheet shows them, under their group. */
export const WELFARE_COLUMNS = [
  { key: 'certificates', group: '残疾人', header: '持证残疾人', short: '持证' },
  { key: 'certificatesIssued', group: '残疾人', header: '本月发证', short: '发证' },
  { key: 'rehabilitation', group: '残疾人', header: '康复服务', short: '康复' },
  { key: 'assistive_device', group: '残疾人', header: '辅具适配', short: '辅具' },
  { key: 'barrier_free', group: '残疾人', header: '无障碍改造', short: '无障碍' },
  { key: 'serviceAmount', group: '残疾人', header: '服务金额（元）', short: '服务金额', money: true },
  { key: 'qualifiedBases', group: '残疾人', header: '达标就业扶贫基地', short: '就业基地' },
  { key: 'orphan', group: '困境儿童', header: '孤儿', short: '孤儿' },
  { key: 'de_facto_orphan', group: '困境儿童', header: '事实无人抚养', short: '事实孤儿' },
  { key: 'left_behind', group: '困境儿童', header: '留守儿童', short: '留守' },
  { key: 'childrenEnded', group: '困境儿童', header: '本月终止', short: '终止' },
  { key: 'veterans', group: '优抚', header: '优抚对象', short: '优抚' },
  { key: 'veteranDeaths', group: '优抚', header: '本月去世', short: '去世' },
  { key: 'tasksDone', group: '优抚', header: '慰问办结', short: '已慰问' },
  { key: 'tasksOpen', group: '优抚', header: '待慰问', short: '待慰问' },
] as const satisfies readonly { key: string; group: string; header: string; short: string; money?: boolean }[];

export type WelfareKey = (typeof WELFARE_COLUMNS)[number]['key'];
export type WelfareRow = Record<WelfareKey, number>;

export const emptyWelfareRow = (): WelfareRow => Object.fromEntries(WELFARE_COLUMNS.map((c) => [c.key, 0])) as WelfareRow;

/** A count booked to one area (a community, mostly): the counter and how much. */
export interface WelfareCount {
  areaCode: string;
  key: WelfareKey;
  n: number;
}

/**
 * Each area of `areaCodes` with the sum of the counts booked to it or below it (area codes are
 * prefixes of their descendants' codes, as the registers' LIKE scopes read them).
 */
export function rollUpWelfare(areaCodes: readonly string[], counts: readonly WelfareCount[]): Map<string, WelfareRow> {
  const out = new Map<string, WelfareRow>(areaCodes.map((code) => [code, emptyWelfareRow()]));
  for (const c of counts) {
    for (const [code, row] of out) if (c.areaCode.startsWith(code)) row[c.key] += c.n;
  }
  return out;
}

/** One PDF line per group for an area's row: "残疾人：持证残疾人 3，本月发证 1 …". */
export function welfareLines(row: WelfareRow, money: (fen: number) => string): string[] {
  const groups = [...new Set(WELFARE_COLUMNS.map((c) => c.group))];
  return groups.map(
    (g) =>
      `${g}：${WELFARE_COLUMNS.filter((c) => c.group === g)
        .map((c) => `${c.header.replace('（元）', '')} ${'money' in c && c.money ? `${money(row[c.key])} 元` : row[c.key]}`)
        .join('，')}`,
  );
}
