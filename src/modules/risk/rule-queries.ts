import { sql, type RawBuilder } from 'kysely';
import type { DbOrTrx } from '../../db/types.ts';
import { NON_STACKING_PAIRS, ORPHAN_PROGRAMS, ROTATION_MONTHS } from '../../domain/risk/rules.ts';
import { ORPHAN_OFFSET_PROGRAMS } from '../../domain/programs/index.ts';

/**
 * The detection of each risk rule as one set-based query (joins and GROUP BY, the same SQL on
 * SQLite and PostgreSQL): each returns the rows a finding is made of, never a row per record
 * to be looked at again. `scope` is the run's area (a prefix), `month` the month in which an
 * enrolment must be live (active and not ended before it).
 */
export interface RuleScope {
  scope: string;
  month: string;
}

const like = (s: RuleScope) => `${s.scope}%`;

/** An enrolment that pays in the month: active and not ended before it. */
function live(alias: string, s: RuleScope): RawBuilder<unknown> {
  return sql`${sql.ref(`${alias}.status`)} = 'active' and (${sql.ref(`${alias}.end_month`)} is null or ${sql.ref(`${alias}.end_month`)} >= ${s.month})`;
}

/** An enrolment of the run's area that pays in the month: the condition most rules start from. */
function paidInScope(alias: string, s: RuleScope): RawBuilder<unknown> {
  return sql`${sql.ref(`${alias}.area_code`)} like ${like(s)} and ${live(alias, s)}`;
}

/** 'YYYY-MM' as a running month number on both engines. */
function monthNumber(column: string): RawBuilder<number> {
  return sql<number>`(cast(substr(${sql.ref(column)}, 1, 4) as integer) * 12 + cast(substr(${sql.ref(column)}, 6, 2) as integer))`;
}

const list = (values: readonly string[]) => sql.join(values.map((v) => sql.lit(v)));

const num = (v: unknown) => Number(v);
const numOrNull = (v: unknown) => (v === null || v === undefined ? null : Number(v));

export interface SharedAccountRow {
  account: string;
  householdId: number;
  areaCode: string;
}

/**
 * One account, several households paid into it: the household's own account for its
 * enrolments, a member's own account for their person-level enrolments, a recorded payee's
 * (代领人) account. Care homes paid for their residents are not counted.
 */
export async function sharedAccounts(db: DbOrTrx, s: RuleScope): Promise<SharedAccountRow[]> {
  // 1. Accounts on more than one household at all (read off the account indexes, no liveness yet).
  const { rows: candidates } = await sql<{ account: string }>`
    select a.account from (
      select h.bank_account as account, h.id as household_id from households h
      where h.bank_account is not null and h.bank_account <> '' and h.area_code like ${like(s)}
      union all
      select p.bank_account, h.id from persons p join households h on h.id = p.household_id
      where p.bank_account is not null and p.bank_account <> '' and h.area_code like ${like(s)}
      union all
      select ep.bank_account, e.household_id from enrolment_payees ep join enrolments e on e.id = ep.enrolment_id
      where ep.kind <> 'institution' and ep.bank_account is not null and ep.bank_account <> '' and e.area_code like ${like(s)}
    ) a
    group by a.account
    having count(distinct a.household_id) > 1`.execute(db);
  // 2. Of those, the households really paid into them now.
  const out: SharedAccountRow[] = [];
  for (let i = 0; i < candidates.length; i += 500) {
    const accounts = candidates.slice(i, i + 500).map((c) => c.account);
    const { rows } = await sql<{ account: string; household_id: number; area_code: string }>`
      select h.bank_account as account, h.id as household_id, h.area_code as area_code
      from households h
      where h.bank_account in (${sql.join(accounts)}) and h.area_code like ${like(s)}
        and exists (select 1 from enrolments e where e.household_id = h.id and ${live('e', s)})
      union
      select p.bank_account, h.id, h.area_code
      from persons p
      join households h on h.id = p.household_id
      join enrolments e on e.person_id = p.id
      where p.bank_account in (${sql.join(accounts)}) and h.area_code like ${like(s)} and ${live('e', s)}
      union
      select ep.bank_account, e.household_id, e.area_code
      from enrolment_payees ep
      join enrolments e on e.id = ep.enrolment_id
      where ep.kind <> 'institution' and ep.bank_account in (${sql.join(accounts)}) and ${paidInScope('e', s)}
      order by 1, 2`.execute(db);
    const households = new Map<string, Set<number>>();
    for (const r of rows) households.set(r.account, (households.get(r.account) ?? new Set()).add(Number(r.household_id)));
    for (const r of rows) if (households.get(r.account)!.size > 1) out.push({ account: r.account, householdId: num(r.household_id), areaCode: r.area_code });
  }
  return out;
}

