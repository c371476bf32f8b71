import type { FastifyInstance } from 'fastify';
import { calculationThroughputRow, simulationRow } from './calculation-rows.ts';
import type { BenchDatabase, BenchDialect } from './database.ts';
import { importRow } from './import-row.ts';
import { payrollRow } from './payroll-row.ts';
import { reportRow } from './report-row.ts';
import { campaignRow, dueListRow } from './review-row.ts';
import { riskRow } from './risk-row.ts';
import { matchingRow } from './matching-row.ts';
import { condolenceDriveRow, walletCreditRow } from './care-row.ts';
import { mixedLoadRow, searchAtPaceRow, searchUnderLoadRow } from './search-row.ts';

/** What every row of the table can use: one filled database and the app built on it. */
export interface BenchContext {
  dialect: BenchDialect;
  db: BenchDatabase;
  /** Fill times of every fill made for this column (the last one is `db`). */
  fillMs: number[];
  /** The whole app (`buildApp`), driven with `app.inject`: no sockets, the same process. */
  app: FastifyInstance;
  /** Session cookie of the demo county user (区县审批, whole district in scope). */
  cookie: string;
  rand: () => number;
  /** Rounds whose p50/p99 are reduced to their median, and requests per round. */
  rounds: number;
  requests: number;
}

/** One line of the table: a label and how to measure it for one column. Add a row = add one. */
export interface BenchRow {
  label: string;
  measure(ctx: BenchContext): Promise<string>;
}

export function median(values: number[]): number {
  const s = [...values].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 === 1 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))]!;
}

function ms(v: number): string {
  return v < 10 ? v.toFixed(2) : v.toFixed(1);
}

async function timedGet(ctx: BenchContext, url: string, cookie = ctx.cookie): Promise<number> {
  const start = performance.now();
  const res = await ctx.app.inject({ method: 'GET', url, headers: { cookie } });
  const elapsed = performance.now() - start;
  if (res.statusCode !== 200) throw new Error(`GET ${url}: ${res.statusCode} ${res.body.slice(0, 200)}`);
  return elapsed;
}

/** p50 / p99 of `requests` GETs, the median of each over `rounds` rounds with fresh samples. */
async function latency(ctx: BenchContext, urls: (n: number) => Promise<string[]>): Promise<string> {
  const p50: number[] = [];
  const p99: number[] = [];
  for (let r = 0; r < ctx.rounds; r++) {
    const list = await urls(ctx.requests);
    for (const url of list.slice(0, 20)) await timedGet(ctx, url);
    const times: number[] = [];
    for (const url of list) times.push(await timedGet(ctx, url));
    times.sort((a, b) => a - b);
    p50.push(percentile(times, 0.5));
    p99.push(percentile(times, 0.99));
  }
  return `${ms(median(p50))} / ${ms(median(p99))} ms`;
}

async function randomIds(ctx: BenchContext, table: 'persons' | 'households', n: number): Promise<number[]> {
  const r = await ctx.db.deps.db
    .selectFrom(table)
    .select((eb) => [eb.fn.min<number>('id').as('lo'), eb.fn.max<number>('id').as('hi')])
    .executeTakeFirstOrThrow();
  const lo = Number(r.lo);
  const hi = Number(r.hi);
  return Array.from({ length: n }, () => lo + Math.floor(ctx.rand() * (hi - lo + 1)));
}

/** Random persons on file: what a caseworker would type to find them. */
async function samplePersons(ctx: BenchContext, n: number) {
  const ids = await randomIds(ctx, 'persons', n);
  const rows = await ctx.db.deps.db.selectFrom('persons').select(['id', 'id_number', 'name', 'name_initials']).where('id', 'in', [...new Set(ids)]).execute();
  const byId = new Map(rows.map((p) => [p.id, p]));
  return ids.flatMap((id) => byId.get(id) ?? []);
}

const personSearch = (pick: (p: { id_number: string; name: string; name_initials: string }) => string) => (ctx: BenchContext) =>
  latency(ctx, async (n) => (await samplePersons(ctx, n)).map((p) => `/api/v1/persons?q=${encodeURIComponent(pick(p))}`));

export const ROWS: BenchRow[] = [
  {
    label: 'persons (households; enrolled in dibao) filled',
    measure: async (ctx) =>
      `${ctx.db.fill.persons.toLocaleString('en')} (${ctx.db.fill.households.toLocaleString('en')}; ${(ctx.db.fill.history.enrolments.dibao ?? 0).toLocaleString('en')})`,
  },
  {
    label: 'demo fill time (persons/s)',
    measure: async (ctx) => {
      const t = median(ctx.fillMs);
      return `${(t / 1000).toFixed(1)} s (${Math.round(ctx.db.fill.persons / (t / 1000)).toLocaleString('en')}/s)${ctx.db.kept ? ', kept from an earlier run' : ''}`;
    },
  },
  { label: 'person search, last 4 ID digits, p50 / p99', measure: personSearch((p) => p.id_number.slice(-4)) },
  { label: 'person search, full name, p50 / p99', measure: personSearch((p) => p.name) },
  { label: 'person search, pinyin initials, p50 / p99', measure: personSearch((p) => p.name_initials) },
  searchUnderLoadRow,
  searchAtPaceRow,
  mixedLoadRow,
  {
    label: 'household file GET /households/:id, p50 / p99',
    measure: (ctx) => latency(ctx, async (n) => (await randomIds(ctx, 'households', n)).map((id) => `/api/v1/households/${id}`)),
  },
  {
    label: 'HTTP overhead: GET /auth/me ÷ bare route (p50)',
    measure: async (ctx) => {
      const ratios: number[] = [];
      let me = 0;
      let bare = 0;
      for (let r = 0; r < ctx.rounds; r++) {
        const a: number[] = [];
        const b: number[] = [];
        for (let i = 0; i < ctx.requests + 50; i++) {
          const tMe = await timedGet(ctx, '/api/v1/auth/me');
          const tBare = await timedGet(ctx, '/bench/bare', '');
          if (i >= 50) a.push(tMe), b.push(tBare);
        }
        me = median(a);
        bare = median(b);
        ratios.push(me / bare);
      }
      return `${median(ratios).toFixed(1)}× (${ms(me)} vs ${ms(bare)} ms)`;
    },
  },
  calculationThroughputRow,
  simulationRow,
  payrollRow,
  reportRow,
  importRow,
  dueListRow,
  campaignRow,
  riskRow,
  matchingRow,
  condolenceDriveRow,
  walletCreditRow,
];
