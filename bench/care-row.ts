/**
 * 走访慰问、居家养老 (issue 21 point 7):
 * - a district condolence drive builds its lists (target: under 10 s at 1,000,000 persons):
 *   POST /condolence-drives as the county user over all dibao and tekun households and the
 *   elderly 80+ living alone — one INSERT … SELECT, the totals and stock checks, the audit entry
 *   — then the drive is taken off the database again (lines, goods, row) so a kept database
 *   measures the same work every time;
 * - a month of wallet credits (target: 100,000 elderly under 10 s): every person 60+ of the
 *   bench's fill is made a partial self-care tier for the run (the fill's ~15 % would give too
 *   few), POST /wallets/credit-runs for the district, then the credits taken off and the
 *   self-care values restored. The figure is reported with its rate, so the 100,000 is read off
 *   directly at 1M persons and extrapolated at 100k.
 */
import { sql } from 'kysely';
import { todayInChina } from '../src/clock.ts';
import { addMonths, monthOf } from '../src/domain/calendar.ts';
import { bornOnOrBefore } from '../src/domain/care/condolence.ts';
import { DEMO_DISTRICT } from '../src/modules/demo/service.ts';
import type { BenchContext, BenchRow } from './rows.ts';

const seconds = (ms: number) => `${(ms / 1000).toFixed(ms < 10_000 ? 2 : 1)} s`;

export const condolenceDriveRow: BenchRow = {
  label: 'condolence drive, whole district: lists built (POST /condolence-drives)',
  measure: async (ctx: BenchContext) => {
    const db = ctx.db.deps.db;
    const asOf = todayInChina(ctx.db.deps.clock);
    const body = {
      areaCode: DEMO_DISTRICT,
      name: `bench 春节走访慰问 ${Date.now()}`,
      occasion: 'spring_festival',
      asOf,
      budget: 10_000_000_000,
      fundingSource: '区级财政慰问资金',
      coverage: [{ programs: ['dibao', 'tekun'] }, { minAge: 80, flags: ['solitary_elderly'] }],
      cashBasis: 'household',
      cashAmount: 10000,
      goods: [{ name: '大米', unit: '袋', unitPrice: 5000, perHousehold: 1, stock: 100_000_000 }],
    };
    const start = performance.now();
    const res = await ctx.app.inject({ method: 'POST', url: '/api/v1/condolence-drives', headers: { cookie: ctx.cookie }, payload: body });
    const ms = performance.now() - start;
    if (res.statusCode !== 201) throw new Error(`drive: ${res.statusCode} ${res.body.slice(0, 200)}`);
    const drive = res.json() as { id: number; planned: { households: number; persons: number } };
    const listStart = performance.now();
    const page = await ctx.app.inject({ method: 'GET', url: `/api/v1/condolence-drives/${drive.id}/lines?areaCode=${DEMO_DISTRICT}010001&pageSize=50`, headers: { cookie: ctx.cookie } });
    const listMs = performance.now() - listStart;
    if (page.statusCode !== 200) throw new Error(`lines: ${page.statusCode}`);
    await db.deleteFrom('condolence_lines').where('drive_id', '=', drive.id).execute();
    await db.deleteFrom('condolence_goods').where('drive_id', '=', drive.id).execute();
    await db.deleteFrom('condolence_drives').where('id', '=', drive.id).execute();
    const { households, persons } = drive.planned;
    return `${seconds(ms)} for ${households.toLocaleString('en')} households, ${persons.toLocaleString('en')} persons (${Math.round(households / (ms / 1000)).toLocaleString('en')} lines/s); a community's first page ${listMs.toFixed(1)} ms`;
  },
};

export const walletCreditRow: BenchRow = {
  label: 'wallet credits, a month for every elderly person 60+ (POST /wallets/credit-runs)',
  measure: async (ctx: BenchContext) => {
    const db = ctx.db.deps.db;
    const today = todayInChina(ctx.db.deps.clock);
    // A month no demo run credits: five years ahead (the policy in force then is today's).
    const month = addMonths(monthOf(today), 60);
    const elderly = bornOnOrBefore(`${month}-01`, 60);
    await sql`drop table if exists bench_self_care`.execute(db);
    // Keyed by id: the restore below looks each person up (a table made by CREATE … AS SELECT has
    // no key, and the lookup became a scan per person: hours at a million).
    await sql`create table bench_self_care (id integer primary key, self_care varchar(8))`.execute(db);
    await sql`insert into bench_self_care (id, self_care) select id, self_care from persons where birth_date <= ${elderly} and (self_care is null or self_care = 'self')`.execute(db);
    await sql`update persons set self_care = 'partial' where id in (select id from bench_self_care)`.execute(db);
    try {
      const start = performance.now();
      const res = await ctx.app.inject({ method: 'POST', url: '/api/v1/wallets/credit-runs', headers: { cookie: ctx.cookie }, payload: { areaCode: DEMO_DISTRICT, month } });
      const ms = performance.now() - start;
      if (res.statusCode !== 200) throw new Error(`credit run: ${res.statusCode} ${res.body.slice(0, 200)}`);
      const r = res.json() as { credits: number; persons: number };
      const perSecond = r.persons / (ms / 1000);
      return `${seconds(ms)} for ${r.persons.toLocaleString('en')} elderly, ${r.credits.toLocaleString('en')} credits (${Math.round(perSecond).toLocaleString('en')} persons/s; 100,000 ≈ ${seconds((100_000 / perSecond) * 1000)})`;
    } finally {
      await db.deleteFrom('wallet_credits').where('month', '=', month).execute();
      await sql`update persons set self_care = (select b.self_care from bench_self_care b where b.id = persons.id) where id in (select id from bench_self_care)`.execute(db);
      await sql`drop table bench_self_care`.execute(db);
    }
  },
};