export interface HolderMismatchRow {
  householdId: number;
  areaCode: string;
  holder: string;
  headName: string | null;
  members: number;
}

/**
 * 户名不符: the household's account, into which its enrolments are paid (no recorded payee),
 * is held in a name that is none of its members'.
 */
export async function holderMismatches(db: DbOrTrx, s: RuleScope): Promise<HolderMismatchRow[]> {
  const { rows } = await sql<{ household_id: number; area_code: string; holder: string; head_name: string | null; members: number }>`
    select h.id as household_id, h.area_code, h.bank_account_holder as holder, hp.name as head_name,
      (select count(*) from persons m where m.household_id = h.id) as members
    from households h
    left join persons hp on hp.id = h.head_person_id
    where h.area_code like ${like(s)} and coalesce(h.bank_account, '') <> '' and coalesce(h.bank_account_holder, '') <> ''
      and exists (
        select 1 from enrolments e
        where e.household_id = h.id and ${live('e', s)}
          and not exists (select 1 from enrolment_payees ep where ep.enrolment_id = e.id)
      )
      and not exists (select 1 from persons p where p.household_id = h.id and p.name = h.bank_account_holder)
    order by h.id`.execute(db);
  return rows.map((r) => ({ householdId: num(r.household_id), areaCode: r.area_code, holder: r.holder, headName: r.head_name, members: num(r.members) }));
}

export interface StackingRow {
  personId: number;
  householdId: number;
  areaCode: string;
  program: string;
  enrolmentId: number;
  amount: number;
  otherProgram: string;
  otherEnrolmentId: number;
  otherAmount: number;
  /** the other is the household's enrolment (its covered persons and members) */
  otherCovered: number | null;
  members: number | null;
}

/**
 * 不得叠加: a person on tekun who also receives dibao (their own, or the household's dibao
 * covering every member, so them too) or one of the disability subsidies.
 */
export async function nonStacking(db: DbOrTrx, s: RuleScope): Promise<StackingRow[]> {
  const firsts = [...new Set(NON_STACKING_PAIRS.map(([a]) => a))];
  const seconds = [...new Set(NON_STACKING_PAIRS.map(([, b]) => b))];
  const { rows } = await sql<Record<string, unknown>>`
    select t.person_id, p.household_id, t.area_code, t.program, t.id as enrolment_id, t.monthly_amount as amount,
      o.program as other_program, o.id as other_enrolment_id, o.monthly_amount as other_amount, null as other_covered, null as members
    from enrolments t
    join persons p on p.id = t.person_id
    join enrolments o on o.person_id = t.person_id and o.id <> t.id and ${live('o', s)}
    where t.program in (${list(firsts)}) and o.program in (${list(seconds)}) and ${paidInScope('t', s)}
    union all
    select t.person_id, p.household_id, t.area_code, t.program, t.id, t.monthly_amount,
      o.program, o.id, o.monthly_amount, o.covered_persons, (select count(*) from persons m where m.household_id = o.household_id)
    from enrolments t
    join persons p on p.id = t.person_id
    join enrolments o on o.household_id = p.household_id and o.person_id is null and ${live('o', s)}
    where t.program in (${list(firsts)}) and o.program in (${list(seconds)}) and ${paidInScope('t', s)}
      and o.covered_persons >= (select count(*) from persons m where m.household_id = o.household_id)
    order by 1, 7`.execute(db);
  return rows
    .map((r) => ({
      personId: num(r.person_id),
      householdId: num(r.household_id),
      areaCode: String(r.area_code),
      program: String(r.program),
      enrolmentId: num(r.enrolment_id),
      amount: num(r.amount),
      otherProgram: String(r.other_program),
      otherEnrolmentId: num(r.other_enrolment_id),
      otherAmount: num(r.other_amount),
      otherCovered: numOrNull(r.other_covered),
      members: numOrNull(r.members),
    }))
    .filter((r) => NON_STACKING_PAIRS.some(([a, b]) => a === r.program && b === r.otherProgram));
}

