import { NUMERIC_COUNTERS, sumCounters, type NumericCounter } from './counters.ts';
import type { AreaReportRow, RolledUp } from './roll-up.ts';

/**
 * 一致性校验: the report is checked against numbers obtained another way, and every mismatch is
 * listed with both numbers; nothing is hidden or corrected.
 */
export const CHECK_CODES = [
  'households_vs_lines',
  'persons_vs_lines',
  'amount_vs_lines',
  'payroll_total_vs_lines',
  'funds_vs_payrolls',
  'enrolment_flow',
  'roll_up',
  'unplaced_area',
  'pre_aggregation',
] as const;
export type CheckCode = (typeof CHECK_CODES)[number];

export interface ConsistencyCheck {
  code: CheckCode;
  ok: boolean;
  program: string | null;
  areaCode: string | null;
  /** What is compared beyond code/program/area: a payroll's title, a counter's name. */
  subject: string | null;
  /** The number the report shows, and the number it should equal. */
  actual: number;
  expected: number;
}

/** Sums taken straight from the payroll lines of the scope, not through the roll-up. */
export interface LineSums {
  program: string;
  households: number;
  persons: number;
  amount: number;
}

export interface PayrollTotals {
  id: number;
  title: string;
  program: string;
  headerAmount: number;
  lineAmount: number;
  cityAmount: number;
  districtAmount: number;
  /** The payroll's area lies within the report's area (its whole share is in the report). */
  withinScope: boolean;
}

export interface ConsistencyInput {
  rolled: RolledUp;
  lineSums: readonly LineSums[];
  payrolls: readonly PayrollTotals[];
}

const ROLL_UP_COUNTERS: readonly NumericCounter[] = NUMERIC_COUNTERS;

function check(code: CheckCode, actual: number, expected: number, at: { program?: string | null; areaCode?: string | null; subject?: string | null } = {}): ConsistencyCheck {
  return { code, ok: actual === expected, program: at.program ?? null, areaCode: at.areaCode ?? null, subject: at.subject ?? null, actual, expected };
}

export function checkConsistency(input: ConsistencyInput): { ok: boolean; checks: ConsistencyCheck[] } {
  const { rows, unplaced } = input.rolled;
  const root = rows[0]!;
  const checks: ConsistencyCheck[] = [];
  const programs = [...new Set([...Object.keys(root.programs), ...input.lineSums.map((l) => l.program)])].sort();
  for (const program of programs) {
    const c = root.programs[program];
    const lines = input.lineSums.find((l) => l.program === program) ?? { households: 0, persons: 0, amount: 0 };
    const at = { program, areaCode: root.areaCode };
    checks.push(check('households_vs_lines', c?.households ?? 0, lines.households, at));
    checks.push(check('persons_vs_lines', c?.persons ?? 0, lines.persons, at));
    checks.push(check('amount_vs_lines', c?.amount ?? 0, lines.amount, at));
    const own = input.payrolls.filter((p) => p.program === program);
    // The shares can be compared only when every payroll paying into the area lies inside it.
    if (own.length > 0 && own.every((p) => p.withinScope)) {
      checks.push(check('funds_vs_payrolls', c?.cityAmount ?? 0, own.reduce((s, p) => s + p.cityAmount, 0), { ...at, subject: 'cityAmount' }));
      checks.push(check('funds_vs_payrolls', c?.districtAmount ?? 0, own.reduce((s, p) => s + p.districtAmount, 0), { ...at, subject: 'districtAmount' }));
    }
  }
  for (const p of input.payrolls) checks.push(check('payroll_total_vs_lines', p.headerAmount, p.lineAmount, { program: p.program, subject: p.title }));
  for (const row of rows) {
    for (const [program, c] of Object.entries(row.programs)) {
      const flow = check('enrolment_flow', c.newEnrolments - c.exits, c.enrolled - c.enrolledBefore, { program, areaCode: row.areaCode });
      if (row === root || !flow.ok) checks.push(flow);
    }
  }
  checks.push(...rollUpChecks(rows));
  for (const u of unplaced) checks.push(check('unplaced_area', 1, 0, { program: u.program, areaCode: u.areaCode }));
  return { ok: checks.every((c) => c.ok), checks };
}

/** Every area with children equals the sum of its children, program by program (mismatches only). */
function rollUpChecks(rows: readonly AreaReportRow[]): ConsistencyCheck[] {
  const out: ConsistencyCheck[] = [];
  for (const parent of rows) {
    const kids = rows.filter((r) => r.parentCode === parent.areaCode);
    if (kids.length === 0) continue;
    const programs = new Set([...Object.keys(parent.programs), ...kids.flatMap((k) => Object.keys(k.programs))]);
    for (const program of [...programs].sort()) {
      const own = sumCounters(parent.programs[program] ? [parent.programs[program]] : []);
      const sum = sumCounters(kids.flatMap((k) => (k.programs[program] ? [k.programs[program]] : [])));
      for (const k of ROLL_UP_COUNTERS) {
        if (own[k] !== sum[k]) out.push(check('roll_up', sum[k], own[k], { program, areaCode: parent.areaCode, subject: k }));
      }
    }
  }
  return out;
}
