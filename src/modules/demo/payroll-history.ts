import { fixedClock, todayInChina } from '../../clock.ts';
import type { Deps } from '../../deps.ts';
import { addMonths, addWorkingDays, isWorkingDay, monthOf } from '../../domain/calendar.ts';
import { DomainError } from '../../domain/errors.ts';
import { actorForUsername } from '../auth/service.ts';
import { approvePayroll, preparePayroll } from '../payments/service.ts';

/** The programs the demo history enrols, each paid by its own monthly payroll. */
export const DEMO_PAYROLL_PROGRAMS = ['dibao', 'tekun', 'elderly_allowance'] as const;

export interface PayrollHistoryResult {
  payrolls: number;
  /** Payrolls that were already there (a second run, or months paid before an --append). */
  existing: number;
  ms: number;
}

/** The months of history: the twelve before the current one, which is left for the user to prepare. */
export function historyMonths(today: string, count = 12): string[] {
  const current = monthOf(today);
  return Array.from({ length: count }, (_, i) => addMonths(current, i - count));
}

function workingDayOnOrAfter(date: string): string {
  return isWorkingDay(date) ? date : addWorkingDays(date, 1);
}

/**
 * 12 months of approved payrolls for the demo district, made by the payments service as the
 * county bureau makes them — prepared by `clerk`, approved by `county` (the one who prepares
 * may not approve): each month's payroll of each program prepared early in its
 * month and approved the next working day (the service's clock is set to those days, so the
 * payroll list and the audit trail read like a real year). A month already paid is found,
 * not paid again (the payroll key is unique). Needs the demo `county` user and an area in its
 * district (and `clerk`); otherwise it does nothing.
 */
export async function payDemoHistory(
  deps: Deps,
  opts: { areaCode: string; months?: number; onProgress?: (done: number, total: number, label: string) => void },
): Promise<PayrollHistoryResult> {
  const started = performance.now();
  let county;
  let clerk;
  try {
    county = await actorForUsername(deps, 'county');
    clerk = await actorForUsername(deps, 'clerk');
  } catch (e) {
    if (e instanceof DomainError) return { payrolls: 0, existing: 0, ms: 0 };
    throw e;
  }
  if (!opts.areaCode.startsWith(county.areaCode)) return { payrolls: 0, existing: 0, ms: 0 };
  const months = historyMonths(todayInChina(deps.clock), opts.months ?? 12);
  const total = months.length * DEMO_PAYROLL_PROGRAMS.length;
  let done = 0;
  let existing = 0;
  for (const month of months) {
    const prepared = workingDayOnOrAfter(addWorkingDays(`${month}-01`, 2));
    const approved = addWorkingDays(prepared, 1);
    for (const program of DEMO_PAYROLL_PROGRAMS) {
      const { payroll, created } = await preparePayroll({ ...deps, clock: fixedClock(`${prepared}T01:30:00.000Z`) }, clerk, { program, areaCode: opts.areaCode, month });
      if (created && payroll.status === 'prepared') await approvePayroll({ ...deps, clock: fixedClock(`${approved}T02:00:00.000Z`) }, county, payroll.id);
      if (!created) existing++;
      done++;
      opts.onProgress?.(done, total, `${month} ${program}`);
      // Let timers run (the progress bar) between payrolls.
      await new Promise((resolve) => setImmediate(resolve));
    }
  }
  return { payrolls: total, existing, ms: Math.round(performance.now() - started) };
}
