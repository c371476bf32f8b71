import type { Deps } from '../../deps.ts';
import type { Actor } from '../../domain/actor.ts';
import { DomainError } from '../../domain/errors.ts';
import { maskIdNumber } from '../../domain/masking.ts';
import { inlinePolicyVersionLabel } from '../../domain/policy.ts';
import { monthOf } from '../../domain/calendar.ts';
import { calculate, ORPHAN_OFFSET_PROGRAMS, type CalculatedProgram, type ProgramResult, type Scenario } from '../../domain/programs/index.ts';
import { recordRead } from '../audit/service.ts';
import { enrolmentsInMonth } from '../payments/service.ts';
import { policyInForce } from '../policies/service.ts';
import { meansTestData } from '../registry/service.ts';
import { scenarioFromHousehold } from './household-scenario.ts';

/**
 * Runs a scenario: with its own `policy` (a what-if, labelled inline/…) or the area's policy
 * in force on `asOf` (labelled by the rows it used).
 */
export async function calculateScenario(deps: Pick<Deps, 'db'>, scenario: Scenario): Promise<ProgramResult> {
  if (scenario.policy) return calculate(scenario, scenario.policy, inlinePolicyVersionLabel(scenario.policy));
  if (!scenario.areaCode) throw new DomainError('validation', 'calculation_area_required', { field: 'areaCode' });
  const inForce = await policyInForce(deps.db, scenario.areaCode, scenario.asOf);
  return calculate(scenario, inForce.policy, inForce.version);
}

/** A program run for a registered household on a date, with the scenario it was built from. */
export async function calculateForHousehold(
  deps: Deps,
  actor: Actor,
  householdId: number,
  input: { program: CalculatedProgram; asOf: string; subjectPersonId?: number | undefined },
): Promise<{ scenario: Scenario; result: ProgramResult; members: { personId: number; name: string }[] }> {
  const data = await meansTestData(deps.db, actor, householdId);
  const personLevel = !['dibao', 'dibao_edge'].includes(input.program);
  if (personLevel && !data.members.some((m) => m.personId === input.subjectPersonId)) {
    throw new DomainError('validation', 'calculation_subject_required', { field: 'subjectPersonId' });
  }
  const live = personLevel ? await liveBenefits(deps, householdId, input.subjectPersonId, input.program, input.asOf) : { benefits: [], onTekun: false };
  const scenario = scenarioFromHousehold(data, input.program, input.asOf, personLevel ? input.subjectPersonId : undefined, live.benefits, live.onTekun);
  const result = await calculateScenario(deps, scenario);
  // The scenario carries full ID numbers; what leaves the service shows them masked.
  return {
    scenario: {
      ...scenario,
      household: {
        ...scenario.household,
        members: scenario.household.members.map((m) => ({ ...m, idNumber: maskIdNumber(m.idNumber) })),
      },
    },
    result,
    members: data.members.map((m) => ({ personId: m.personId, name: m.name })),
  };
}

/**
 * 按户测算 as a user asks for it: the household's incomes, assets and members read into a
 * means test, audited as a read. A case's own calculation (transitions) is audited with its step.
 */
export async function viewHouseholdCalculation(
  deps: Deps,
  actor: Actor,
  householdId: number,
  input: { program: CalculatedProgram; asOf: string; subjectPersonId?: number | undefined },
) {
  const out = await calculateForHousehold(deps, actor, householdId, input);
  await recordRead(deps, actor, {
    action: 'read.calculation',
    entityType: 'household',
    entityId: householdId,
    areaCode: out.scenario.areaCode ?? null,
    detail: { program: input.program, asOf: input.asOf, subjectPersonId: input.subjectPersonId ?? null },
  });
  return out;
}

/**
 * What the subject already receives in the month, from live enrolments (issue 17: stacking is
 * enforced when calculating a registered household): `onTekun` when the person is enrolled in
 * tekun (the disability subsidies then refuse), and the other benefits — for the orphan
 * allowance those it is reduced by (补差, below), for other programs every other live one, so
 * the trace names them.
 */
async function liveBenefits(deps: Deps, householdId: number, personId: number | undefined, program: CalculatedProgram, asOf: string) {
  if (program === 'orphan' || program === 'de_facto_orphan') {
    const benefits = await orphanOffsets(deps, householdId, personId, asOf);
    return { benefits, onTekun: benefits.some((b) => b.program === 'tekun' && b.householdPersons === undefined) };
  }
  const enrolments = (await enrolmentsInMonth(deps.db, householdId, monthOf(asOf))).filter((e) => e.program !== program && (e.personId === personId || e.personId === null));
  return {
    onTekun: enrolments.some((e) => e.program === 'tekun' && e.personId === personId),
    benefits: enrolments.slice(0, 20).map((e) => ({
      program: e.program,
      monthly: e.amount,
      enrolmentId: e.enrolmentId,
      ...(e.personId === null ? { householdPersons: Math.min(50, Math.max(1, e.coveredPersons)) } : {}),
    })),
  };
}

/**
 * 补差: what the child really receives in the month, from the enrolment tables — the child's own
 * enrolments, and the household's (dibao) with its covered persons so the calculation takes the
 * child's per-capita share. Never a figure typed by the user.
 */
async function orphanOffsets(deps: Deps, householdId: number, personId: number | undefined, asOf: string) {
  const enrolments = await enrolmentsInMonth(deps.db, householdId, monthOf(asOf));
  return enrolments
    .filter((e) => ORPHAN_OFFSET_PROGRAMS.includes(e.program) && (e.personId === personId || e.personId === null))
    .map((e) => ({
      program: e.program,
      monthly: e.amount,
      enrolmentId: e.enrolmentId,
      ...(e.personId === null ? { householdPersons: Math.min(50, Math.max(1, e.coveredPersons)) } : {}),
    }));
}

export { explain } from './explanation.ts';