export interface OrphanWithOtherRow {
  personId: number;
  householdId: number;
  areaCode: string;
  program: string;
  enrolmentId: number;
  amount: number;
  otherProgram: string;
  otherEnrolmentId: number;
  otherAmount: number;
}

/** Orphan allowances paid while the child receives another benefit that the allowance must be reduced by (补差). */
export async function orphansWithOtherBenefits(db: DbOrTrx, s: RuleScope): Promise<OrphanWithOtherRow[]> {
  const { rows } = await sql<Record<string, unknown>>`
    select t.person_id, p.household_id, t.area_code, t.program, t.id as enrolment_id, t.monthly_amount as amount,
      o.program as other_program, o.id as other_enrolment_id, o.monthly_amount as other_amount
    from enrolments t
    join persons p on p.id = t.person_id
    join enrolments o on (o.person_id = t.person_id or (o.person_id is null and o.household_id = p.household_id)) and o.id <> t.id and ${live('o', s)}
    where t.program in (${list(ORPHAN_PROGRAMS)}) and o.program in (${list(ORPHAN_OFFSET_PROGRAMS)}) and ${paidInScope('t', s)}
    order by 1, 8`.execute(db);
  return rows.map((r) => ({
    personId: num(r.person_id),
    householdId: num(r.household_id),
    areaCode: String(r.area_code),
    program: String(r.program),
    enrolmentId: num(r.enrolment_id),
    amount: num(r.amount),
    otherProgram: String(r.other_program),
    otherEnrolmentId: num(r.other_enrolment_id),
    otherAmount: num(r.other_amount),
  }));
}

export interface TwoAreasRow {
  personId: number;
  householdId: number;
  homeArea: string;
  firstArea: string;
  lastArea: string;
  areas: number;
  /** pairs of live enrolments in different areas */
  pairs: number;
}

/**
 * 两地享受: a person of the area whose live enrolments (their own, and their household's) are
 * paid by more than one area.
 */
export async function enrolledInTwoAreas(db: DbOrTrx, s: RuleScope): Promise<TwoAreasRow[]> {
  // Pairs of live enrolments of one person in different areas: two of their own, one of their own
  // and one of their household's, two of their household's (then every member).
  const { rows } = await sql<Record<string, unknown>>`
    select p.id as person_id, p.household_id, h.area_code as home_area, e1.area_code as area1, e2.area_code as area2
    from enrolments e1
    join enrolments e2 on e2.person_id = e1.person_id and e2.area_code <> e1.area_code
    join persons p on p.id = e1.person_id
    join households h on h.id = p.household_id
    where e1.person_id is not null and h.area_code like ${like(s)} and ${live('e1', s)} and ${live('e2', s)}
    union
    select p.id, p.household_id, h.area_code, e1.area_code, e2.area_code
    from enrolments e1
    join persons p on p.id = e1.person_id
    join households h on h.id = p.household_id
    join enrolments e2 on e2.household_id = p.household_id and e2.person_id is null and e2.area_code <> e1.area_code
    where e1.person_id is not null and h.area_code like ${like(s)} and ${live('e1', s)} and ${live('e2', s)}
    union
    select p.id, p.household_id, h.area_code, e1.area_code, e2.area_code
    from (
      select e.household_id from enrolments e
      where e.person_id is null and ${live('e', s)}
      group by e.household_id
      having count(distinct e.area_code) > 1
    ) twice
    join enrolments e1 on e1.household_id = twice.household_id and e1.person_id is null
    join enrolments e2 on e2.household_id = twice.household_id and e2.person_id is null and e2.area_code <> e1.area_code
    join households h on h.id = twice.household_id
    join persons p on p.household_id = twice.household_id
    where h.area_code like ${like(s)} and ${live('e1', s)} and ${live('e2', s)}`.execute(db);
  const byPerson = new Map<number, { householdId: number; homeArea: string; areas: Set<string>; pairs: number }>();
  for (const r of rows) {
    const id = num(r.person_id);
    const entry = byPerson.get(id) ?? { householdId: num(r.household_id), homeArea: String(r.home_area), areas: new Set<string>(), pairs: 0 };
    entry.areas.add(String(r.area1)).add(String(r.area2));
    entry.pairs += 1;
    byPerson.set(id, entry);
  }
  return [...byPerson.entries()]
    .sort((a, b) => a[0] - b[0])
    .map(([personId, e]) => {
      const areas = [...e.areas].sort();
      return { personId, householdId: e.householdId, homeArea: e.homeArea, firstArea: areas[0]!, lastArea: areas.at(-1)!, areas: areas.length, pairs: e.pairs };
    });
}

