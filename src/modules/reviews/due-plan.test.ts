import { CompiledQuery } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDeps, type TestDeps } from '../../../test/helpers/test-deps.ts';
import { DUE_LIST_COUNT_CAP, dueCountQuery, duePageQuery } from './queries.ts';

/**
 * The due list on the request path (better-sqlite3 holds the event loop): each form of the area
 * filter must walk an index, never the table, and never sort the whole area's enrolments.
 */
describe('the due list’s query plans (SQLite)', () => {
  let deps: TestDeps;
  beforeAll(async () => {
    deps = await createTestDeps('sqlite');
  });
  afterAll(async () => deps?.dispose());

  const plan = async (q: { compile(): CompiledQuery }) => {
    const c = q.compile();
    const rows = await deps.db.executeQuery<{ detail: string }>(CompiledQuery.raw(`explain query plan ${c.sql}`, [...c.parameters]));
    return rows.rows.map((r) => r.detail).join(' | ');
  };

  it.each([
    ['district', '420102', 'enrolments_review_due_idx', 'enrolments_review_due_idx'],
    ['street', '420102010', 'enrolments_review_due_idx', 'enrolments_review_area_idx'],
    ['community', '420102010001', 'enrolments_review_area_idx', 'enrolments_review_area_idx'],
  ])('a %s walks %s for the page and %s for the capped count', async (_level, areaCode, index, countIndex) => {
    const page = await plan(duePageQuery(deps.db, { areaCode, before: '2026-12-31', limit: 20, offset: 0 }));
    expect(page).toContain(index);
    expect(page).not.toMatch(/SCAN enrolments(?! USING)/);
    expect(page).not.toContain('USE TEMP B-TREE FOR ORDER BY');
    const count = await plan(dueCountQuery(deps.db, { areaCode, before: '2026-12-31', cap: DUE_LIST_COUNT_CAP }));
    expect(count).toContain(countIndex);
    // The count reads the index alone (the rowid is in it): no look-up of each enrolment row.
    expect(count).toMatch(/COVERING INDEX/);
  });
});
