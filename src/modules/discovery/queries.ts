/**
 * 主动发现 and 低收入人口: set-based queries (both engines). The discovery queries read the
 * households of an area that are not assisted — no dibao, tekun or edge enrolment that is not
 * stopped, and no such application still in progress — and the facts each rule needs; the rules
 * themselves are in src/domain/discovery/rules.ts.
 */
import { sql, type RawBuilder, type SqlBool } from 'kysely';
import type { DbOrTrx } from '../../db/types.ts';

const n = (v: number | string | bigint | null | undefined) => Number(v ?? 0);

/** `h` (households) is not assisted (dibao, tekun, edge) and has no application for it in progress. */
const unassisted: RawBuilder<SqlBool> = sql<SqlBool>`not exists (select 1 from enrolments e where e.household_id = h.id and e.status <> 'stopped' and e.program in ('dibao', 'tekun', 'dibao_edge'))
  and not exists (select 1 from applications a where a.household_id = h.id and a.program in ('dibao', 'tekun', 'dibao_edge') and a.state not in ('approved', 'rejected', 'withdrawn'))`;
/** `p` (persons) lives in the household for the means test: alive and not serving a sentence. */
const living = sql<SqlBool>`p.life_status = 'alive' and p.in_prison = 0`;

export interface MeansRow {
  householdId: number;
  areaCode: string;
  urbanRural: 'urban' | 'rural';
  headPersonId: number | null;
  members: number;
  /** counted income less deductions, fen per month */
  income: number;
  /** income items on file (any type): a household never surveyed has none */
  incomeItems: number;
  /** the head or the spouse lives in the household */
  parents: number;
}

/**
 * Every unassisted household of the area with its living members and their counted monthly
 * income (the registry's income items less the excluded types, less deductions). A screening,
 * not the means test: the work-cost allowance and the asset limits are the application's.
 */
export async function unassistedMeans(db: DbOrTrx, scope: string, excludedTypes: readonly string[]): Promise<MeansRow[]> {
  const excluded = excludedTypes.length > 0 ? sql`and i.type not in (${sql.join(excludedTypes)})` : sql``;
  const rows = await sql<{ id: number; area_code: string; urban_rural: 'urban' | 'rural'; head_person_id: number | null; members: number | string; parents: number | string; income: number | string; deductions: number | string; items: number | string }>`
    select h.id, h.area_code, h.urban_rural, h.head_person_id,
      (select count(*) from persons p where p.household_id = h.id and ${living}) as members,
      (select count(*) from persons p where p.household_id = h.id and ${living} and p.relation in ('head', 'spouse')) as parents,
      (select coalesce(sum(i.monthly), 0) from income_items i inner join persons p on p.id = i.person_id where i.household_id = h.id and ${living} ${excluded}) as income,
      (select coalesce(sum(d.monthly), 0) from deductions d inner join persons p on p.id = d.person_id where d.household_id = h.id and ${living}) as deductions,
      (select count(*) from income_items i where i.household_id = h.id) as items
    from households h
    where h.area_code like ${`${scope}%`} and h.status = 'active' and ${unassisted}
  `.execute(db);
  return rows.rows.map((r) => ({
    householdId: n(r.id),
    areaCode: r.area_code,
    urbanRural: r.urban_rural,
    headPersonId: r.head_person_id === null ? null : n(r.head_person_id),
    members: n(r.members),
    income: n(r.income) - n(r.deductions),
    incomeItems: n(r.items),
    parents: n(r.parents),
  }));
}

export interface PersonRow {
  personId: number;
  householdId: number;
  birthDate: string;
  relation: string;
  disabilityGrade: number | null;
  flags: string;
  hasPension: boolean;
  /** an orphan or de-facto-orphan allowance not stopped */
  childAssisted: boolean;
}

/**
 * The living persons of unassisted households whom a registry rule may name: severely disabled
 * (grade 1–2), `elderlyBorn` or earlier (70 and over), or born after `minorBorn` (under 18).
 */