export interface PartialHouseholdRow {
  enrolmentId: number;
  householdId: number;
  areaCode: string;
  program: string;
  covered: number;
  members: number;
}

/** 部分成员纳入: a household enrolment covering fewer persons than the household has members. */
export async function partialHouseholds(db: DbOrTrx, s: RuleScope): Promise<PartialHouseholdRow[]> {
  const { rows } = await sql<Record<string, unknown>>`
    select e.id as enrolment_id, e.household_id, e.area_code, e.program, e.covered_persons as covered, count(p.id) as members
    from enrolments e
    join persons p on p.household_id = e.household_id
    where e.person_id is null and e.program <> 'temporary' and ${paidInScope('e', s)}
    group by e.id, e.household_id, e.area_code, e.program, e.covered_persons
    having count(p.id) > e.covered_persons
    order by e.household_id`.execute(db);
  return rows.map((r) => ({
    enrolmentId: num(r.enrolment_id),
    householdId: num(r.household_id),
    areaCode: String(r.area_code),
    program: String(r.program),
    covered: num(r.covered),
    members: num(r.members),
  }));
}

export interface UnreviewedRelativeRow {
  personId: number;
  householdId: number;
  areaCode: string;
  program: string;
  enrolmentId: number;
  applicationId: number;
  staffRelativeId: number;
  staffName: string;
  staffPosition: string;
  relation: string;
}

/**
 * 近亲属未单独审核: a person on the relatives-of-staff register (近亲属备案) enrolled — on their
 * own or in their household's enrolment — by a case that had no separate review (a case
 * migrated from an old system, or the relative registered after the decision).
 */
export async function unreviewedRelatives(db: DbOrTrx, s: RuleScope): Promise<UnreviewedRelativeRow[]> {
  const { rows } = await sql<Record<string, unknown>>`
    select p.id as person_id, p.household_id, e.area_code, e.program, e.id as enrolment_id, a.id as application_id,
      sr.id as staff_relative_id, sr.staff_name, sr.staff_position, sr.relation
    from staff_relatives sr
    join persons p on p.id_number = sr.relative_id_number
    join enrolments e on e.person_id = p.id
    join applications a on a.id = e.application_id
    where a.relative_review is null and ${paidInScope('e', s)}
    union all
    select p.id, p.household_id, e.area_code, e.program, e.id, a.id, sr.id, sr.staff_name, sr.staff_position, sr.relation
    from staff_relatives sr
    join persons p on p.id_number = sr.relative_id_number
    join enrolments e on e.household_id = p.household_id and e.person_id is null
    join applications a on a.id = e.application_id
    where a.relative_review is null and ${paidInScope('e', s)}
    order by 1, 5`.execute(db);
  return rows.map((r) => ({
    personId: num(r.person_id),
    householdId: num(r.household_id),
    areaCode: String(r.area_code),
    program: String(r.program),
    enrolmentId: num(r.enrolment_id),
    applicationId: num(r.application_id),
    staffRelativeId: num(r.staff_relative_id),
    staffName: String(r.staff_name),
    staffPosition: String(r.staff_position),
    relation: String(r.relation),
  }));
}

export interface DecidedCaseRow {
  applicationId: number;
  householdId: number;
  personId: number | null;
  areaCode: string;
  program: string;
  acceptedOn: string;
  /** the instant of the approving step */
  decidedAt: string;
}

