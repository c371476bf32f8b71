import { Presets, SingleBar } from 'cli-progress';
import { loadConfig } from '../config.ts';
import { migrateToLatest } from '../db/migrate.ts';
import { runWithDeps } from './command.ts';
import { createDeps } from '../deps.ts';
import { formatYuan } from '../domain/money.ts';
import { actorForUsername } from '../modules/auth/service.ts';
import { preparePayroll, type PayrollPhase } from '../modules/payments/service.ts';
import { preparePayrollSchema } from '../modules/payments/schema.ts';

export interface PayrollCommandOptions {
  program: string;
  area: string;
  month: string;
  months?: string;
  user: string;
}

const PHASES: PayrollPhase[] = ['lines', 'adjustments', 'totals', 'committed'];
const PHASE_NAMES: Record<PayrollPhase, string> = { lines: '生成发放明细', adjustments: '补发与追回', totals: '汇总与资金分担', committed: '提交' };

/**
 * `minzheng payroll --program dibao --area 420102 --month 2025-07 [--months 2026-01,2026-02] --user county`:
 * the API's preparePayroll with a progress bar over its phases. Running it again prints the
 * payroll made the first time.
 */
export async function payrollCommand(opts: PayrollCommandOptions): Promise<number> {
  const parsed = preparePayrollSchema.safeParse({
    program: opts.program,
    areaCode: opts.area,
    month: opts.month,
    ...(opts.months ? { months: opts.months.split(',').map((m) => m.trim()) } : {}),
  });
  if (!parsed.success) {
    for (const issue of parsed.error.issues) console.error(`${issue.path.join('.') || 'input'}: ${issue.message}`);
    return 2;
  }
  const deps = createDeps(loadConfig({ ...process.env, LOG_LEVEL: 'warn' }));
  const bar = new SingleBar({ format: '生成发放名册 [{bar}] {value}/{total} | {phase} | {lines} 条 | {duration_formatted}', hideCursor: true }, Presets.shades_classic);
  let started = false;
  return runWithDeps(
    deps,
    async () => {
      await migrateToLatest(deps.db);
      const actor = await actorForUsername(deps, opts.user);
      bar.start(PHASES.length, 0, { phase: PHASE_NAMES.lines, lines: 0 });
      started = true;
      const { payroll, created } = await preparePayroll(deps, actor, parsed.data, {
        onPhase: (phase, detail) => {
          const next = PHASES[PHASES.indexOf(phase) + 1];
          bar.update(PHASES.indexOf(phase) + 1, { phase: next ? PHASE_NAMES[next] : '完成', lines: detail.lines });
        },
      });
      if (!created) bar.update(PHASES.length, { phase: '已存在' });
      bar.stop();
      started = false;
      console.log(
        `${created ? 'Prepared' : 'Already prepared'} payroll ${payroll.id} “${payroll.title}” (${payroll.status}): ` +
          `${payroll.households} households, ${payroll.persons} persons, total ${formatYuan(payroll.totalAmount, { grouping: true })} yuan ` +
          `(city ${formatYuan(payroll.cityAmount, { grouping: true })}, district ${formatYuan(payroll.districtAmount, { grouping: true })}).`,
      );
      return 0;
    },
    () => {
      if (started) bar.stop();
    },
  );
}
