import { CompiledQuery, sql } from 'kysely';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildHousehold, buildPerson, uniqueIdNumber } from '../../../test/factories/household.ts';
import { useTestApp } from '../../../test/helpers/test-app.ts';
import { dialects } from '../../../test/helpers/test-deps.ts';
import type { PersonInput } from './schema.ts';
import { householdCountQuery, type HouseholdFilter } from './list-queries.ts';

/**
 * The household list's member filters (特殊标识, 残疾): what they find, and that both engines
 * answer them from the partial indexes of migration 0025 rather than by probing every household
 * of the scope.
 */
describe.each(dialects)('household list member filters on %s', (dialect) => {
  const t = useTestApp(dialect);
  const ids: Record<string, number> = {};
  const list = async (query: string) => {
    const res = await t().app.inject({ method: 'GET', url: `/api/v1/households?${query}&pageSize=100`, headers: { cookie: await t().login('street') } });
    expect(res.statusCode, res.body).toBe(200);
    const body = res.json() as { total: number; items: { id: number }[] };
    expect(body.total).toBe(body.items.length);
    return body.items.map((i) => i.id).sort((a, b) => a - b);
  };

  beforeAll(async () => {
    const post = async (name: string, second: Partial<PersonInput>, areaCode = '420102010001') => {
      const h = buildHousehold({ areaCode });
      h.members[1] = buildPerson({ name: '李秀英', relation: 'spouse', idNumber: uniqueIdNumber({ sex: 'female' }), employment: 'unemployed', ...second });
      const res = await t().app.inject({ method: 'POST', url: '/api/v1/households', headers: { cookie: await t().login(areaCode === '420102010001' ? 'community' : 'street') }, payload: h });
      expect(res.statusCode, res.body).toBe(201);
      ids[name] = res.json().id as number;
    };
    await post('plain', {});
    await post('orphan', { flags: ['orphan'] });
    await post('deFacto', { flags: ['de_facto_orphan', 'left_behind'] });
    await post('disabled', { disability: { category: 'physical', grade: 2, certificate: null } });
    await post('both', { flags: ['orphan'], disability: { category: 'visual', grade: 1, certificate: null } });
    await post('neighbour', { flags: ['orphan'] }, '420102010002');
  });

  it('finds the households with a member of the flag (a whole code: orphan is not de_facto_orphan) or with a disability', async () => {
    const sorted = (...names: string[]) => names.map((n) => ids[n]!).sort((a, b) => a - b);
    expect(await list('flag=orphan')).toEqual(sorted('orphan', 'both', 'neighbour'));
    expect(await list('flag=de_facto_orphan')).toEqual(sorted('deFacto'));
    expect(await list('flag=left_behind')).toEqual(sorted('deFacto'));
    expect(await list('disabled=true')).toEqual(sorted('disabled', 'both'));
    expect(await list('flag=orphan&disabled=true')).toEqual(sorted('both'));
    expect(await list('flag=orphan&areaCode=420102010002')).toEqual(sorted('neighbour'));
    expect(await list('flag=solitary_elderly')).toEqual([]);
  });

  it('reads the candidates from the partial index of the filter, not from every household of the scope', async () => {
    const db = t().deps.db;
    const plan = async (f: Omit<HouseholdFilter, 'scope'>) => {
      const q = householdCountQuery(db, { scope: '420102', ...f });
      if (dialect === 'sqlite') {
        const c = q.compile();
        const rows = await db.executeQuery<{ detail: string }>(CompiledQuery.raw(`explain query plan ${c.sql}`, [...c.parameters]));
        return rows.rows.map((r) => r.detail).join('\n');
      }
      // The test tables are tiny: tell the planner a scan is dear, and see which index it takes.
      return db.transaction().execute(async (trx) => {
        await sql`set local enable_seqscan = off`.execute(trx);
        const c = householdCountQuery(trx, { scope: '420102', ...f }).compile();
        const rows = await trx.executeQuery<{ 'QUERY PLAN': string }>(CompiledQuery.raw(`explain ${c.sql}`, [...c.parameters]));
        return rows.rows.map((r) => r['QUERY PLAN']).join('\n');
      });
    };
    const orphan = await plan({ flag: 'orphan' });
    expect(orphan).toContain('persons_flag_orphan_idx');
    const disabled = await plan({ disabled: true });
    expect(disabled).toContain('persons_disabled_idx');
    const both = await plan({ flag: 'de_facto_orphan', disabled: true });
    expect(both).toContain('persons_flag_de_facto_orphan_idx');
    expect(both).toContain('persons_disabled_idx');
    if (dialect === 'sqlite') {
      // The households are looked up by id from the candidates, never scanned.
      for (const p of [orphan, disabled, both]) expect(p).not.toMatch(/SCAN h\b|SCAN households/);
    }
  });
});
