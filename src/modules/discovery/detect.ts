import type { DbOrTrx } from '../../db/types.ts';
import { breadwinnerLead, ELDERLY_AGE, incomeLead, lookbackStart, medicalLead, registryLeads, unemploymentLead, type HouseholdMeans, type Lead } from '../../domain/discovery/rules.ts';
import { rateFraction } from '../../domain/policy.ts';
import { policyInForce } from '../policies/service.ts';
import * as q from './queries.ts';

/** The birth date `years` before `today` (29 February falls back to the 28th). */
function yearsBefore(today: string, years: number): string {
  const y = String(Number(today.slice(0, 4)) - years).padStart(4, '0');
  const md = today.slice(5) === '02-29' ? '02-28' : today.slice(5);
  return `${y}-${md}`;
}

/**
 * Every lead of the area on `today`: the facts gathered by a handful of set-based queries, each
 * household's means set against the standard of its own area (urban or rural), each rule decided
 * by src/domain/discovery/rules.ts. Returns the leads and the due-date days of the area.
 */
export async function detectLeads(db: DbOrTrx, areaCode: string, today: string): Promise<{ leads: Lead[]; areaOf: Map<number, string> }> {
  const scopePolicy = (await policyInForce(db, areaCode, today)).policy;
  const meansRows = await q.unassistedMeans(db, areaCode, scopePolicy.dibao.excludedIncomeTypes);
  const policies = new Map<string, Awaited<ReturnType<typeof policyInForce>>['policy']>();
  for (const area of new Set(meansRows.map((r) => r.areaCode))) policies.set(area, (await policyInForce(db, area, today)).policy);
  const households = new Map<number, HouseholdMeans & { row: q.MeansRow }>();
  for (const r of meansRows) {
    const p = policies.get(r.areaCode)!;
    households.set(r.householdId, {
      householdId: r.householdId,
      members: r.members,
      income: r.income,
      standard: r.urbanRural === 'urban' ? p.dibao.urbanStandard : p.dibao.ruralStandard,
      edge: rateFraction(p.dibao.edgeMultiplier),
      row: r,
    });
  }
  const leads: Lead[] = [];
  const add = (l: Lead | null) => {
    if (l) leads.push(l);
  };

  // 70 and over: born on or before today's date 70 years ago; under 18: born after it 18 years ago.
  const persons = await q.personsOfInterest(db, areaCode, { elderlyBorn: yearsBefore(today, ELDERLY_AGE), minorBorn: yearsBefore(today, 18) });
  for (const p of persons) {
    const h = households.get(p.householdId);
    if (!h) continue;
    const found = registryLeads(
      { personId: p.personId, householdId: p.householdId, birthDate: p.birthDate, relation: p.relation, disabilityGrade: p.disabilityGrade, flags: p.flags.split(',').filter(Boolean), hasPension: p.hasPension, livingMembers: h.members, parentPresent: h.row.parents > 0 },
      h,
      today,
    );
    // A child already paid an orphan allowance is assisted; the other rules still apply to her household.
    leads.push(...found.filter((l) => !(l.rule === 'child_without_parents' && p.childAssisted)));
  }
  for (const h of households.values()) {
    // A household never surveyed (no income item on file) has no income to compare: no lead.
    if (h.row.incomeItems > 0 && h.row.headPersonId !== null) add(incomeLead(h.row.headPersonId, h));
  }
  const since = lookbackStart(today);
  for (const m of await q.medicalSpending(db, areaCode, since)) {
    const h = households.get(m.householdId);
    if (h) add(medicalLead(m.personId, h, m.selfPaid, m.settlements));
  }
  for (const u of await q.unemploymentBenefits(db, areaCode)) {
    const h = households.get(u.householdId);
    if (h) add(unemploymentLead(u.personId, h, u.amount));
  }
  for (const d of await q.recentDeaths(db, areaCode, since)) {
    const h = households.get(d.householdId);
    if (h) add(breadwinnerLead(d, h));
  }
  return { leads, areaOf: new Map([...households.values()].map((h) => [h.householdId, h.row.areaCode])) };
}
