/**
 * 低收入人口 register queries: who is on the register in a month, built from the enrolments
 * (as of that month, by their start and end months), the 支出型 temporary grants, the recent
 * exits and the discovery leads. One union, each part giving (person, group priority); a person
 * in several groups counts once, in the first (src/domain/discovery/register.ts). Both engines.
 *
 * Household-level enrolments count the household's members on file today (alive in the month):
 * a register, not a payroll — what was paid in a month is the frozen payrolls' business.
 */
import { sql, type RawBuilder } from 'kysely';
import type { DbOrTrx } from '../../db/types.ts';
import { EXPENDITURE_MONTHS, LOW_INCOME_GROUPS, RECENT_EXIT_MONTHS, shiftMonth, type LowIncomeGroup } from '../../domain/discovery/register.ts';

const n = (v: number | string | bigint | null | undefined) => Number(v ?? 0);
const PRIORITY: Record<LowIncomeGroup, number> = Object.fromEntries(LOW_INCOME_GROUPS.map((g, i) => [g, i + 1])) as Record<LowIncomeGroup, number>;
export const groupOfPriority = (p: number): LowIncomeGroup => LOW_INCOME_GROUPS[p - 1]!;

/** The union of (person_id, pri) for `month` ('YYYY-MM') in the area. */
function members(scope: string, month: string): RawBuilder<unknown> {
  const like = `${scope}%`;
  const monthStart = `${month}-01`;
  const nextMonthStart = `${shiftMonth(month, 1)}-01`;
  const activeIn = sql`e.start_month <= ${month} and (e.end_month is null or e.end_month >= ${month})`;
  const alive = sql`(p.life_status = 'alive' or p.status_date >= ${monthStart})`;
  const pri = sql`case e.program when 'tekun' then ${sql.lit(PRIORITY.tekun)} when 'dibao' then ${sql.lit(PRIORITY.dibao)} else ${sql.lit(PRIORITY.dibao_edge)} end`;
  return sql`
    select e.person_id as person_id, ${pri} as pri
      from enrolments e inner join persons p on p.id = e.person_id
      where e.person_id is not null and e.program in ('tekun', 'dibao', 'dibao_edge') and e.area_code like ${like} and ${activeIn} and ${alive}
    union all
    select p.id as person_id, ${pri} as pri
      from enrolments e inner join persons p on p.household_id = e.household_id
      where e.person_id is null and e.program in ('tekun', 'dibao', 'dibao_edge') and e.area_code like ${like} and ${activeIn} and ${alive}
    union all
    select p.id as person_id, ${sql.lit(PRIORITY.expenditure_hardship)} as pri
      from enrolments e inner join applications a on a.id = e.application_id inner join persons p on p.household_id = e.household_id
      where e.program = 'temporary' and a.temporary_type = 'expenditure' and e.area_code like ${like}
        and e.start_month <= ${month} and e.start_month > ${shiftMonth(month, -EXPENDITURE_MONTHS)} and ${alive}
    union all
    select p.id as person_id, case when l.rule = 'large_medical_spending' then ${sql.lit(PRIORITY.expenditure_hardship)} else ${sql.lit(PRIORITY.monitored)} end as pri
      from discovery_leads l inner join persons p on p.household_id = l.household_id
      where l.area_code like ${like} and l.created_at < ${nextMonthStart}
        and (l.outcome is null or l.outcome = 'applied' or l.worked_at >= ${nextMonthStart}) and ${alive}
    union all
    select p.id as person_id, ${sql.lit(PRIORITY.recent_exit)} as pri
      from enrolments e inner join persons p on p.id = e.person_id
      where e.person_id is not null and e.program in ('tekun', 'dibao') and e.area_code like ${like}
        and e.end_month < ${month} and e.end_month >= ${shiftMonth(month, -RECENT_EXIT_MONTHS)} and ${alive}
    union all
    select p.id as person_id, ${sql.lit(PRIORITY.recent_exit)} as pri
      from enrolments e inner join persons p on p.household_id = e.household_id
      where e.person_id is null and e.program in ('tekun', 'dibao') and e.area_code like ${like}
        and e.end_month < ${month} and e.end_month >= ${shiftMonth(month, -RECENT_EXIT_MONTHS)} and ${alive}
  `;
}

