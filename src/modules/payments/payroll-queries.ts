import { sql, type RawBuilder } from 'kysely';
import type { DbOrTrx, Trx } from '../../db/types.ts';
import { dialectOf } from '../../db/database.ts';
import { addMonths } from '../../domain/calendar.ts';
import { below, type PayrollRow } from './queries.ts';

/** Birth dates that make a person 60 or older, or under 18, on the first day of a month. */
export function ageThresholds(month: string): { elderlyBornBy: string; minorBornAfter: string } {
  const [y, m] = month.split('-') as [string, string];
  return { elderlyBornBy: `${Number(y) - 60}-${m}-01`, minorBornAfter: `${Number(y) - 18}-${m}-01` };
}

/**
 * 收款人: who a line pays and into whose account, over `e` (enrolment), `h` (its household),
 * `p` (its subject person, or the head for a household benefit) and the joins of `payeeJoins`:
 * - an agent on file (enrolment_payees): the agent, into the agent's own account — an
 *   institution into the institution's account, held in its name;
 * - a person-level benefit: the person, into the person's own account (or the household's when
 *   the person is its holder);
 * - a household benefit: the holder of the household's account, identified among the members
 *   by name. A file naming no holder shows the head as payee, refused until a holder is
 *   recorded: nothing says the account is the head's. A holder who is not a member has no ID
 *   number on file: refused too.
 * The holder is what the account is held in; a line whose payee is not the holder, or who cannot
 * be identified, or that has no account, is refused (`PAYEE.refusal`) rather than sent.
 */
export function payeeJoins(households: RawBuilder<unknown>): RawBuilder<unknown> {
  // The holder member of each household paid, found set-based over those households' members
  // (like the head counts), not probed per line: PostgreSQL planned a per-line probe as a hash
  // of every person on file. Two members of the same name: the first on file.
  return sql`left join enrolment_payees ep on ep.enrolment_id = e.id
    left join institutions i on i.id = ep.institution_id
    left join (
      select hx.household_id, min(hx.id) as person_id
      from persons hx join households hh on hh.id = hx.household_id and hx.name = hh.bank_account_holder
      where hx.household_id in (${households})
      group by hx.household_id
    ) hk on hk.household_id = e.household_id and e.person_id is null and ep.enrolment_id is null
    left join persons hp on hp.id = hk.person_id`;
}

const ownAccount = sql`(p.bank_account is not null or h.bank_account_holder = p.name)`;
const payeeKind = sql`case when ep.kind is not null then ep.kind when e.person_id is not null then 'self' else 'household' end`;
const payeeName = sql`coalesce(case when ep.kind = 'institution' then i.name when ep.kind is not null then ep.name
      when e.person_id is not null then p.name when h.bank_account_holder is null then p.name else h.bank_account_holder end, '')`;
const payeeIdNumber = sql`coalesce(case when ep.kind = 'institution' then '' when ep.kind is not null then ep.id_number
      when e.person_id is not null or h.bank_account_holder is null then p.id_number else hp.id_number end, '')`;
const payeePersonId = sql`case when ep.kind is not null then null when e.person_id is not null or h.bank_account_holder is null then p.id else hp.id end`;
const payeeBankName = sql`case when ep.kind = 'institution' then i.bank_name when ep.kind is not null then ep.bank_name
      when e.person_id is null then h.bank_name when p.bank_account is not null then p.bank_name when h.bank_account_holder = p.name then h.bank_name end`;
const payeeAccount = sql`case when ep.kind = 'institution' then i.bank_account when ep.kind is not null then ep.bank_account
      when e.person_id is null then h.bank_account when p.bank_account is not null then p.bank_account when h.bank_account_holder = p.name then h.bank_account end`;
const accountHolder = sql`case when ep.kind = 'institution' then i.name when ep.kind is not null then ep.name
      when e.person_id is null then h.bank_account_holder when ${ownAccount} then p.name end`;
