import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDeps, dialects, type TestDeps } from '../../../test/helpers/test-deps.ts';
import { latestCompleteMonth } from './queries.ts';

/**
 * Issue 19 point 6: the dashboard shows the last complete month — not one whose payrolls are
 * still half waiting for approval (that month would read as a fall in coverage).
 */
describe.each(dialects)('the dashboard month on %s', (dialect) => {
  let deps: TestDeps;
  beforeAll(async () => {
    deps = await createTestDeps(dialect);
  });
  afterAll(async () => {
    await deps?.dispose();
  });

  const stat = (month: string, areaCode: string, level: string, parent: string | null, households: number) => ({
    month, area_code: areaCode, program: 'dibao', level, parent_code: parent, households, persons: households * 2, elderly: 0, disabled: 0, minors: 0,
    amount: households * 100_000, city_amount: 0, district_amount: 0, enrolled_before: 0, enrolled: households, new_enrolments: 0, exits: 0, exit_reasons: '{}',
    applications_received: 0, applications_approved: 0, applications_rejected: 0, applications_overdue: 0, notices_opened: 0, objections: 0, refreshed_at: '2025-10-09T02:00:00.000Z',
  });
  const payroll = (key: string, areaCode: string, month: string, status: 'prepared' | 'approved', program = 'dibao') => ({
    payroll_key: key, kind: 'monthly' as const, program, area_code: areaCode, month, months: JSON.stringify([month]), title: `${month} ${program}`, status, funding: null, lump_sum_per_person: null, created_by: null, created_at: '2025-10-01T02:00:00.000Z', approved_by: null, approved_at: null,
  });

  it('skips a month in which a payroll of the area, above it or below it is still prepared', async () => {
    const db = deps.db;
    const district = '420102';
    const community = '420102010001';
    await db.insertInto('monthly_stats').values([
      stat('2025-08', district, 'district', '4201', 10), stat('2025-09', district, 'district', '4201', 11), stat('2025-10', district, 'district', '4201', 6),
      stat('2025-08', community, 'community', '420102010', 3), stat('2025-09', community, 'community', '420102010', 3), stat('2025-10', community, 'community', '420102010', 3),
    ]).execute();
    // Everything approved: the newest month is whole.
    await db.insertInto('payrolls').values([payroll('d-08', district, '2025-08', 'approved'), payroll('d-09', district, '2025-09', 'approved'), payroll('d-10', district, '2025-10', 'approved')]).execute();
    expect(await latestCompleteMonth(db, district, '2025-10')).toBe('2025-10');
    expect(await latestCompleteMonth(db, community, '2025-10')).toBe('2025-10');

    // October's tekun payroll of the district waits for approval: October is half paid.
    await db.insertInto('payrolls').values(payroll('d-10-tekun', district, '2025-10', 'prepared', 'tekun')).execute();
    expect(await latestCompleteMonth(db, district, '2025-10')).toBe('2025-09');
    // The community is paid by the district's payrolls (the payroll's area is above it).
    expect(await latestCompleteMonth(db, community, '2025-10')).toBe('2025-09');
    // Another district's prepared payroll is none of this one's business.
    await db.insertInto('payrolls').values(payroll('x-09', '420103', '2025-09', 'prepared')).execute();
    expect(await latestCompleteMonth(db, district, '2025-10')).toBe('2025-09');
    // A payroll of a street below the district, waiting, holds the district's month back too.
    await db.insertInto('payrolls').values(payroll('s-09', '420102010', '2025-09', 'prepared')).execute();
    expect(await latestCompleteMonth(db, district, '2025-10')).toBe('2025-08');
    // Not after today's month.
    expect(await latestCompleteMonth(db, district, '2025-08')).toBe('2025-08');
  });
});
