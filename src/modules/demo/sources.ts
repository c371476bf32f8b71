import { todayInChina } from '../../clock.ts';
import type { Deps } from '../../deps.ts';
import { addMonths, monthOf } from '../../domain/calendar.ts';
import { csvLine } from '../../domain/csv-cell.ts';
import { sourceDefinition, type SourceId } from '../../domain/verification/sources.ts';
import { actorForUsername } from '../auth/service.ts';
import { runJobInProcess } from '../jobs/service.ts';
import { createMatchingRun, importSourceFile } from '../verification/service.ts';

/**
 * The demo's department files (issue 18 point 5): a handful of records on enrolled residents of
 * the demo users' community — a death two months ago that is still being paid, a private car,
 * a company whose legal representative receives dibao, an undeclared pension — imported as the
 * verification centre would, then matched once, so the community finds real alerts to work.
 * Deterministic: the first four enrolled households of the community, by id.
 */
export async function seedDemoSources(deps: Deps, community: string): Promise<{ imported: number; alerts: number }> {
  const heads = await deps.db
    .selectFrom('persons as p')
    .innerJoin('households as h', 'h.id', 'p.household_id')
    .select(['p.id as personId', 'p.name', 'p.id_number', 'h.id'])
    .where('h.area_code', '=', community)
    .where('p.relation', '=', 'head')
    .where('p.life_status', '=', 'alive')
    .where((eb) => eb.exists(eb.selectFrom('enrolments as e').select('e.id').whereRef('e.household_id', '=', 'h.id').where('e.status', '=', 'active')))
    .orderBy('h.id')
    .limit(20)
    .execute();
  // The pension goes to a head who declares none (a retiree declaring one would only match it).
  const declaring = new Set(
    heads.length === 0 ? [] : (await deps.db.selectFrom('income_items').select('person_id').where('type', '=', 'pension').where('person_id', 'in', heads.map((h) => h.personId)).execute()).map((r) => r.person_id),
  );
  const [dead, driver, boss] = heads;
  const pensioner = heads.slice(3).find((h) => !declaring.has(h.personId));
  if (!dead || !driver || !boss || !pensioner) return { imported: 0, alerts: 0 };
  const deathDate = `${addMonths(monthOf(todayInChina(deps.clock)), -2)}-05`;
  const files: [SourceId, string[][]][] = [
    ['public_security', [[dead.name, dead.id_number, '死亡', deathDate, '']]],
    ['vehicles', [[driver.name, driver.id_number, '鄂A7K295', '小型轿车', '92000', '2021-09-18', '否', '']]],
    ['business', [[boss.name, boss.id_number, '武汉市江岸区鑫达商贸有限公司', '法定代表人', '500000', '存续']]],
    ['social_insurance', [[pensioner.name, pensioner.id_number, '养老金', '2860', '武汉市社会保险管理中心', '']]],
  ];
  const verifier = await actorForUsername(deps, 'verifier');
  let imported = 0;
  for (const [source, rows] of files) {
    const csv = [sourceDefinition(source).columns.map((c) => c.header), ...rows].map((r) => csvLine(r)).join('\n');
    const out = await importSourceFile(deps, verifier, source, { buffer: Buffer.from(csv), fileName: `${sourceDefinition(source).name}（示例）.csv` });
    imported += out.rowCount;
  }
  const runId = await deps.db.transaction().execute((trx) => createMatchingRun(trx, deps, verifier, community));
  await runJobInProcess(deps, verifier, 'matching_run', { runId, areaCode: community });
  const run = await deps.db.selectFrom('matching_runs').select('new_alerts').where('id', '=', runId).executeTakeFirstOrThrow();
  return { imported, alerts: Number(run.new_alerts) };
}