const refusal = sql`case when coalesce(${payeeAccount}, '') = '' then 'no_account'
      when ${accountHolder} is null or ${accountHolder} <> ${payeeName} or (${payeeIdNumber} = '' and coalesce(ep.kind, '') <> 'institution') then 'holder_mismatch' end`;

/** The payee columns of a line, in the order of `PAYEE_COLUMNS`. */
export const PAYEE_COLUMNS = sql.raw('payee_person_id, payee_name, payee_id_number, bank_name, bank_account, payee_kind, account_holder, institution_id, refusal');
export const PAYEE_VALUES = sql`${payeePersonId}, ${payeeName}, ${payeeIdNumber}, ${payeeBankName}, ${payeeAccount}, ${payeeKind}, ${accountHolder}, ep.institution_id, ${refusal}`;

/** One enrolment's payee as a line would freeze it now, with the agent's reason. */
export async function payeeOf(db: DbOrTrx, enrolmentId: number) {
  const r = await sql<{ kind: string; name: string; id_number: string; bank_name: string | null; account: string | null; institution_id: number | null; reason: string | null; refusal: 'no_account' | 'holder_mismatch' | null }>`
    select ${payeeKind} as kind, ${payeeName} as name, ${payeeIdNumber} as id_number, ${payeeBankName} as bank_name, ${payeeAccount} as account,
      ep.institution_id, ep.reason, ${refusal} as refusal
    from enrolments e
    join households h on h.id = e.household_id
    join persons p on p.id = coalesce(e.person_id, h.head_person_id)
    ${payeeJoins(sql`select e3.household_id from enrolments e3 where e3.id = ${enrolmentId}`)}
    where e.id = ${enrolmentId}`.execute(db);
  return r.rows[0];
}

/** Each enrolment's payee as it stands now: whether a line would be refused, and its account. */
export async function currentPayees(db: DbOrTrx, enrolmentIds: number[]): Promise<Map<number, { refusal: string | null; account: string | null }>> {
  if (enrolmentIds.length === 0) return new Map();
  const out = new Map<number, { refusal: string | null; account: string | null }>();
  for (let i = 0; i < enrolmentIds.length; i += 500) {
    const ids = enrolmentIds.slice(i, i + 500);
    const r = await sql<{ id: number; refusal: string | null; account: string | null }>`select e.id, ${refusal} as refusal, ${payeeAccount} as account
      from enrolments e
      join households h on h.id = e.household_id
      join persons p on p.id = coalesce(e.person_id, h.head_person_id)
      ${payeeJoins(sql`select e3.household_id from enrolments e3 where e3.id in (${sql.join(ids)})`)}
      where e.id in (${sql.join(ids)})`.execute(db);
    for (const row of r.rows) out.set(Number(row.id), { refusal: row.refusal, account: row.account });
  }
  return out;
}

export interface LinesSpec {
  payrollId: number;
  program: string;
  areaCode: string;
  /** the month the lines pay for */
  month: string;
  kind: 'regular' | 'lump_sum';
  reason: string;
  /** lump sums: fen per covered person; regular lines pay the amount in force */
  perPerson?: number;
  /** reference suffix: `P{payroll}-{enrolment}-{month}-{code}` */
  code: string;
}

/**
 * One set-based INSERT … SELECT: a line for every enrolment of the program in the area whose
 * change in force that month pays, with the payee, bank account and head counts frozen from
 * the registry. A regular line is skipped when the month was already paid by any payroll.
 *
 * Its shape, in three parts that change independently:
 * - which enrolments and what they are paid: `enrolments e` joined to the change in force that
 *   month (`c`, the latest change with effective_month ≤ month, by the covering index
 *   enrolment_changes_month_idx), filtered on program, area and end month;
 * - who is paid and the head counts: the payee joins (`h`, `p`) and the per-household counts
 *   (`hc`). A payee of another kind (the person's own account, an agent, an institution) is one
 *   more left join on `e` and a `coalesce` in the payee columns of the select list; nothing
 *   else here depends on them;
 * - how it is written: `on conflict … do nothing` against the unique partial index.
 * With a year of history on file (5 million lines at a million persons) this insert costs what
 * the hand-written floor of the same shape costs on both engines (bench/README.md, issue 14; the
 * same CPU time on SQLite at 100,000 persons): most of it is writing the lines and their six
 * indexes into a large table; the select, change lookup included, is about a fifth on SQLite.
 */
