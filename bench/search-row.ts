import { DEMO_COMMUNITY, DEMO_PASSWORD } from '../src/modules/demo/service.ts';
import type { BenchContext, BenchRow } from './rows.ts';

/**
 * Issue 15, point 2: search at district scale under concurrency, and what it does to everyone
 * else. Latencies are measured from the caller's side with many requests in flight at once
 * (app.inject, one process): on SQLite every query holds the event loop, so a slow search shows
 * up as queueing in every other request.
 */
const USERS = 50;
const SEARCHERS = 5;
const COMMUNITY_USERS = 45;

function pct(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))] ?? NaN;
}

function ms(v: number): string {
  return v < 10 ? v.toFixed(2) : v.toFixed(1);
}

async function login(ctx: BenchContext, username: string): Promise<string> {
  const res = await ctx.app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { username, password: DEMO_PASSWORD } });
  const c = res.cookies.find((x) => x.name === 'mz_session');
  if (!c) throw new Error(`login ${username}: ${res.statusCode}`);
  return `mz_session=${c.value}`;
}

/** What caseworkers type, drawn from random persons on file: names, pinyin, ID digits, addresses. */
async function searchMix(ctx: BenchContext, n: number): Promise<string[]> {
  const db = ctx.db.deps.db;
  const top = await db.selectFrom('persons').select((eb) => eb.fn.max<number>('id').as('hi')).executeTakeFirstOrThrow();
  const ids = Array.from({ length: n }, () => 1 + Math.floor(ctx.rand() * Number(top.hi)));
  const rows = await db
    .selectFrom('persons as p')
    .innerJoin('households as h', 'h.id', 'p.household_id')
    .select(['p.name', 'p.name_pinyin', 'p.name_initials', 'p.id_number', 'h.address'])
    .where('p.id', 'in', [...new Set(ids)])
    .execute();
  const kinds: ((p: (typeof rows)[number]) => string)[] = [
    (p) => p.name, // full name
    (p) => [...p.name].slice(0, 2).join(''), // surname + one character: a prefix search
    (p) => [...p.name].slice(0, 1).join(''), // the surname alone
    (p) => p.name_initials,
    (p) => p.name_pinyin.slice(-6), // the given name's pinyin: a substring
    (p) => p.id_number.slice(-4),
    (p) => p.id_number.slice(6, 14), // the birth date inside the number
    (p) => p.address.replace(/\s/g, '').slice(3, 9), // the road and number
  ];
  return rows.map((p, i) => kinds[i % kinds.length]!(p));
}

async function closedLoop(ctx: BenchContext, workers: number, next: (worker: number, i: number) => { url: string; cookie: string }, until: () => boolean) {
  const times: number[] = [];
  const started = performance.now();
  await Promise.all(
    Array.from({ length: workers }, async (_, w) => {
      for (let i = 0; !until(); i++) {
        const { url, cookie } = next(w, i);
        const t0 = performance.now();
        const res = await ctx.app.inject({ method: 'GET', url, headers: { cookie } });
        times.push(performance.now() - t0);
        if (res.statusCode !== 200) throw new Error(`GET ${url}: ${res.statusCode} ${res.body.slice(0, 200)}`);
      }
    }),
  );
  const elapsed = performance.now() - started;
  times.sort((a, b) => a - b);
  return { times, rate: (times.length / elapsed) * 1000 };
}

const forMs = (duration: number) => {
  const end = performance.now() + duration;
  return () => performance.now() >= end;
};

export const searchUnderLoadRow: BenchRow = {
  label: `search, ${USERS} concurrent county users (names, pinyin, ID digits, addresses), p50 / p99 (req/s)`,
  async measure(ctx) {
    const queries = await searchMix(ctx, 2000);
    const cookies = await Promise.all(Array.from({ length: USERS }, () => login(ctx, 'county')));
    const url = (q: string, i: number) => (i % 4 === 3 ? `/api/v1/households?q=${encodeURIComponent(q)}` : `/api/v1/persons?q=${encodeURIComponent(q)}`);
    // Warm-up, then one run of 2,000 requests.
    let k = 0;
    await closedLoop(ctx, USERS, (w) => ({ url: url(queries[k++ % queries.length]!, k), cookie: cookies[w]! }), () => k >= 200);
    let n = 0;
    const run = await closedLoop(ctx, USERS, (w) => ({ url: url(queries[n++ % queries.length]!, n), cookie: cookies[w]! }), () => n >= 2000);
    return `${ms(pct(run.times, 0.5))} / ${ms(pct(run.times, 0.99))} ms (${run.rate.toFixed(0)}/s)`;
  },
};

