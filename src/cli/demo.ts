import { todayInChina } from '../clock.ts';
import { Presets, SingleBar } from 'cli-progress';
import { loadConfig } from '../config.ts';
import { migrateToLatest } from '../db/migrate.ts';
import { runWithDeps } from './command.ts';
import { createDeps } from '../deps.ts';
import { countHouseholds, fillDemoDistrict } from '../modules/demo/bulk-fill.ts';
import { payDemoHistory } from '../modules/demo/payroll-history.ts';
import { seedWelfareRegisters } from '../modules/demo/welfare.ts';
import { DEMO_COMMUNITY, DEMO_STREET, seedDemoIfEmpty } from '../modules/demo/service.ts';
import { demoAfterEnrolment } from '../modules/demo/after-enrolment.ts';

export interface DemoCommandOptions {
  households: number;
  area: string;
  seed: number;
  append?: boolean;
}

/**
 * `minzheng demo --households N [--area 420102] [--seed S] [--append]`: a synthetic district,
 * bulk-inserted, with its enrolments and 12 months of case history, then 12 months of approved
 * payrolls made by the payments service. A fresh database first gets the demo users, so
 * `serve` afterwards does not seed a second population on top.
 */
export async function demoCommand(opts: DemoCommandOptions): Promise<number> {
  const deps = createDeps(loadConfig({ ...process.env, LOG_LEVEL: 'warn' }));
  const bar = new SingleBar(
    { format: '生成示范人口 [{bar}] {value}/{total} 户 | {persons} 人 | {duration_formatted} | 剩余 {eta_formatted}', hideCursor: true },
    Presets.shades_classic,
  );
  // The bar on screen, stopped before an error is printed.
  let active: SingleBar | null = null;
  return runWithDeps(
    deps,
    async () => {
      await migrateToLatest(deps.db);
      await seedDemoIfEmpty(deps);
      const existing = await countHouseholds(deps);
      if (existing > 0 && !opts.append) {
        console.error(
          `Refusing to fill: the database already has ${existing} households. ` +
            'Pass --append to add the synthetic district on top of them (nothing is replaced or deleted).',
        );
        return 1;
      }
      bar.start(opts.households, 0, { persons: 0 });
      active = bar;
      const result = await fillDemoDistrict(deps, {
        households: opts.households,
        seed: opts.seed,
        areaCode: opts.area,
        onProgress: (done, _total, persons) => bar.update(done, { persons }),
      });
      bar.stop();
      active = null;
      const where = deps.config.database.dialect === 'sqlite' ? deps.config.database.file : 'PostgreSQL';
      console.log(
        `Filled ${opts.area} (${where}) with ${result.households} households and ${result.persons} persons ` +
          `(${result.incomeItems} income items, ${result.deductions} deductions, ${result.assets} assets, ${result.obligors} obligors) ` +
          `in ${(result.ms / 1000).toFixed(1)} s, seed ${opts.seed}${existing > 0 ? `, appended to ${existing} households` : ''}.`,
      );
      const h = result.history;
      const enrolled = Object.entries(h.enrolments).map(([program, n]) => `${program} ${n}`).join(', ') || 'none';
      console.log(
        `History: ${h.dibaoEligibleHouseholds} households dibao-eligible by the calculation ` +
          `(${((100 * h.dibaoEligibleHouseholds) / Math.max(1, result.households)).toFixed(1)}%); enrolments ${enrolled}; ` +
          `${h.amountChanges} amount changes, ${h.stops} stops; ${h.openApplications} open and ${h.rejected} rejected applications ` +
          `(${result.applications} applications, ${result.caseEvents} case events).`,
      );
      const payBar = new SingleBar({ format: '生成发放名册 [{bar}] {value}/{total} | {label}', hideCursor: true }, Presets.shades_classic);
      payBar.start(1, 0, { label: '' });
      active = payBar;
      const paid = await payDemoHistory(deps, { areaCode: opts.area, onProgress: (done, total, label) => (payBar.setTotal(total), payBar.update(done, { label })) });
      payBar.stop();
      active = null;
      const welfare = await seedWelfareRegisters(deps, { areaCode: opts.area, community: opts.area.length === 12 ? opts.area : DEMO_COMMUNITY.startsWith(opts.area) ? DEMO_COMMUNITY : null, today: todayInChina(deps.clock) });
      console.log(`Registers: ${welfare.certificates} disability certificates, ${welfare.children} children's records.`);
      console.log(
        paid.payrolls === 0
          ? 'Payrolls: none (the demo county user does not cover this area).'
          : `Payrolls: ${paid.payrolls - paid.existing} approved for the 12 months before this one` +
              `${paid.existing > 0 ? ` (${paid.existing} already there, left as they were)` : ''} in ${(paid.ms / 1000).toFixed(1)} s.`,
      );
      if (DEMO_COMMUNITY.startsWith(opts.area)) {
        const after = await demoAfterEnrolment(deps, { street: DEMO_STREET, community: DEMO_COMMUNITY });
        console.log(
          `After enrolment: ${after.deaths} deaths recorded, campaign ${after.campaignId ?? '—'} with ${after.campaignReviews} reviews decided ` +
            `(${after.exits} exits, ${after.gradualExits} gradual), ${after.openReviews} reviews under way.`,
        );
      }
      return 0;
    },
    () => {
      active?.stop();
    },
  );
}