export function linesInsert(s: LinesSpec): RawBuilder<unknown> {
  const { elderlyBornBy, minorBornAfter } = ageThresholds(s.month);
  const area = below(s.areaCode);
  const amount = s.kind === 'regular' ? sql`c.monthly_amount` : sql`cast(${s.perPerson ?? 0} as bigint) * coalesce(c.covered_persons, e.covered_persons)`;
  // A month already paid is skipped by the unique index itself rather than a NOT EXISTS probe:
  // PostgreSQL, believing payroll_lines small, may plan that probe as a scan of the table being
  // filled, per row — quadratic (seen at 100k: 9 s instead of 0.9 s).
  // The households a household benefit of the program pays in the area: their members are read
  // once for the head counts and the account holder, not per line.
  const householdsPaid = sql`select e3.household_id from enrolments e3 where e3.program = ${s.program} and e3.area_code like ${area} and e3.person_id is null`;
  const notPaid = s.kind === 'regular' ? sql`on conflict (enrolment_id, for_month) where kind = 'regular' do nothing` : sql``;
  return sql`insert into payroll_lines (payroll_id, enrolment_id, household_id, area_code, program, for_month, kind, amount, reason,
      ${PAYEE_COLUMNS}, persons, elderly, disabled, minors, category, reference, bank_status)
    select cast(${s.payrollId} as integer), e.id, e.household_id, e.area_code, e.program, ${s.month}, ${s.kind}, ${amount}, ${s.reason},
      ${PAYEE_VALUES},
      case when e.person_id is null then coalesce(hc.persons, 0) else 1 end,
      case when e.person_id is null then coalesce(hc.elderly, 0) when p.birth_date <= ${elderlyBornBy} then 1 else 0 end,
      case when e.person_id is null then coalesce(hc.disabled, 0) when p.disability_grade is not null then 1 else 0 end,
      case when e.person_id is null then coalesce(hc.minors, 0) when p.birth_date > ${minorBornAfter} then 1 else 0 end,
      e.category, cast(${`P${s.payrollId}-`} as text) || cast(e.id as text) || cast(${`-${s.month}-${s.code}`} as text), 'pending'
    from enrolments e
    join enrolment_changes c on c.id = (select c2.id from enrolment_changes c2 where c2.enrolment_id = e.id and c2.effective_month <= ${s.month}
        order by c2.effective_month desc, c2.id desc limit 1)
      and e.program = ${s.program} and e.area_code like ${area}
    join households h on h.id = e.household_id
    join persons p on p.id = coalesce(e.person_id, h.head_person_id)
    ${payeeJoins(householdsPaid)}
    left join (
      select pp.household_id, count(*) as persons,
        sum(case when pp.birth_date <= ${elderlyBornBy} then 1 else 0 end) as elderly,
        sum(case when pp.disability_grade is not null then 1 else 0 end) as disabled,
        sum(case when pp.birth_date > ${minorBornAfter} then 1 else 0 end) as minors
      from persons pp
      where pp.in_prison = 0 and pp.life_status = 'alive' and pp.household_id in (${householdsPaid})
      group by pp.household_id
    ) hc on hc.household_id = e.household_id
    where c.kind in ('start', 'amount', 'resume') and (e.end_month is null or e.end_month >= ${s.month})
    ${notPaid}`;
}

export async function insertLines(trx: Trx, s: LinesSpec): Promise<number> {
  const r = await linesInsert(s).execute(trx);
  return Number(r.numAffectedRows ?? 0);
}