/** A user's pause between two searches: exponential (Poisson arrivals) around the mean. */
const THINK_MS = 1000;

/**
 * The same 50 county users at a person's pace: each waits for the answer, reads it and types
 * the next query (on average a second later; a caseworker rarely searches faster). The
 * saturated row above shows throughput; this one the latency those users see.
 */
export const searchAtPaceRow: BenchRow = {
  label: `search, ${USERS} county users each searching about once a second (think time), p50 / p99 (req/s)`,
  async measure(ctx) {
    const queries = await searchMix(ctx, 2000);
    const cookies = await Promise.all(Array.from({ length: USERS }, () => login(ctx, 'county')));
    const url = (q: string, i: number) => (i % 4 === 3 ? `/api/v1/households?q=${encodeURIComponent(q)}` : `/api/v1/persons?q=${encodeURIComponent(q)}`);
    const times: number[] = [];
    const until = forMs(20_000);
    let n = 0;
    const started = performance.now();
    await Promise.all(
      cookies.map(async (cookie) => {
        while (!until()) {
          await new Promise((r) => setTimeout(r, -Math.log(1 - ctx.rand()) * THINK_MS));
          const i = n++;
          const t0 = performance.now();
          const res = await ctx.app.inject({ method: 'GET', url: url(queries[i % queries.length]!, i), headers: { cookie } });
          times.push(performance.now() - t0);
          if (res.statusCode !== 200) throw new Error(`search: ${res.statusCode} ${res.body.slice(0, 200)}`);
        }
      }),
    );
    times.sort((a, b) => a - b);
    return `${ms(pct(times, 0.5))} / ${ms(pct(times, 0.99))} ms (${((times.length / (performance.now() - started)) * 1000).toFixed(0)}/s)`;
  },
};

export const mixedLoadRow: BenchRow = {
  label: `mixed load: ${COMMUNITY_USERS} community users' page views p99 (req/s), alone → with ${SEARCHERS} county users searching`,
  async measure(ctx) {
    const queries = await searchMix(ctx, 500);
    const county = await Promise.all(Array.from({ length: SEARCHERS }, () => login(ctx, 'county')));
    const community = await Promise.all(Array.from({ length: COMMUNITY_USERS }, () => login(ctx, 'community')));
    const own = (await ctx.db.deps.db.selectFrom('households').select('id').where('area_code', '=', DEMO_COMMUNITY).orderBy('id', 'desc').limit(200).execute()).map((r) => r.id);
    if (own.length === 0) throw new Error(`no households in ${DEMO_COMMUNITY}`);
    const pageView = (w: number, i: number) => ({
      url: i % 2 === 0 ? `/api/v1/households?page=${1 + (i % 5)}` : `/api/v1/households/${own[(w * 7 + i) % own.length]}`,
      cookie: community[w]!,
    });
    const alone = await closedLoop(ctx, COMMUNITY_USERS, pageView, forMs(5000));
    let stop = false;
    let k = 0;
    const searching = closedLoop(
      ctx,
      SEARCHERS,
      (w, i) => {
        const q = encodeURIComponent(queries[k++ % queries.length]!);
        return { url: i % 2 === 0 ? `/api/v1/households?q=${q}` : `/api/v1/persons?q=${q}&limit=100`, cookie: county[w]! };
      },
      () => stop,
    );
    const loaded = await closedLoop(ctx, COMMUNITY_USERS, pageView, forMs(5000));
    stop = true;
    const s = await searching;
    return (
      `${ms(pct(alone.times, 0.99))} ms (${alone.rate.toFixed(0)}/s) → ${ms(pct(loaded.times, 0.99))} ms (${loaded.rate.toFixed(0)}/s); ` +
      `searches p99 ${ms(pct(s.times, 0.99))} ms (${s.rate.toFixed(0)}/s)`
    );
  },
};
