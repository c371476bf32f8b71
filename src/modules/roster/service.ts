import type { Deps } from '../../deps.ts';
import { areaAncestry } from '../../domain/area-code.ts';
import { DomainError } from '../../domain/errors.ts';
import { maskName } from '../../domain/masking.ts';
import { PROGRAM_NAMES } from '../../domain/programs/names.ts';
import { findArea } from '../areas/service.ts';
import * as q from './queries.ts';

export interface RosterLine {
  maskedName: string;
  program: string;
  programName: string;
  persons: number;
  monthlyAmount: number;
}

/**
 * 长期公示 (issue 16 point 7): the standing roster of a community — every current recipient, name
 * masked (DOMAIN.md §7), with the program, persons covered and the amount. It is read from the
 * latest approved monthly payroll of each program covering the community, so it changes exactly
 * when a payroll is approved: a stop, a death or a new enrolment shows from that payroll on.
 */
export async function standingRoster(deps: Deps, areaCode: string): Promise<{ areaCode: string; areaName: string; months: { program: string; programName: string; month: string }[]; lines: RosterLine[] }> {
  const area = await findArea(deps.db, areaCode);
  if (!area || area.level !== 'community') throw new DomainError('not_found', 'area_not_found', { params: { areaCode } });
  const payrolls = await q.approvedPayrollsCovering(deps.db, areaAncestry(areaCode));
  // Per program the latest month approved; of two payrolls of one month (a street's and the district's), the later.
  const latest = new Map<string, (typeof payrolls)[number]>();
  for (const p of payrolls) {
    const seen = latest.get(p.program);
    if (!seen || p.month > seen.month || (p.month === seen.month && p.id > seen.id)) latest.set(p.program, p);
  }
  const chosen = [...latest.values()].sort((a, b) => a.program.localeCompare(b.program));
  const rows = await q.rosterLines(deps.db, chosen.map((p) => p.id), areaCode);
  // A payroll of several months has one line per month: the roster shows the enrolment once, as of its latest month.
  const byEnrolment = new Map<number, (typeof rows)[number]>();
  for (const r of rows) {
    const seen = byEnrolment.get(r.enrolment_id);
    if (!seen || r.for_month > seen.for_month) byEnrolment.set(r.enrolment_id, r);
  }
  return {
    areaCode,
    areaName: area.name,
    months: chosen.map((p) => ({ program: p.program, programName: PROGRAM_NAMES[p.program] ?? p.program, month: p.month })),
    lines: [...byEnrolment.values()].map((r) => ({
      maskedName: maskName(r.subject_name ?? r.payee_name),
      program: r.program,
      programName: PROGRAM_NAMES[r.program] ?? r.program,
      persons: Number(r.persons),
      monthlyAmount: Number(r.amount),
    })),
  };
}