/** Open back pay and recovery for enrolments of the program in the area, due by `month`. */
export async function openAdjustments(trx: Trx, f: { program: string; areaCode: string; month: string; postgres: boolean }) {
  let ids = trx
    .selectFrom('payment_adjustments as a')
    .innerJoin('enrolments as e', 'e.id', 'a.enrolment_id')
    .select('a.id')
    .where('a.status', '=', 'open')
    .where('a.first_month', '<=', f.month)
    .where('e.program', '=', f.program)
    .where('e.area_code', 'like', below(f.areaCode))
    .orderBy('a.id');
  // A district and a street payroll prepared at once must not both settle the same sum.
  if (f.postgres) ids = ids.forUpdate();
  const locked = (await ids.execute()).map((r) => r.id);
  if (locked.length === 0) return [];
  return trx
    .selectFrom('payment_adjustments as a')
    .innerJoin('enrolments as e', 'e.id', 'a.enrolment_id')
    .selectAll('a')
    .select((eb) =>
      eb
        .selectFrom('payroll_lines as l')
        .select(sql<number>`coalesce(sum(abs(l.amount)), 0)`.as('s'))
        .whereRef('l.adjustment_id', '=', 'a.id')
        .as('settled'),
    )
    .where('a.id', 'in', locked)
    .orderBy('a.id')
    .execute();
}

/** What each enrolment receives in this payroll so far (regular lines, less recoveries taken). */
export async function payableByEnrolment(trx: Trx, payrollId: number, enrolmentIds: number[]): Promise<Map<number, number>> {
  if (enrolmentIds.length === 0) return new Map();
  const rows = await trx
    .selectFrom('payroll_lines')
    .select(['enrolment_id', (eb) => eb.fn.sum<number>('amount').as('amount')])
    .where('payroll_id', '=', payrollId)
    .where('kind', 'in', ['regular', 'recovery'])
    .where('enrolment_id', 'in', enrolmentIds)
    .groupBy('enrolment_id')
    .execute();
  return new Map(rows.map((r) => [r.enrolment_id, Number(r.amount)]));
}

/** A back pay or recovery line, its payee and head counts frozen like a regular line's. */
export async function insertAdjustmentLine(
  trx: Trx,
  a: { payrollId: number; month: string; enrolmentId: number; adjustmentId: number; kind: 'back_pay' | 'recovery'; amount: number; reason: string },
): Promise<void> {
  const { elderlyBornBy, minorBornAfter } = ageThresholds(a.month);
  const code = `${a.kind === 'back_pay' ? 'B' : 'C'}${a.adjustmentId}`;
  await sql`insert into payroll_lines (payroll_id, enrolment_id, household_id, area_code, program, for_month, kind, amount, reason, adjustment_id,
      ${PAYEE_COLUMNS}, persons, elderly, disabled, minors, category, reference, bank_status)
    select cast(${a.payrollId} as integer), e.id, e.household_id, e.area_code, e.program, ${a.month}, ${a.kind}, cast(${a.amount} as bigint), ${a.reason}, cast(${a.adjustmentId} as integer),
      ${PAYEE_VALUES},
      case when e.person_id is null then (select count(*) from persons pp where pp.household_id = e.household_id and pp.in_prison = 0 and pp.life_status = 'alive') else 1 end,
      case when e.person_id is null then (select count(*) from persons pp where pp.household_id = e.household_id and pp.in_prison = 0 and pp.life_status = 'alive' and pp.birth_date <= ${elderlyBornBy})
        when p.birth_date <= ${elderlyBornBy} then 1 else 0 end,
      case when e.person_id is null then (select count(*) from persons pp where pp.household_id = e.household_id and pp.in_prison = 0 and pp.life_status = 'alive' and pp.disability_grade is not null)
        when p.disability_grade is not null then 1 else 0 end,
      case when e.person_id is null then (select count(*) from persons pp where pp.household_id = e.household_id and pp.in_prison = 0 and pp.life_status = 'alive' and pp.birth_date > ${minorBornAfter})
        when p.birth_date > ${minorBornAfter} then 1 else 0 end,
      e.category, ${`P${a.payrollId}-${a.enrolmentId}-${a.month}-${code}`}, 'pending'
    from enrolments e
    join households h on h.id = e.household_id
    join persons p on p.id = coalesce(e.person_id, h.head_person_id)
    ${payeeJoins(sql`select e3.household_id from enrolments e3 where e3.id = cast(${a.enrolmentId} as integer)`)}
    where e.id = cast(${a.enrolmentId} as integer)`.execute(trx);
}

