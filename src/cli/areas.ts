import { loadConfig } from '../config.ts';
import { migrateToLatest } from '../db/migrate.ts';
import { closeDeps, createDeps } from '../deps.ts';
import { importDistrict } from '../modules/areas/service.ts';

/** Loads a district/county with its streets and communities from the published catalogue. */
export async function areasImport(districtCode: string): Promise<number> {
  if (!/^\d{6}$/.test(districtCode)) {
    console.error('区县代码应为 6 位数字 (a district code has 6 digits), e.g. 420102');
    return 2;
  }
  const deps = createDeps(loadConfig({ ...process.env, LOG_LEVEL: 'warn' }));
  try {
    await migrateToLatest(deps.db);
    const { inserted } = await importDistrict(deps, null, districtCode);
    console.log(`Imported ${inserted} new areas for ${districtCode}.`);
    return 0;
  } catch (e) {
    console.error((e as Error).message);
    return 1;
  } finally {
    await closeDeps(deps);
  }
}
