import type { Deps } from '../../deps.ts';
import { CATEGORY_DIGITS, type DisabilityCategory } from '../../domain/welfare/disability.ts';
import { evaluateEmploymentBase } from '../../domain/welfare/disability.ts';

const CHUNK = 200;

/**
 * 残疾人、儿童、优抚 in the demo district (issue 22 point 6): a certificate for every person the
 * fill made disabled (the person's certificate number then follows it), a child record for every
 * orphan and de-facto orphan under 18, and two employment bases of the demo community — one that
 * meets the criteria and one that misses by a little. Rows as the services would write them.
 */
export async function seedWelfareRegisters(deps: Deps, o: { areaCode: string; community: string | null; today: string }) {
  const now = new Date(deps.clock.now()).toISOString();
  const persons = await deps.db
    .selectFrom('persons as p')
    .innerJoin('households as h', 'h.id', 'p.household_id')
    .select(['p.id', 'p.id_number', 'p.birth_date', 'p.flags', 'p.disability_category', 'p.disability_grade', 'p.household_id', 'h.area_code'])
    .where('h.area_code', 'like', `${o.areaCode}%`)
    .where((eb) => eb.or([eb('p.disability_grade', 'is not', null), eb('p.flags', 'like', '%orphan%')]))
    // An appended fill adds the new persons only.
    .where((eb) => eb.not(eb.exists(eb.selectFrom('disability_certificates as c').select('c.id').whereRef('c.person_id', '=', 'p.id'))))
    .where((eb) => eb.not(eb.exists(eb.selectFrom('child_records as r').select('r.id').whereRef('r.person_id', '=', 'p.id'))))
    .orderBy('p.id')
    .execute();
  const certs = persons
    .filter((p) => p.disability_category && p.disability_grade && CATEGORY_DIGITS[p.disability_category as DisabilityCategory])
    .map((p, i) => {
      const number = `${p.id_number}${CATEGORY_DIGITS[p.disability_category as DisabilityCategory]}${p.disability_grade}`;
      const issued = `${2016 + (i % 8)}-${String((i % 12) + 1).padStart(2, '0')}-15`;
      return {
        person_id: p.id, household_id: p.household_id!, area_code: p.area_code, number, category: p.disability_category!, grade: p.disability_grade!,
        issued_on: issued, review_on: `${Number(issued.slice(0, 4)) + 10}${issued.slice(4)}`, status: 'valid', note: null, created_by: null, created_at: now, updated_at: now,
      };
    });
  const minorSince = `${Number(o.today.slice(0, 4)) - 18}${o.today.slice(4)}`;
  const children = persons
    .filter((p) => p.birth_date > minorSince && (p.flags.split(',').includes('orphan') || p.flags.split(',').includes('de_facto_orphan')))
    .map((p) => {
      const orphan = p.flags.split(',').includes('orphan');
      return {
        person_id: p.id, household_id: p.household_id!, area_code: p.area_code, kind: orphan ? 'orphan' : 'de_facto_orphan', status: 'active',
        reason: orphan ? 'both_parents_dead' : 'parents_imprisoned', guardian_name: '祖父母', guardian_relation: '祖父母', guardian_phone: null,
        agreement_signed_on: '2024-03-01', agreement_until: null, parent_away: null, parent_away_place: null, carer_name: null, carer_relation: null,
        started_on: '2024-03-01', ended_on: null, end_reason: null, note: null, created_by: null, created_at: now, updated_at: now,
      };
    });
  await deps.db.transaction().execute(async (trx) => {
    for (let i = 0; i < certs.length; i += CHUNK) {
      const chunk = certs.slice(i, i + CHUNK);
      await trx.insertInto('disability_certificates').values(chunk).execute();
    }
    for (const c of certs) await trx.updateTable('persons').set({ disability_certificate: c.number }).where('id', '=', c.person_id).execute();
    for (let i = 0; i < children.length; i += CHUNK) await trx.insertInto('child_records').values(children.slice(i, i + CHUNK)).execute();
    const year = Number(o.today.slice(0, 4)) - 1;
    const hasBases = o.community === null || (await trx.selectFrom('employment_bases').select('id').where('area_code', '=', o.community).executeTakeFirst());
    for (const b of hasBases ? [] : [
      { name: '阳光手工编织就业扶贫基地', operator: '江岸区巧手编织合作社', disabled_employees: 14, households_served: 6, annual_output: 26_000_000, per_capita_income: 1_360_000 },
      { name: '二七社区洗车就业扶贫基地', operator: '武汉市惠民洗车服务部', disabled_employees: 8, households_served: 17, annual_output: 9_200_000, per_capita_income: 1_050_000 },
    ]) {
      const facts = { ...b, year, applied_on: `${year}-04-10`, inspected_on: `${year}-07-16` };
      const e = evaluateEmploymentBase({ year, appliedOn: facts.applied_on, inspectedOn: facts.inspected_on, disabledEmployees: b.disabled_employees, householdsServed: b.households_served, annualOutput: b.annual_output, perCapitaIncome: b.per_capita_income });
      const evaluatedOn = `${year}-07-31`;
      await trx
        .insertInto('employment_bases')
        .values({ ...facts, area_code: o.community!, status: e.qualified ? 'qualified' : 'not_qualified', evaluation: JSON.stringify({ baseId: 0, evaluatedOn, ...e }), evaluated_on: evaluatedOn, created_by: null, created_at: now, updated_at: now })
        .execute();
    }
  });
  return { certificates: certs.length, children: children.length };
}
