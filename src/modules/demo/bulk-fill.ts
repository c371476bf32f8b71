import { nowIso, todayInChina } from '../../clock.ts';
import type { Deps } from '../../deps.ts';
import { DomainError } from '../../domain/errors.ts';
import { childAreasOf, findArea, importDistrict } from '../areas/service.ts';
import { recordAudit, type AuditActor } from '../audit/service.ts';
import type { NewHousehold } from '../registry/schema.ts';
import { policyInForce } from '../policies/service.ts';
import { appendHousehold, emptyRows, NameColumns } from './bulk-rows.ts';
import { withBulkSession } from './bulk-writer.ts';
import type { DemoPolicy } from './eligibility.ts';
import { appendHistory, idsNeeded } from './history-rows.ts';
import { emptyTally, planHousehold, type DemoActors, type EnrolMode, type HistoryContext, type HistoryTally, type PlannedCase } from './history.ts';
import * as q from './queries.ts';
import { seededRandom, syntheticHousehold, type PopulationOptions } from './population.ts';

export interface FillOptions {
  households: number;
  seed: number;
  /** District, street or community to fill; its communities share the households. */
  areaCode?: string;
  /** Every fifth household goes to this community (first start: the demo users' own community). */
  focusCommunity?: string;
  /**
   * Enrolments and their 12 months of case history (history.ts): `eligible` (default) enrols
   * the households the calculation finds eligible, `all` every household in dibao (the payroll
   * benchmark), `none` fills the registry only.
   */
  enrol?: EnrolMode;
  /** Who asked, for the audit entry; null = the system (CLI, first start). */
  actor?: AuditActor;
  onProgress?: (householdsDone: number, householdsTotal: number, personsDone: number) => void;
}

export interface FillResult {
  households: number;
  persons: number;
  incomeItems: number;
  deductions: number;
  assets: number;
  obligors: number;
  applications: number;
  caseEvents: number;
  enrolmentChanges: number;
  /** What the history decided: eligible households, enrolments by program, exits, open cases. */
  history: HistoryTally;
  ms: number;
}

/** Households per generated batch: large enough for few round trips, small enough to show progress. */
const BATCH = 2000;

/**
 * Fills a district with a synthetic population straight into the registry tables, set-based
 * and in one transaction: a million persons in well under two minutes, where registering them
 * one by one through the registry service would take hours. The same seed gives the same
 * people (ID numbers, names, incomes); only the surrogate ids depend on what is already there.
 * One audit entry records the whole fill.
 */
