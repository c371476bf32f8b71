import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '../../../test/helpers/test-app.ts';
import { createTestDeps, dialects, type TestDeps } from '../../../test/helpers/test-deps.ts';
import { parseIdNumber } from '../../domain/id-number.ts';
import { fullPinyin, pinyinInitials } from '../../domain/name-search.ts';
import { countHouseholds, fillDemoDistrict, type FillResult } from './bulk-fill.ts';
import { TABLES } from './bulk-rows.ts';

const HOUSEHOLDS = 600;

async function idNumbersAndIncomes(deps: TestDeps) {
  const persons = await deps.db.selectFrom('persons').select('id_number').orderBy('id').execute();
  const incomes = await deps.db
    .selectFrom('income_items')
    .innerJoin('persons', 'persons.id', 'income_items.person_id')
    .select(['persons.id_number', 'income_items.type', 'income_items.monthly'])
    .orderBy('income_items.id')
    .execute();
  return { idNumbers: persons.map((p) => p.id_number), incomes: incomes.map((i) => `${i.id_number} ${i.type} ${i.monthly}`) };
}

describe.each(dialects)('the demo fill (%s)', (dialect) => {
  let t: TestApp & { close(): Promise<void> };
  let result: FillResult;
  const progress: number[] = [];
  beforeAll(async () => {
    t = await buildTestApp(dialect);
    result = await fillDemoDistrict(t.deps, { households: HOUSEHOLDS, seed: 7, onProgress: (done) => progress.push(done) });
  });
  afterAll(async () => t?.close());

  it('writes every column of its tables (a column added by a migration and not listed would be left empty)', async () => {
    // PostgreSQL lists every schema's tables (parallel test runs have their own): ours only.
    const schema = dialect === 'postgres' ? (await sql<{ s: string }>`select current_schema() as s`.execute(t.deps.db)).rows[0]!.s : undefined;
    // Read from the catalogue of our schema alone: Kysely's introspection reads every schema,
    // and fails when a parallel test file drops its own meanwhile.
    const columnsOf = async (table: string): Promise<string[]> =>
      schema
        ? (await sql<{ c: string }>`select column_name as c from information_schema.columns where table_schema = ${schema} and table_name = ${table}`.execute(t.deps.db)).rows.map((r) => r.c)
        : (await sql<{ name: string }>`select name from pragma_table_info(${table})`.execute(t.deps.db)).rows.map((r) => r.name);
    for (const [table, columns] of Object.entries(TABLES)) {
      const onFile = await columnsOf(table);
      const listed = columns.map(([c]) => c as string);
      // Ids are listed where other rows refer to them; elsewhere the database numbers the rows.
      expect({ table, columns: [...listed, ...(listed.includes('id') ? [] : ['id'])].sort() }).toEqual({ table, columns: [...onFile].sort() });
    }
  });

  it('inserts the households asked for, about 2.4 persons each, with their incomes and assets', async () => {
    const count = async (table: 'households' | 'persons' | 'income_items' | 'deductions' | 'assets' | 'obligors') =>
      Number((await t.deps.db.selectFrom(table).select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()).n);
    expect(await count('households')).toBe(HOUSEHOLDS);
    expect(await count('persons')).toBe(result.persons);
    expect(result.persons / HOUSEHOLDS).toBeGreaterThan(2.1);
    expect(result.persons / HOUSEHOLDS).toBeLessThan(2.7);
    expect(await count('income_items')).toBe(result.incomeItems);
    expect(await count('deductions')).toBe(result.deductions);
    expect(await count('assets')).toBe(result.assets);
    expect(await count('obligors')).toBe(result.obligors);
    expect(progress.at(-1)).toBe(HOUSEHOLDS);
    const headless = await t.deps.db
      .selectFrom('households as h')
      .leftJoin('persons as p', (j) => j.onRef('p.id', '=', 'h.head_person_id').onRef('p.household_id', '=', 'h.id'))
      .select('h.id')
      .where((eb) => eb.or([eb('p.id', 'is', null), eb('p.relation', '!=', 'head')]))
      .execute();
    expect(headless).toEqual([]);
  });

  it('stores valid, unique ID numbers with the columns the registry derives from them and from the name', async () => {
    const persons = await t.deps.db.selectFrom('persons').select(['id_number', 'id_number_rev', 'sex', 'birth_date', 'name', 'name_pinyin', 'name_initials']).execute();
    expect(new Set(persons.map((p) => p.id_number)).size).toBe(persons.length);
    for (const p of persons) {
      const parsed = parseIdNumber(p.id_number, '2026-03-02');
      if (!parsed.ok) throw new Error(`${p.id_number}: ${parsed.problem}`);
      expect([p.sex, p.birth_date, p.id_number_rev]).toEqual([parsed.value.sex, parsed.value.birthDate, [...p.id_number].reverse().join('')]);
      expect([p.name_pinyin, p.name_initials]).toEqual([fullPinyin(p.name), pinyinInitials(p.name)]);
    }
  });

  it('records the whole fill as one audit entry', async () => {
    const entries = await t.deps.db.selectFrom('audit_log').select(['action', 'new_value']).where('action', 'like', 'demo.%').execute();
    expect(entries).toHaveLength(1);
    expect(JSON.parse(entries[0]!.new_value!)).toMatchObject({ seed: 7, households: HOUSEHOLDS, persons: result.persons });
    expect(await t.deps.db.selectFrom('audit_log').select('seq').where('action', '=', 'household.create').execute()).toEqual([]);
  });

  it('is readable through the API: the household list, a household file, and person search by pinyin initials', async () => {
    const cookie = await t.login('county');
    const list = await t.app.inject({ method: 'GET', url: '/api/v1/households?areaCode=420102&pageSize=50', headers: { cookie } });
    expect(list.statusCode).toBe(200);
    expect(list.json().total).toBe(HOUSEHOLDS);
    const first = list.json().items[0];
    expect(first.memberCount).toBeGreaterThan(0);

    const file = await t.app.inject({ method: 'GET', url: `/api/v1/households/${first.id}`, headers: { cookie } });
    expect(file.statusCode).toBe(200);
    expect(file.body).toContain(first.headName);

    // The least common initials, so the person is certainly among the matches returned.
    const rare = await t.deps.db
      .selectFrom('persons')
      .select(['name_initials', (eb) => eb.fn.countAll<number>().as('n'), (eb) => eb.fn.min('id').as('id')])
      .groupBy('name_initials')
      .orderBy(sql`count(*)`)
      .orderBy('name_initials')
      .limit(1)
      .executeTakeFirstOrThrow();
    const found = await t.app.inject({ method: 'GET', url: `/api/v1/persons?q=${rare.name_initials}&limit=100`, headers: { cookie } });
    expect(found.statusCode).toBe(200);
    const items = found.json().items as { id: number; name: string }[];
    expect(items.map((p) => p.id)).toContain(Number(rare.id));
    for (const p of items) expect(pinyinInitials(p.name).startsWith(rare.name_initials)).toBe(true);

    // Exact initials first, then longer ones, each by name; "zz…" has no upper bound.
    for (const q of ['zz', rare.name_initials.slice(0, 1)]) {
      const res = (await t.app.inject({ method: 'GET', url: `/api/v1/persons?q=${q}&limit=100`, headers: { cookie } })).json().items as { name: string }[];
      const expected = await t.deps.db.selectFrom('persons').select('name_initials').where('name_initials', 'like', `${q}%`).orderBy('name_initials').orderBy('name').orderBy('id').limit(100).execute();
      expect(res.map((p) => pinyinInitials(p.name))).toEqual(expected.map((p) => p.name_initials));
    }
  });

  it('appends without reusing an ID number when told to', async () => {
    expect(await countHouseholds(t.deps)).toBe(HOUSEHOLDS);
    const again = await fillDemoDistrict(t.deps, { households: 100, seed: 7 });
    const { idNumbers } = await idNumbersAndIncomes(t.deps);
    expect(idNumbers).toHaveLength(result.persons + again.persons);
    expect(new Set(idNumbers).size).toBe(idNumbers.length);
  });
});

describe.each(dialects)('the demo fill for a seed (%s)', (dialect) => {
  const fill = async (seed: number) => {
    const deps = await createTestDeps(dialect);
    try {
      await fillDemoDistrict(deps, { households: 150, seed });
      return await idNumbersAndIncomes(deps);
    } finally {
      await deps.dispose();
    }
  };

  it('gives the same ID numbers and incomes for the same seed, others for another', async () => {
    const [a, b, c] = [await fill(11), await fill(11), await fill(12)];
    expect(a.idNumbers.length).toBeGreaterThan(300);
    expect(b).toEqual(a);
    expect(c.idNumbers).not.toEqual(a.idNumbers);
    expect(c.incomes).not.toEqual(a.incomes);
  });
});
