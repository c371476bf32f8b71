/**
 * A year of payrolls on the bench database: what the payroll and the report rows measure with.
 * A database without them gets the demo's twelve months first (`payDemoHistory`: dibao, tekun
 * and the high-age allowance, each prepared and approved by the payments service), which at a
 * million persons is about 5 million lines and takes minutes — reused with `--keep`.
 */
import { todayInChina } from '../src/clock.ts';
import { addMonths, monthOf } from '../src/domain/calendar.ts';
import { payDemoHistory } from '../src/modules/demo/payroll-history.ts';
import { DEMO_DISTRICT } from '../src/modules/demo/service.ts';
import type { BenchContext } from './rows.ts';

/** '' when the year was already on file, else a note of what was made and how long it took. */
export async function ensurePayrollHistory(ctx: BenchContext, row: string): Promise<string> {
  const { deps } = ctx.db;
  const month = addMonths(monthOf(todayInChina(deps.clock)), -1);
  const paid = await deps.db.selectFrom('payrolls').select((eb) => eb.fn.countAll<number>().as('n')).where('status', '=', 'approved').where('month', '>=', addMonths(month, -11)).executeTakeFirstOrThrow();
  if (Number(paid.n) >= 12) return '';
  process.stderr.write(`[bench] ${row} ${ctx.dialect}: no payrolls on file; paying the year of history first\n`);
  const history = await payDemoHistory(deps, { areaCode: DEMO_DISTRICT });
  const note = `the bench db had no payrolls: ${history.payrolls - history.existing} made and approved first (${(history.ms / 1000).toFixed(2)} s)`;
  process.stderr.write(`[bench] ${row} ${ctx.dialect}: ${note}\n`);
  return note;
}