export async function fillDemoDistrict(deps: Deps, options: FillOptions): Promise<FillResult> {
  const started = performance.now();
  const areaCode = options.areaCode ?? '420102';
  const communities = await communitiesOf(deps, areaCode);
  const district = await findArea(deps.db, areaCode.slice(0, 6));
  const today = todayInChina(deps.clock);
  const population: PopulationOptions = {
    seed: options.seed,
    today,
    communities,
    idAreaCode: areaCode.slice(0, 6),
    ...(district ? { districtName: district.name } : {}),
  };
  const focus = options.focusCommunity ? communities.filter((c) => c.code === options.focusCommunity) : [];
  const focused = focus.length > 0 ? { ...population, communities: focus } : population;
  // Appending: numbers already on file are taken, so the generator draws others.
  const used = await existingIdNumbers(deps);
  const rand = seededRandom(options.seed);
  const names = new NameColumns();
  const now = nowIso(deps.clock);
  const counts = { households: 0, persons: 0, incomeItems: 0, deductions: 0, assets: 0, obligors: 0, applications: 0, caseEvents: 0, enrolmentChanges: 0 };
  const tally = emptyTally();
  const mode = options.enrol ?? 'eligible';
  // A district with no policy on file gets its registry only: nothing to calculate enrolments with.
  const policyFor = mode === 'none' ? null : await communityPolicies(deps, communities.map((c) => c.code), today);
  const history: HistoryContext | null = policyFor && mode !== 'none' ? { mode, today, rand: seededRandom((options.seed ^ 0x9e3779b9) >>> 0), policyFor } : null;
  const actors = history ? await demoActors(deps) : null;

  await withBulkSession(deps, async (session) => {
    for (let done = 0; done < options.households; ) {
      const size = Math.min(BATCH, options.households - done);
      const payloads: NewHousehold[] = [];
      for (let i = 0; i < size; i++) payloads.push(syntheticHousehold(rand, focus.length > 0 && (done + i) % 5 === 0 ? focused : population, used));
      const householdIds = await session.takeIds('households', size);
      const personIds = await session.takeIds('persons', payloads.reduce((n, h) => n + h.members.length, 0));
      // Plans first: a stopped enrolment may change its household's data before it is written.
      const plans: PlannedCase[] = history ? payloads.flatMap((h, i) => planHousehold(history, h, i, tally)) : [];
      const need = idsNeeded(plans);
      const ids = {
        applications: await session.takeIds('applications', need.applications),
        publicNotices: await session.takeIds('public_notices', need.publicNotices),
        enrolments: await session.takeIds('enrolments', need.enrolments),
      };
      const rows = emptyRows();
      const membersOf: number[][] = [];
      let p = 0;
      payloads.forEach((h, i) => {
        membersOf.push(personIds.slice(p, p + h.members.length));
        appendHousehold(rows, h, householdIds[i]!, membersOf[i]!, now, names);
        p += h.members.length;
      });
      if (actors) appendHistory(rows, plans, ids, householdIds, membersOf, (i) => payloads[i]!.areaCode, actors);
      await session.write(rows);
      counts.households += rows.households.length;
      counts.persons += rows.persons.length;
      counts.incomeItems += rows.income_items.length;
      counts.deductions += rows.deductions.length;
      counts.assets += rows.assets.length;
      counts.obligors += rows.obligors.length;
      counts.applications += rows.applications.length;
      counts.caseEvents += rows.case_events.length;
      counts.enrolmentChanges += rows.enrolment_changes.length;
      done += size;
      options.onProgress?.(done, options.households, counts.persons);
      // Let timers run (the progress bar) between batches of synchronous SQLite work.
      await new Promise((resolve) => setImmediate(resolve));
    }
    if (history) {
      const [y, md] = [Number(today.slice(0, 4)), today.slice(4)];
      await q.givePayeesAccounts(session.trx, { areaCode, adultBornBy: `${y - 18}${md}`, now });
    }
    await recordAudit(session.trx, deps, options.actor ?? null, {
      action: 'demo.fill',
      entityType: 'area',
      entityId: areaCode,
      areaCode,
      newValue: { seed: options.seed, enrol: mode, ...counts, enrolments: tally.enrolments },
    });
  });
  return { ...counts, history: tally, ms: Math.round(performance.now() - started) };
}

/**
 * The policy in force today for each community, resolved once (a community may set its own).
 * The demo history calculates every date with it: the demo district has one policy version.
 */
async function communityPolicies(deps: Deps, codes: string[], today: string): Promise<((areaCode: string) => DemoPolicy) | null> {
  const byCode = new Map<string, DemoPolicy>();
  for (const code of codes) {
    try {
      const p = await policyInForce(deps.db, code, today);
      byCode.set(code, { policy: p.policy, version: p.version });
    } catch (e) {
      if (e instanceof DomainError) return null;
      throw e;
    }
  }
  return (areaCode) => {
    const p = byCode.get(areaCode);
    if (!p) throw new Error(`no policy resolved for ${areaCode}`);
    return p;
  };
}

/** The demo users who act in the generated cases, where they exist (a district of its own has none). */
async function demoActors(deps: Deps): Promise<DemoActors> {
  const users = await q.usersNamed(deps.db, ['community', 'street', 'verifier', 'county']);
  const of = (username: string) => {
    const u = users.find((x) => x.username === username);
    return u ? { id: u.id, username: u.username } : null;
  };
  return { community: of('community'), street: of('street'), verifier: of('verifier'), county: of('county') };
}

/** The communities under `areaCode`, loading its district from the catalogue when it is not there yet. */
async function communitiesOf(deps: Deps, areaCode: string): Promise<PopulationOptions['communities']> {
  const notFound = () => new DomainError('not_found', 'area_not_found', { field: 'areaCode', params: { areaCode } });
  if (!/^\d{6}(\d{3}(\d{3})?)?$/.test(areaCode)) throw notFound();
  if (!(await findArea(deps.db, areaCode.slice(0, 6)))) {
    try {
      await importDistrict(deps, null, areaCode.slice(0, 6));
    } catch {
      throw notFound();
    }
  }
  const areas = await childAreasOf(deps.db, areaCode, 'community');
  if (areas.length === 0) throw notFound();
  return areas.map((a) => ({ code: a.code, urbanRural: a.urbanRural ?? 'urban' }));
}

async function existingIdNumbers(deps: Deps): Promise<Set<string>> {
  return new Set(await q.allIdNumbers(deps.db));
}

/** Households on file, whatever their status: the CLI refuses to fill a registry in use unless told to append. */
export async function countHouseholds(deps: Deps): Promise<number> {
  return q.countHouseholds(deps.db);
}