/**
 * Totals of a payroll: each enrolment's household and persons counted once, whatever its lines.
 * One read of the payroll's lines (the amount summed per enrolment too, rather than by a second
 * scan of them).
 */
export async function payrollTotals(db: DbOrTrx, payrollId: number) {
  const r = await sql<{ households: number | null; persons: number | null; total: number | null }>`
    select count(distinct t.household_id) as households, sum(t.persons) as persons, sum(t.amount) as total
    from (select enrolment_id, max(household_id) as household_id, max(persons) as persons, sum(amount) as amount
      from payroll_lines where payroll_id = ${payrollId} group by enrolment_id) t`.execute(db);
  const row = r.rows[0];
  return { households: Number(row?.households ?? 0), persons: Number(row?.persons ?? 0), total: Number(row?.total ?? 0) };
}

/**
 * The payroll's lines summed per community, program, kind and month paid for: what the monthly
 * report reads (a district's month is a few hundred rows instead of a million lines). Written
 * once the lines are complete, in the same transaction; lines never change amounts afterwards.
 */
export async function writeLineTotals(trx: Trx, payrollId: number): Promise<void> {
  await sql`insert into payroll_line_totals (payroll_id, area_code, program, kind, for_month, amount, households, persons, elderly, disabled, minors)
    select payroll_id, area_code, program, kind, for_month, sum(amount), count(distinct household_id), sum(persons), sum(elderly), sum(disabled), sum(minors)
    from payroll_lines where payroll_id = ${payrollId} group by payroll_id, area_code, program, kind, for_month`.execute(trx);
}

