import { Presets, SingleBar } from 'cli-progress';
import { loadConfig } from '../config.ts';
import { migrateToLatest } from '../db/migrate.ts';
import { closeDeps, createDeps } from '../deps.ts';
import { DomainError } from '../domain/errors.ts';
import { countHouseholds, fillDemoDistrict } from '../modules/demo/bulk-fill.ts';
import { seedDemoIfEmpty } from '../modules/demo/service.ts';
import { translate } from '../server/messages.ts';

export interface DemoCommandOptions {
  households: number;
  area: string;
  seed: number;
  append?: boolean;
}

/**
 * `minzheng demo --households N [--area 420102] [--seed S] [--append]`: a synthetic district,
 * bulk-inserted. A fresh database first gets the demo users, so `serve` afterwards does not
 * seed a second population on top.
 */
export async function demoCommand(opts: DemoCommandOptions): Promise<number> {
  const deps = createDeps(loadConfig({ ...process.env, LOG_LEVEL: 'warn' }));
  const bar = new SingleBar(
    { format: '生成示范人口 [{bar}] {value}/{total} 户 | {persons} 人 | {duration_formatted} | 剩余 {eta_formatted}', hideCursor: true },
    Presets.shades_classic,
  );
  let started = false;
  try {
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
    started = true;
    const result = await fillDemoDistrict(deps, {
      households: opts.households,
      seed: opts.seed,
      areaCode: opts.area,
      onProgress: (done, _total, persons) => bar.update(done, { persons }),
    });
    bar.stop();
    started = false;
    const where = deps.config.database.dialect === 'sqlite' ? deps.config.database.file : 'PostgreSQL';
    console.log(
      `Filled ${opts.area} (${where}) with ${result.households} households and ${result.persons} persons ` +
        `(${result.incomeItems} income items, ${result.deductions} deductions, ${result.assets} assets, ${result.obligors} obligors) ` +
        `in ${(result.ms / 1000).toFixed(1)} s, seed ${opts.seed}${existing > 0 ? `, appended to ${existing} households` : ''}.`,
    );
    return 0;
  } catch (e) {
    if (started) bar.stop();
    if (e instanceof DomainError) {
      console.error(translate('zh-CN', e.code, e.params));
      return 1;
    }
    throw e;
  } finally {
    await closeDeps(deps);
  }
}