export async function personsOfInterest(db: DbOrTrx, scope: string, bounds: { elderlyBorn: string; minorBorn: string }): Promise<PersonRow[]> {
  const rows = await sql<{ id: number; household_id: number; birth_date: string; relation: string; disability_grade: number | null; flags: string; pension: number | string; child_assisted: number | string }>`
    select p.id, p.household_id, p.birth_date, p.relation, p.disability_grade, p.flags,
      (case when exists (select 1 from income_items i where i.person_id = p.id and i.type = 'pension' and i.monthly > 0)
        or exists (select 1 from source_records r where r.id_number = p.id_number and r.source_id = 'social_insurance' and r.kind = 'pension') then 1 else 0 end) as pension,
      (case when exists (select 1 from enrolments e where e.person_id = p.id and e.status <> 'stopped' and e.program in ('orphan', 'de_facto_orphan')) then 1 else 0 end) as child_assisted
    from persons p inner join households h on h.id = p.household_id
    where h.area_code like ${`${scope}%`} and h.status = 'active' and ${living} and ${unassisted}
      and (p.disability_grade <= 2 or p.birth_date <= ${bounds.elderlyBorn} or p.birth_date > ${bounds.minorBorn})
  `.execute(db);
  return rows.rows.map((r) => ({
    personId: n(r.id),
    householdId: n(r.household_id),
    birthDate: r.birth_date,
    relation: r.relation,
    disabilityGrade: r.disability_grade === null ? null : n(r.disability_grade),
    flags: r.flags,
    hasPension: n(r.pension) > 0,
    childAssisted: n(r.child_assisted) > 0,
  }));
}

/** Self-paid medical costs (医保) since `since`, per living person of an unassisted household. */
export async function medicalSpending(db: DbOrTrx, scope: string, since: string): Promise<{ personId: number; householdId: number; selfPaid: number; settlements: number }[]> {
  const rows = await sql<{ id: number; household_id: number; total: number | string; settlements: number | string }>`
    select p.id, p.household_id, sum(r.amount) as total, count(*) as settlements
    from source_records r
      inner join persons p on p.id_number = r.id_number
      inner join households h on h.id = p.household_id
    where r.source_id = 'medical_insurance' and r.kind = 'medical_expense' and r.event_date >= ${since}
      and h.area_code like ${`${scope}%`} and h.status = 'active' and ${living} and ${unassisted}
    group by p.id, p.household_id
  `.execute(db);
  return rows.rows.map((r) => ({ personId: n(r.id), householdId: n(r.household_id), selfPaid: n(r.total), settlements: n(r.settlements) }));
}

/** 人社 unemployment-benefit records of living persons of unassisted households. */
export async function unemploymentBenefits(db: DbOrTrx, scope: string): Promise<{ personId: number; householdId: number; amount: number | null }[]> {
  const rows = await sql<{ id: number; household_id: number; amount: number | string | null }>`
    select p.id, p.household_id, max(r.amount) as amount
    from source_records r
      inner join persons p on p.id_number = r.id_number
      inner join households h on h.id = p.household_id
    where r.source_id = 'social_insurance' and r.kind = 'unemployment'
      and h.area_code like ${`${scope}%`} and h.status = 'active' and ${living} and ${unassisted}
    group by p.id, p.household_id
  `.execute(db);
  return rows.rows.map((r) => ({ personId: n(r.id), householdId: n(r.household_id), amount: r.amount === null ? null : n(r.amount) }));
}

/**
 * Deaths (公安) and cremations (殡葬) since `since` of members of unassisted households, with the
 * deceased's earned monthly income on file (wage, business, pension).
 */
export async function recentDeaths(db: DbOrTrx, scope: string, since: string): Promise<{ personId: number; householdId: number; alive: boolean; eventDate: string; income: number }[]> {
  const rows = await sql<{ id: number; household_id: number; life_status: string; event_date: string; income: number | string }>`
    select p.id, p.household_id, p.life_status, min(r.event_date) as event_date,
      (select coalesce(sum(i.monthly), 0) from income_items i where i.person_id = p.id and i.type in ('wage', 'business', 'pension')) as income
    from source_records r
      inner join persons p on p.id_number = r.id_number
      inner join households h on h.id = p.household_id
    where ((r.source_id = 'public_security' and r.kind = 'death') or (r.source_id = 'funeral' and r.kind = 'cremation')) and r.event_date >= ${since}
      and h.area_code like ${`${scope}%`} and h.status = 'active' and ${unassisted}
    group by p.id, p.household_id, p.life_status
  `.execute(db);
  return rows.rows.map((r) => ({ personId: n(r.id), householdId: n(r.household_id), alive: r.life_status === 'alive', eventDate: r.event_date, income: n(r.income) }));
}
