/**
 * Reviews (issue 16 point 9): a campaign over every dibao enrolment of the district (target:
 * under 20 s at 1M persons, ≈420,000 enrolments), and the due list (target: p99 under 100 ms).
 * The campaign is made through the whole app (POST /review-campaigns as the county user), then
 * taken off the database again (its reviews and its row) so a kept database measures the same
 * work every time. The due list: GET /reviews/due for the whole district and for random
 * communities, the next 30 days, first page, p50 / p99 as the other latency rows.
 */
import { todayInChina } from '../src/clock.ts';
import { addCalendarDays } from '../src/domain/calendar.ts';
import { DEMO_DISTRICT } from '../src/modules/demo/service.ts';
import type { BenchContext, BenchRow } from './rows.ts';

export const campaignRow: BenchRow = {
  label: 'review campaign, whole district, dibao (POST /review-campaigns)',
  measure: async (ctx) => {
    const db = ctx.db.deps.db;
    const start = performance.now();
    const res = await ctx.app.inject({ method: 'POST', url: '/api/v1/review-campaigns', headers: { cookie: ctx.cookie }, payload: { areaCode: DEMO_DISTRICT, program: 'dibao' } });
    const ms = performance.now() - start;
    if (res.statusCode !== 201) throw new Error(`campaign: ${res.statusCode} ${res.body.slice(0, 200)}`);
    const { id, reviews } = res.json() as { id: number; reviews: number };
    const viewStart = performance.now();
    const view = await ctx.app.inject({ method: 'GET', url: `/api/v1/review-campaigns/${id}`, headers: { cookie: ctx.cookie } });
    const viewMs = performance.now() - viewStart;
    if (view.statusCode !== 200) throw new Error(`campaign view: ${view.statusCode}`);
    await db.deleteFrom('reviews').where('campaign_id', '=', id).execute();
    await db.deleteFrom('review_campaigns').where('id', '=', id).execute();
    return `${(ms / 1000).toFixed(2)} s for ${reviews.toLocaleString('en')} reviews (${Math.round(reviews / (ms / 1000)).toLocaleString('en')}/s); progress view ${(viewMs / 1000).toFixed(2)} s`;
  },
};

async function timed(ctx: BenchContext, url: string): Promise<number> {
  const start = performance.now();
  const res = await ctx.app.inject({ method: 'GET', url, headers: { cookie: ctx.cookie } });
  const ms = performance.now() - start;
  if (res.statusCode !== 200) throw new Error(`GET ${url}: ${res.statusCode} ${res.body.slice(0, 200)}`);
  return ms;
}

export const dueListRow: BenchRow = {
  label: 'review due list GET /reviews/due (district, streets, communities, 30 days), p50 / p99; street p99',
  measure: async (ctx) => {
    const db = ctx.db.deps.db;
    const before = addCalendarDays(todayInChina(ctx.db.deps.clock), 30);
    const areas = async (level: 'street' | 'community') => (await db.selectFrom('areas').select('code').where('code', 'like', `${DEMO_DISTRICT}%`).where('level', '=', level).execute()).map((a) => a.code);
    const [streets, communities] = [await areas('street'), await areas('community')];
    const p50: number[] = [];
    const p99: number[] = [];
    const streetP99: number[] = [];
    const pick = (v: string[]) => v[Math.floor(ctx.rand() * v.length)]!;
    const quantile = (v: number[], q: number) => [...v].sort((a, b) => a - b)[Math.min(v.length - 1, Math.floor(q * v.length))]!;
    for (let r = 0; r < ctx.rounds; r++) {
      // A quarter for the district, a quarter for a street (the level the inbox of 街道 reads), half for a community.
      const urls = Array.from({ length: ctx.requests }, (_, i) => {
        const area = i % 4 === 0 ? DEMO_DISTRICT : i % 4 === 1 ? pick(streets) : pick(communities);
        return `/api/v1/reviews/due?areaCode=${area}&before=${before}`;
      });
      for (const url of urls.slice(0, 20)) await timed(ctx, url);
      const times: number[] = [];
      const street: number[] = [];
      for (const [i, url] of urls.entries()) {
        const ms = await timed(ctx, url);
        times.push(ms);
        if (i % 4 === 1) street.push(ms);
      }
      p50.push(quantile(times, 0.5));
      p99.push(quantile(times, 0.99));
      streetP99.push(quantile(street, 0.99));
    }
    const mid = (v: number[]) => quantile(v, 0.5);
    const due = await db.selectFrom('enrolments').select((eb) => eb.fn.countAll<number>().as('n')).where('next_review_date', '<=', before).executeTakeFirstOrThrow();
    return `${mid(p50).toFixed(2)} / ${mid(p99).toFixed(2)} ms; streets p99 ${mid(streetP99).toFixed(2)} ms (${Number(due.n).toLocaleString('en')} enrolments due in the district)`;
  },
};
