import { todayInChina } from '../../clock.ts';
import type { Deps } from '../../deps.ts';
import { addMonths, monthOf } from '../../domain/calendar.ts';
import { csvLine } from '../../domain/csv-cell.ts';
import { sourceDefinition, type SourceId } from '../../domain/verification/sources.ts';
import { actorForUsername } from '../auth/service.ts';
import { createDiscoveryRun, getDiscoveryRun } from '../discovery/service.ts';
import { runJobInProcess } from '../jobs/service.ts';
import { importSourceFile } from '../verification/service.ts';

/**
 * The demo's proactive discovery (issue 18 point 4): two department records on residents of
 * the demo community who receive nothing — a large hospital bill (医保) and the death of an
 * earning head (公安) — then one discovery run over the community, so the community finds leads
 * to visit (those two and whatever the registry rules find in the generated population).
 * Deterministic: the unassisted households of the community with a wage on file, by id.
 */
export async function seedDemoDiscovery(deps: Deps, community: string): Promise<{ imported: number; leads: number }> {
  const earners = await deps.db
    .selectFrom('persons as p')
    .innerJoin('households as h', 'h.id', 'p.household_id')
    .select(['p.name', 'p.id_number', 'h.id'])
    .where('h.area_code', '=', community)
    .where('h.status', '=', 'active')
    .where('p.relation', '=', 'head')
    .where('p.life_status', '=', 'alive')
    .where((eb) => eb.not(eb.exists(eb.selectFrom('enrolments as e').select('e.id').whereRef('e.household_id', '=', 'h.id'))))
    .where((eb) => eb.exists(eb.selectFrom('income_items as i').select('i.id').whereRef('i.person_id', '=', 'p.id').where('i.type', '=', 'wage')))
    // Households of two or more: a death leaves someone behind to visit.
    .where((eb) => eb(eb.selectFrom('persons as m').select((e) => e.fn.countAll().as('n')).whereRef('m.household_id', '=', 'h.id'), '>=', 2))
    .orderBy('h.id')
    .limit(20)
    .execute();
  // The patient: the first of them. The deceased: the first other whose household lives on the head's income alone.
  const patient = earners[0];
  const soleEarners = earners.length < 2 ? [] : await deps.db
    .selectFrom('income_items as i')
    .innerJoin('persons as p', 'p.id', 'i.person_id')
    .select(['i.household_id', 'p.relation'])
    .where('i.household_id', 'in', earners.slice(1).map((e) => e.id))
    .execute();
  const deceased = earners.slice(1).find((e) => soleEarners.filter((r) => r.household_id === e.id).every((r) => r.relation === 'head'));
  const month = monthOf(todayInChina(deps.clock));
  const files: [SourceId, string[][]][] = [];
  if (patient) {
    files.push(['medical_insurance', [
      [patient.name, patient.id_number, `${addMonths(month, -3)}-12`, '住院', '128600', '41250', '武汉市第一医院'],
      [patient.name, patient.id_number, `${addMonths(month, -1)}-08`, '门诊慢特病', '9800', '3920.50', '武汉市第一医院'],
    ]]);
  }
  if (deceased) files.push(['public_security', [[deceased.name, deceased.id_number, '死亡', `${addMonths(month, -1)}-17`, '因病死亡']]]);
  const verifier = await actorForUsername(deps, 'verifier');
  let imported = 0;
  for (const [source, rows] of files) {
    const csv = [sourceDefinition(source).columns.map((c) => c.header), ...rows].map((r) => csvLine(r)).join('\n');
    imported += (await importSourceFile(deps, verifier, source, { buffer: Buffer.from(csv), fileName: `${sourceDefinition(source).name}（示例）.csv` })).rowCount;
  }
  const street = await actorForUsername(deps, 'street');
  const runId = await deps.db.transaction().execute((trx) => createDiscoveryRun(trx, deps, street, community));
  await runJobInProcess(deps, street, 'discovery_run', { runId });
  return { imported, leads: (await getDiscoveryRun(deps, street, runId)).counts.newLeads };
}