/** Cases approved through the workflow (not migrated from an old system), with their acceptance and decision. */
export async function decidedCases(db: DbOrTrx, s: RuleScope): Promise<DecidedCaseRow[]> {
  const { rows } = await sql<Record<string, unknown>>`
    select a.id as application_id, a.household_id, a.subject_person_id as person_id, a.area_code, a.program, a.accepted_on,
      min(ev.at) as decided_at
    from applications a
    join case_events ev on ev.application_id = a.id and ev.to_state = 'approved' and ev.action <> 'migrate'
    where a.state = 'approved' and a.area_code like ${like(s)} and a.accepted_on is not null and a.accepted_on <> ''
    group by a.id, a.household_id, a.subject_person_id, a.area_code, a.program, a.accepted_on
    order by a.id`.execute(db);
  return rows.map((r) => ({
    applicationId: num(r.application_id),
    householdId: num(r.household_id),
    personId: numOrNull(r.person_id),
    areaCode: String(r.area_code),
    program: String(r.program),
    acceptedOn: String(r.accepted_on),
    decidedAt: String(r.decided_at),
  }));
}

export interface RotationRow {
  program: string;
  areaCode: string;
  householdA: number;
  householdB: number;
  aFirstEnrolment: number;
  aFirstEnd: string;
  bEnrolment: number;
  bStart: string;
  bEnd: string;
  aSecondEnrolment: number;
  aSecondStart: string;
}

/**
 * 轮流享受: household A leaves, B of the same community and program enters within
 * ROTATION_MONTHS months, B leaves and A comes back within as many.
 */
export async function rotations(db: DbOrTrx, s: RuleScope): Promise<RotationRow[]> {
  const gap = ROTATION_MONTHS + 1;
  const { rows } = await sql<Record<string, unknown>>`
    select a1.program, a1.area_code, a1.household_id as household_a, b.household_id as household_b,
      a1.id as a_first_enrolment, a1.end_month as a_first_end, b.id as b_enrolment, b.start_month as b_start, b.end_month as b_end,
      a2.id as a_second_enrolment, a2.start_month as a_second_start
    from enrolments a1
    join enrolments a2 on a2.household_id = a1.household_id and a2.program = a1.program and a2.id <> a1.id and a2.start_month > a1.end_month
    join enrolments b on b.area_code = a1.area_code and b.program = a1.program and b.household_id <> a1.household_id and b.end_month is not null
    where a1.end_month is not null and a1.program <> 'temporary' and a1.area_code like ${like(s)}
      and ${monthNumber('b.start_month')} - ${monthNumber('a1.end_month')} between 0 and ${gap}
      and ${monthNumber('a2.start_month')} - ${monthNumber('b.end_month')} between 0 and ${gap}
    order by a1.household_id, b.household_id, a1.id`.execute(db);
  return rows.map((r) => ({
    program: String(r.program),
    areaCode: String(r.area_code),
    householdA: num(r.household_a),
    householdB: num(r.household_b),
    aFirstEnrolment: num(r.a_first_enrolment),
    aFirstEnd: String(r.a_first_end),
    bEnrolment: num(r.b_enrolment),
    bStart: String(r.b_start),
    bEnd: String(r.b_end),
    aSecondEnrolment: num(r.a_second_enrolment),
    aSecondStart: String(r.a_second_start),
  }));
}

export interface WorkerCountRow {
  userId: number;
  username: string;
  displayName: string;
  streetCode: string;
  enrolments: number;
}

/** Live enrolments of the area per worker who took their application, per street. */
export async function enrolmentsPerWorker(db: DbOrTrx, s: RuleScope): Promise<WorkerCountRow[]> {
  const { rows } = await sql<Record<string, unknown>>`
    select a.created_by as user_id, u.username, u.display_name, substr(e.area_code, 1, 9) as street_code, count(*) as enrolments
    from enrolments e
    join applications a on a.id = e.application_id
    join users u on u.id = a.created_by
    where e.area_code like ${like(s)} and length(e.area_code) = 12 and ${live('e', s)}
    group by a.created_by, u.username, u.display_name, substr(e.area_code, 1, 9)
    order by 4, 1`.execute(db);
  return rows.map((r) => ({
    userId: num(r.user_id),
    username: String(r.username),
    displayName: String(r.display_name),
    streetCode: String(r.street_code),
    enrolments: num(r.enrolments),
  }));
}
