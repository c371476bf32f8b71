import type { DbOrTrx } from '../../db/types.ts';

/** Approved monthly payrolls made for the community or an area above it. */
export async function approvedPayrollsCovering(db: DbOrTrx, areaCodes: string[]) {
  return db
    .selectFrom('payrolls')
    .select(['id', 'program', 'month', 'area_code', 'approved_at'])
    .where('kind', '=', 'monthly')
    .where('status', '=', 'approved')
    .where('area_code', 'in', areaCodes)
    .execute();
}

/** The regular lines of those payrolls for the community's households, with the recipient's name. */
export async function rosterLines(db: DbOrTrx, payrollIds: number[], communityCode: string) {
  if (payrollIds.length === 0) return [];
  return db
    .selectFrom('payroll_lines as l')
    .innerJoin('enrolments as e', 'e.id', 'l.enrolment_id')
    .innerJoin('households as h', 'h.id', 'e.household_id')
    .leftJoin('persons as p', (j) => j.on((eb) => eb('p.id', '=', eb.fn.coalesce('e.person_id', 'h.head_person_id'))))
    .select(['l.payroll_id', 'l.enrolment_id', 'l.program', 'l.for_month', 'l.amount', 'l.persons', 'l.payee_name', 'p.name as subject_name'])
    .where('l.payroll_id', 'in', payrollIds)
    .where('l.area_code', '=', communityCode)
    .where('l.kind', '=', 'regular')
    .orderBy('l.program')
    .orderBy('l.enrolment_id')
    .execute();
}
