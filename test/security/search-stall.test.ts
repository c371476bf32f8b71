import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fillDemoDistrict } from '../../src/modules/demo/bulk-fill.ts';
import { DEMO_COMMUNITY, DEMO_PASSWORD } from '../../src/modules/demo/service.ts';
import { buildApp } from '../../src/server/app.ts';
import { createTestDeps, dialects, type TestDeps } from '../helpers/test-deps.ts';

/**
 * Issue 15, point 2: five county users searching a district must not stall a community worker
 * paging through her list. The district is filled by the demo bulk writer (registry only);
 * county users search with what matches most (one- and two-character names, two letters of
 * initials, four ID digits, an address every household shares) while the community worker's
 * page views are timed.
 */
const HOUSEHOLDS = 20_000;
const SEARCHERS = 5;
const LOAD_MS = 4_000;

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))] ?? NaN;
}

describe.each(dialects)('search stall on %s', (dialect) => {
  let deps: TestDeps;
  let app: Awaited<ReturnType<typeof buildApp>>;
  let fillMs = 0;
  beforeAll(async () => {
    deps = await createTestDeps(dialect);
    const started = performance.now();
    await fillDemoDistrict(deps, { households: HOUSEHOLDS, seed: 15, enrol: 'none' });
    fillMs = performance.now() - started;
    app = await buildApp(deps, { serveWeb: false });
    await app.ready();
  }, 120_000);
  afterAll(async () => {
    await app?.close();
    await deps?.dispose();
  });

  const login = async (username: string) => {
    const res = await app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { username, password: DEMO_PASSWORD } });
    return `mz_session=${res.cookies.find((c) => c.name === 'mz_session')!.value}`;
  };

  /** What matches most in this district: the commonest surname, name, initials; digits; the district's name in every address. */
  async function heavyQueries(): Promise<string[]> {
    const top = async (expr: string) =>
      (await sql<{ v: string }>`select ${sql.raw(expr)} as v from persons group by ${sql.raw(expr)} order by count(*) desc limit 1`.execute(deps.db)).rows[0]!.v;
    const surname = await top('substr(name, 1, 1)');
    const name2 = await top('substr(name, 1, 2)');
    const initials = await top('substr(name_initials, 1, 2)');
    return [surname, name2, initials, '2023', '江岸区', `${surname}建`, 'zhang'];
  }

  it(`keeps a community worker's page views fast while ${SEARCHERS} county users search ${HOUSEHOLDS.toLocaleString('en')} households`, async () => {
    const queries = await heavyQueries();
    const county = await Promise.all(Array.from({ length: SEARCHERS }, () => login('county')));
    const community = await login('community');
    const own = await deps.db
      .selectFrom('households')
      .select('id')
      .where('area_code', '=', DEMO_COMMUNITY)
      .orderBy('id', 'desc')
      .limit(20)
      .execute();
    expect(own.length).toBeGreaterThan(0);

    const pageViews = async (ms: number) => {
      const times: number[] = [];
      const until = performance.now() + ms;
      for (let i = 0; performance.now() < until; i++) {
        const url = i % 2 === 0 ? `/api/v1/households?page=${1 + (i % 5)}` : `/api/v1/households/${own[i % own.length]!.id}`;
        const t0 = performance.now();
        const res = await app.inject({ method: 'GET', url, headers: { cookie: community } });
        times.push(performance.now() - t0);
        expect(res.statusCode).toBe(200);
      }
      return times.sort((a, b) => a - b);
    };

    const quiet = await pageViews(1_000);

    let stop = false;
    const searchTimes: number[] = [];
    const searchers = county.map(async (cookie, k) => {
      for (let i = k; !stop; i++) {
        const q = encodeURIComponent(queries[i % queries.length]!);
        const url = i % 2 === 0 ? `/api/v1/households?q=${q}&page=${1 + (i % 3)}` : `/api/v1/persons?q=${q}&limit=100`;
        const t0 = performance.now();
        const res = await app.inject({ method: 'GET', url, headers: { cookie } });
        searchTimes.push(performance.now() - t0);
        expect(res.statusCode).toBe(200);
      }
    });
    const loaded = await pageViews(LOAD_MS);
    stop = true;
    await Promise.all(searchers);
    searchTimes.sort((a, b) => a - b);

    const persons = Number((await deps.db.selectFrom('persons').select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow()).n);
    const fmt = (s: number[], ms: number) => `p50 ${percentile(s, 0.5).toFixed(1)} ms, p99 ${percentile(s, 0.99).toFixed(1)} ms, ${((s.length / ms) * 1000).toFixed(0)} req/s`;
    console.log(
      [
        `[search-stall ${dialect}] ${HOUSEHOLDS.toLocaleString('en')} households, ${persons.toLocaleString('en')} persons, filled in ${(fillMs / 1000).toFixed(1)} s`,
        `  community page views alone:            ${fmt(quiet, 1_000)}`,
        `  community page views, ${SEARCHERS} searching: ${fmt(loaded, LOAD_MS)}`,
        `  county searches (${searchTimes.length}):            ${fmt(searchTimes, LOAD_MS)}`,
      ].join('\n'),
    );
    // 500 ms, or three times what the page views took alone when the machine itself is that
    // slow: the stall this guards against held every request for seconds. Not 250: on a 2-core
    // runner PostgreSQL's five concurrent searches each take a core from the page views, whose
    // p99 measured 91–283 ms in ten runs (CI 22 failed at 283, CI 24 passed at 247.5).
    expect(percentile(loaded, 0.99)).toBeLessThan(Math.max(500, 3 * percentile(quiet, 0.99)));
  }, 90_000);
});