export async function findPayroll(db: DbOrTrx, id: number): Promise<PayrollRow | undefined> {
  return db.selectFrom('payrolls').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function findPayrollByKey(db: DbOrTrx, key: string): Promise<PayrollRow | undefined> {
  return db.selectFrom('payrolls').selectAll().where('payroll_key', '=', key).executeTakeFirst();
}

export async function refusedCount(db: DbOrTrx, payrollId: number): Promise<number> {
  const r = await db.selectFrom('payroll_lines').select((eb) => eb.fn.countAll<number>().as('n')).where('payroll_id', '=', payrollId).where('refusal', 'is not', null).executeTakeFirstOrThrow();
  return Number(r.n);
}

export async function bankCounts(db: DbOrTrx, payrollId: number) {
  const rows = await db
    .selectFrom('payroll_lines')
    .select(['bank_status', (eb) => eb.fn.countAll<number>().as('n')])
    .where('payroll_id', '=', payrollId)
    .groupBy('bank_status')
    .execute();
  const out = { pending: 0, paid: 0, failed: 0 };
  for (const r of rows) out[r.bank_status] = Number(r.n);
  return out;
}

/**
 * The month before each month of a payroll, as a CASE over the line's month — or, for the usual
 * one-month payroll, the constant itself: PostgreSQL cannot estimate a join on a CASE and, with
 * fresh statistics saying the lines table is small, re-scanned it per row (minutes at 1M).
 */
function previousMonthOf(column: string, months: string[]): RawBuilder<string> {
  if (months.length === 1) return sql<string>`${addMonths(months[0]!, -1)}`;
  const whens = months.map((m) => sql`when ${m} then ${addMonths(m, -1)}`);
  return sql<string>`case ${sql.ref(column)} ${sql.join(whens, sql` `)} end`;
}

/**
 * How the regular lines compare with each enrolment's line for the month before: new, changed
 * amount, and stopped (paid last month in the area, paid this month by no payroll — what
 * `stoppedQuery` lists).
 *
 * ONE read of the regular lines of the two months, found through the payrolls that pay them
 * (`payrollsPaying`), grouped per enrolment — not a join probing the lines index once per line.
 * With a year of history on file the probes cost PostgreSQL 8.6 s at a million persons (two
 * parallel scans of all 5 million lines, then 2 × 419,000 index probes mostly outside
 * shared_buffers); the grouped read 1.3–1.6 s (EXPLAIN ANALYZE, November against October), or
 * 2.4–4.7 s for the whole view right after a preparation (bench, shared machine), and about the
 * same CPU as the probes on SQLite.
 * A regular line is unique per enrolment and month, so each group has at most one line of each
 * month, and "paid this month by any payroll" is any line of the month of the program's payrolls.
 */
export async function differences(db: DbOrTrx, p: PayrollRow, months: string[]) {
  const month = months[0]!;
  const prev = addMonths(month, -1);
  const r = await sql<{ fresh: number | null; changed: number | null; stopped: number | null }>`
    select sum(case when t.here = 1 and t.prev_id is null then 1 else 0 end) as fresh,
      sum(case when t.here = 1 and t.prev_id is not null and t.prev_amount <> t.amount then 1 else 0 end) as changed,
      sum(case when t.prev_here = 1 and t.now_paid is null then 1 else 0 end) as stopped
    from (
      select l.enrolment_id,
        max(case when l.payroll_id = ${p.id} and l.for_month = ${month} then 1 end) as here,
        max(case when l.payroll_id = ${p.id} and l.for_month = ${month} then l.amount end) as amount,
        max(case when l.for_month = ${month} then 1 end) as now_paid,
        max(case when l.for_month = ${prev} then l.id end) as prev_id,
        max(case when l.for_month = ${prev} then l.amount end) as prev_amount,
        max(case when l.for_month = ${prev} and l.program = ${p.program} and l.area_code like ${below(p.area_code)} then 1 end) as prev_here
      from payroll_lines l
      where l.kind = 'regular' and l.for_month in (${prev}, ${month})
        and l.payroll_id in (${payrollsPaying(db, p.program, [prev, month])})
      group by l.enrolment_id
    ) t`.execute(db);
  const row = r.rows[0];
  return { new: Number(row?.fresh ?? 0), changed: Number(row?.changed ?? 0), stopped: Number(row?.stopped ?? 0) };
}

/**
 * The monthly payrolls of a program that pay for any of `months` (their `months` lists it):
 * every regular line for such a month is in one of them, since a regular line is written only by
 * its payroll's own program and months. A handful of ids out of the small payrolls table.
 */
function payrollsPaying(db: DbOrTrx, program: string, months: string[]) {
  return db
    .selectFrom('payrolls')
    .select('id')
    .where('program', '=', program)
    .where('kind', '=', 'monthly')
    .where((eb) => eb.or(months.map((m) => eb('months', 'like', `%${m}%`))));
}

/**
 * Paid last month in the area, not paid this month by any payroll. Both sides are found through
 * the payrolls that pay those months (the payroll index) rather than by `for_month` alone: with
 * a year of history on file nothing indexes `for_month` first, and the query read every line
 * ever paid — 5 million at a million persons, a scan of the whole table on both engines.
 */
export function stoppedQuery(db: DbOrTrx, p: PayrollRow, month: string) {
  const prev = addMonths(month, -1);
  return db
    .selectFrom('payroll_lines as pl')
    .where('pl.payroll_id', 'in', payrollsPaying(db, p.program, [prev]))
    .where('pl.kind', '=', 'regular')
    .where('pl.for_month', '=', prev)
    .where('pl.program', '=', p.program)
    .where('pl.area_code', 'like', below(p.area_code))
    .where(({ not, exists, selectFrom }) =>
      not(
        exists(
          selectFrom('payroll_lines as x')
            .select('x.id')
            .whereRef('x.enrolment_id', '=', 'pl.enrolment_id')
            .where('x.kind', '=', 'regular')
            .where('x.for_month', '=', month)
            .where('x.payroll_id', 'in', payrollsPaying(db, p.program, [month])),
        ),
      ),
    );
}

export interface LineFilter {
  q?: string | undefined;
  kind?: string | undefined;
  change?: 'new' | 'changed' | 'same' | undefined;
  bankStatus?: string | undefined;
  refusal?: 'any' | 'no_account' | 'holder_mismatch' | undefined;
  page: number;
  pageSize: number;
}

export async function lines(db: DbOrTrx, p: PayrollRow, months: string[], f: LineFilter) {
  const prev = previousMonthOf('l.for_month', months);
  let base = db
    .selectFrom('payroll_lines as l')
    .leftJoin('payroll_lines as pl', (j) =>
      j
        .onRef('pl.enrolment_id', '=', 'l.enrolment_id')
        .on('pl.kind', '=', 'regular')
        .on('l.kind', '=', 'regular')
        .on((eb) => eb('pl.for_month', '=', prev)),
    )
    .where('l.payroll_id', '=', p.id);
  if (f.kind) base = base.where('l.kind', '=', f.kind as never);
  if (f.bankStatus) base = base.where('l.bank_status', '=', f.bankStatus as never);
  if (f.refusal === 'any') base = base.where('l.refusal', 'is not', null);
  else if (f.refusal) base = base.where('l.refusal', '=', f.refusal);
  if (f.q) {
    const q = f.q;
    base = base.where((eb) => eb.or([eb('l.payee_name', 'like', `%${q}%`), eb('l.payee_id_number', 'like', `%${q}`), eb('l.reference', '=', q)]));
  }
  if (f.change) {
    base = base.where('l.kind', '=', 'regular');
    if (f.change === 'new') base = base.where('pl.id', 'is', null);
    else if (f.change === 'changed') base = base.where('pl.id', 'is not', null).whereRef('pl.amount', '<>', 'l.amount');
    else base = base.where('pl.id', 'is not', null).whereRef('pl.amount', '=', 'l.amount');
  }
  const [total, items] = await Promise.all([
    base.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
    base
      .leftJoin('areas as a', 'a.code', 'l.area_code')
      .selectAll('l')
      .select(['pl.id as prev_id', 'pl.amount as prev_amount', 'a.name as area_name'])
      .orderBy('l.enrolment_id')
      .orderBy('l.id')
      .limit(f.pageSize)
      .offset((f.page - 1) * f.pageSize)
      .execute(),
  ]);
  return { total: Number(total.n), items };
}

/**
 * A district payroll adds hundreds of thousands of lines in one transaction. PostgreSQL would
 * then plan the queries that read them (totals, the differences with last month) on statistics
 * that still say the table is small, and loop over it row by row — minutes at a million
 * persons. ANALYZE in the transaction counts its own new rows; SQLite plans by its indexes.
 *
 * Only when the new lines are a real share of what the statistics describe, though: ANALYZE
 * reads a random sample of 30,000 rows across the whole table, which with a year of history
 * (5 million lines at a million persons, far beyond shared_buffers) cost 1.1 s of a 4 s payroll
 * at 100,000 persons. A table the statistics already know to hold ten times the new lines is
 * planned well without it (known to be large, it is never scanned once per row; the new payroll,
 * not yet in the statistics, is read through its index), and autovacuum re-analyzes at the same
 * 10% (autovacuum_analyze_scale_factor) after commit.
 */
export async function refreshLineStatistics(trx: Trx, added: number): Promise<void> {
  if (dialectOf(trx) !== 'postgres') return;
  // reltuples: -1 (PostgreSQL 14+) or 0 when never analyzed or vacuumed.
  const r = await sql<{ n: number | string | null }>`select reltuples as n from pg_class where oid = to_regclass('payroll_lines')`.execute(trx);
  const known = Number(r.rows[0]?.n ?? -1);
  if (known >= 10 * added) return;
  await sql`analyze payroll_lines`.execute(trx);
}

/**
 * Lines refused for their payee (no account, or not its holder): marked as not sent, and each
 * owed again as back pay held until the payee is corrected (`source = 'payee_refused'`), so a
 * later payroll pays it once. Set-based, through the index of refused lines.
 */
export async function holdRefusedLines(trx: Trx, a: { payrollId: number; month: string; actorId: number | null; now: string }): Promise<number> {
  await sql`update payroll_lines set bank_status = 'failed',
      failure_reason = case refusal when 'no_account' then '未发送：无收款账户' else '未发送：收款人不是账户户名' end
    where payroll_id = ${a.payrollId} and refusal is not null`.execute(trx);
  const r = await sql`insert into payment_adjustments (enrolment_id, kind, total_amount, monthly_limit, first_month, reason, source, source_line_id, held_account, status, created_by, created_at)
    select l.enrolment_id, 'back_pay', l.amount, null, ${a.month},
      l.reason || '：' || l.failure_reason || '，更正后补发', 'payee_refused', l.id, l.bank_account, 'open', ${a.actorId}, ${a.now}
    from payroll_lines l
    where l.payroll_id = ${a.payrollId} and l.refusal is not null and l.amount > 0 and l.kind in ('regular', 'lump_sum')`.execute(trx);
  return Number(r.numAffectedRows ?? 0);
}

/**
 * A condolence drive's cash lines (慰问金) as lines of its payroll, set-based: one per drive line
 * with cash that is not yet delivered, into the household's account, paid to the account's
 * holder identified among the members by name (as a household benefit's line: payee name =
 * holder, ID number = that member's). A line is an enrolment's elsewhere; here it stands for
 * the drive line, as `enrolment_id = -line id` — negative, so it never meets an enrolment, and
 * still one transfer per household in the bank file. Households without an account or an
 * identifiable holder are not written: the drive lists them as withheld.
 */
export async function insertDriveLines(trx: Trx, a: { payrollId: number; driveId: number; month: string; reason: string }): Promise<number> {
  const r = await sql`insert into payroll_lines (payroll_id, enrolment_id, household_id, area_code, program, for_month, kind, amount, reason,
      ${PAYEE_COLUMNS}, persons, elderly, disabled, minors, category, reference, bank_status)
    select cast(${a.payrollId} as integer), -cl.id, cl.household_id, cl.area_code, 'condolence', ${a.month}, 'lump_sum', cast(cl.cash as bigint), ${a.reason},
      hp.id, h.bank_account_holder, hp.id_number, h.bank_name, h.bank_account, 'household', h.bank_account_holder, cast(null as integer), cast(null as varchar(32)),
      cl.persons, 0, 0, 0, cast(null as varchar(1)), cast(${`P${a.payrollId}-D`} as text) || cast(cl.id as text), 'pending'
    from condolence_lines cl
    join households h on h.id = cl.household_id
    join (
      select hx.household_id, min(hx.id) as person_id
      from persons hx join households hh on hh.id = hx.household_id and hx.name = hh.bank_account_holder
      where hx.household_id in (select c2.household_id from condolence_lines c2 where c2.drive_id = ${a.driveId})
      group by hx.household_id
    ) hk on hk.household_id = cl.household_id
    join persons hp on hp.id = hk.person_id
    where cl.drive_id = ${a.driveId} and cl.cash > 0 and cl.status = 'pending'
      and coalesce(h.bank_account, '') <> '' and coalesce(hp.id_number, '') <> ''`.execute(trx);
  return Number(r.numAffectedRows ?? 0);
}
