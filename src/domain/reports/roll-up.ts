import { addInto, emptyCounters, sumCounters, type StatCounters } from './counters.ts';

/**
 * Rolling a month's community numbers up the area tree (社区 → 街道 → 区县). Each community's
 * numbers are added to the community and to every ancestor in the tree directly, not as the
 * sum of the children's rows, so "a street equals the sum of its communities" stays a check
 * that can fail (a line whose community is not on file).
 */
export interface TreeArea {
  code: string;
  name: string;
  level: string;
  parentCode: string | null;
}

export interface LeafStat {
  areaCode: string;
  program: string;
  counters: Partial<StatCounters>;
}

export interface AreaReportRow {
  areaCode: string;
  name: string;
  level: string;
  parentCode: string | null;
  /** 0 for the area asked for, 1 for its children … (the Excel indent). */
  depth: number;
  programs: Record<string, StatCounters>;
  /** All programs together (户次 / 人次). */
  total: StatCounters;
}

export interface RolledUp {
  /** The area asked for first, then its subtree depth first, children by code. */
  rows: AreaReportRow[];
  /** Numbers booked to a code below the root that is not an area on file. */
  unplaced: { areaCode: string; program: string }[];
}

export function rollUp(root: string, areas: readonly TreeArea[], stats: readonly LeafStat[]): RolledUp {
  const inTree = areas.filter((a) => a.code.startsWith(root));
  const byCode = new Map(inTree.map((a) => [a.code, a]));
  if (!byCode.has(root)) throw new RangeError(`root area ${root} is not among the areas`);
  const programsByArea = new Map<string, Map<string, StatCounters>>();
  const unplaced = new Map<string, { areaCode: string; program: string }>();
  for (const s of stats) {
    if (!s.areaCode.startsWith(root)) continue;
    if (!byCode.has(s.areaCode)) unplaced.set(`${s.areaCode}|${s.program}`, { areaCode: s.areaCode, program: s.program });
    for (let len = root.length; len <= s.areaCode.length; len++) {
      const code = s.areaCode.slice(0, len);
      if (!byCode.has(code)) continue;
      let programs = programsByArea.get(code);
      if (!programs) programsByArea.set(code, (programs = new Map()));
      let c = programs.get(s.program);
      if (!c) programs.set(s.program, (c = emptyCounters()));
      addInto(c, s.counters);
    }
  }
  const children = new Map<string, TreeArea[]>();
  for (const a of inTree) {
    if (a.code === root || a.parentCode === null) continue;
    const list = children.get(a.parentCode);
    if (list) list.push(a);
    else children.set(a.parentCode, [a]);
  }
  const rows: AreaReportRow[] = [];
  const visit = (a: TreeArea, depth: number) => {
    const programs = Object.fromEntries([...(programsByArea.get(a.code) ?? new Map<string, StatCounters>()).entries()].sort(([x], [y]) => x.localeCompare(y)));
    rows.push({ areaCode: a.code, name: a.name, level: a.level, parentCode: a.parentCode, depth, programs, total: sumCounters(Object.values(programs)) });
    for (const c of (children.get(a.code) ?? []).sort((x, y) => x.code.localeCompare(y.code))) visit(c, depth + 1);
  };
  visit(byCode.get(root)!, 0);
  return { rows, unplaced: [...unplaced.values()].sort((a, b) => a.areaCode.localeCompare(b.areaCode) || a.program.localeCompare(b.program)) };
}

/** The programs that have any number in any row, in a stable order. */
export function programsOf(rows: readonly AreaReportRow[], order: readonly string[]): string[] {
  return orderPrograms(rows.flatMap((r) => Object.keys(r.programs)), order);
}

/** Program codes without repeats, in the given order, unknown ones last by code. */
export function orderPrograms(codes: Iterable<string>, order: readonly string[]): string[] {
  const seen = new Set(codes);
  return [...order.filter((p) => seen.has(p)), ...[...seen].filter((p) => !order.includes(p)).sort()];
}