/** Each person once, in the first group that holds them. */
const register = (scope: string, month: string) => sql`select u.person_id, min(u.pri) as pri from (${members(scope, month)}) u group by u.person_id`;

export interface GroupCount {
  group: LowIncomeGroup;
  households: number;
  persons: number;
}

/**
 * Persons and households per group in `month`, and in all: a household whose members are in two
 * groups (a tekun person in a dibao household) counts once in the total.
 */
export async function registerCounts(db: DbOrTrx, scope: string, month: string): Promise<{ groups: GroupCount[]; total: { households: number; persons: number } }> {
  const [rows, total] = await Promise.all([
    sql<{ pri: number | string; persons: number | string; households: number | string }>`
      select r.pri, count(*) as persons, count(distinct p.household_id) as households
      from (${register(scope, month)}) r inner join persons p on p.id = r.person_id
      group by r.pri
    `.execute(db),
    sql<{ persons: number | string; households: number | string }>`
      select count(*) as persons, count(distinct p.household_id) as households
      from (${register(scope, month)}) r inner join persons p on p.id = r.person_id
    `.execute(db),
  ]);
  const groups = LOW_INCOME_GROUPS.map((group) => {
    const row = rows.rows.find((r) => n(r.pri) === PRIORITY[group]);
    return { group, households: n(row?.households), persons: n(row?.persons) };
  });
  return { groups, total: { households: n(total.rows[0]?.households), persons: n(total.rows[0]?.persons) } };
}

export interface RegisterRow {
  personId: number;
  householdId: number;
  name: string;
  idNumber: string;
  birthDate: string;
  areaCode: string;
  group: LowIncomeGroup;
}

/** A page of the register in `month`, by group, household and person; optionally one group only. */
export async function registerPage(db: DbOrTrx, scope: string, month: string, opts: { group?: LowIncomeGroup | undefined; offset: number; limit: number }): Promise<{ rows: RegisterRow[]; total: number }> {
  const only = opts.group ? sql`where r.pri = ${sql.lit(PRIORITY[opts.group])}` : sql``;
  const [rows, total] = await Promise.all([
    sql<{ person_id: number; pri: number | string; household_id: number; name: string; id_number: string; birth_date: string; area_code: string }>`
      select r.person_id, r.pri, p.household_id, p.name, p.id_number, p.birth_date, h.area_code
      from (${register(scope, month)}) r inner join persons p on p.id = r.person_id inner join households h on h.id = p.household_id
      ${only}
      order by r.pri, p.household_id, r.person_id
      limit ${opts.limit} offset ${opts.offset}
    `.execute(db),
    sql<{ total: number | string }>`select count(*) as total from (${register(scope, month)}) r ${only}`.execute(db),
  ]);
  return {
    rows: rows.rows.map((r) => ({ personId: n(r.person_id), householdId: n(r.household_id), name: r.name, idNumber: r.id_number, birthDate: r.birth_date, areaCode: r.area_code, group: groupOfPriority(n(r.pri)) })),
    total: n(total.rows[0]?.total),
  };
}

/**
 * The register group of a household in `month`: the first group any of its members is in, or
 * null when none is (the charity store serves only households on the register).
 */
export async function householdRegisterGroup(db: DbOrTrx, householdId: number, areaCode: string, month: string): Promise<LowIncomeGroup | null> {
  const { rows } = await sql<{ pri: number | string | null }>`
    select min(u.pri) as pri from (${members(areaCode, month)}) u inner join persons p on p.id = u.person_id where p.household_id = ${householdId}
  `.execute(db);
  const pri = rows[0]?.pri;
  return pri === null || pri === undefined ? null : groupOfPriority(Number(pri));
}
