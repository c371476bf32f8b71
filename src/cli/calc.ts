import fs from 'node:fs';
import { loadConfig } from '../config.ts';
import { migrateToLatest } from '../db/migrate.ts';
import { closeDeps, createDeps } from '../deps.ts';
import { DomainError } from '../domain/errors.ts';
import { scenarioSchema } from '../domain/programs/index.ts';
import { calculateScenario } from '../modules/calculations/service.ts';
import { explain } from '../modules/calculations/explanation.ts';
import { translate } from '../messages.ts';

/** `minzheng calc FILE.json`: the same calculation as POST /api/v1/calculations, printed as JSON. */
export async function calcCommand(file: string, opts: { explain?: boolean }): Promise<number> {
  let json: unknown;
  try {
    json = JSON.parse(fs.readFileSync(file === '-' ? 0 : file, 'utf8'));
  } catch (e) {
    console.error(`Cannot read scenario ${file}: ${(e as Error).message}`);
    return 2;
  }
  const parsed = scenarioSchema.safeParse(json);
  if (!parsed.success) {
    for (const i of parsed.error.issues) console.error(`${i.path.join('.') || '(scenario)'}: ${i.message}`);
    return 2;
  }
  const deps = createDeps(loadConfig({ ...process.env, LOG_LEVEL: 'warn' }));
  try {
    if (!parsed.data.policy) await migrateToLatest(deps.db);
    const result = await calculateScenario(deps, parsed.data);
    console.log(JSON.stringify(opts.explain ? { ...result, explanation: explain(result, 'zh-CN') } : result, null, 2));
    return 0;
  } catch (e) {
    if (e instanceof DomainError) {
      console.error(`${translate('zh-CN', e.code, e.params)}${e.field ? ` (${e.field})` : ''}`);
      return 1;
    }
    throw e;
  } finally {
    await closeDeps(deps);
  }
}
