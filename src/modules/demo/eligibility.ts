import type { Policy } from '../../domain/policy.ts';
import { calculate, type CalculatedProgram, type ProgramResult, type Scenario } from '../../domain/programs/index.ts';
import type { NewHousehold } from '../registry/schema.ts';

/**
 * A generated household as a calculation scenario, in memory, before it is inserted: the same
 * mapping `scenarioFromHousehold` (calculations) applies to a household read back from the
 * registry (`meansTestData`), so a demo enrolment is what the calculation would say about the
 * file a caseworker opens. The demo test checks that by recalculating from the database.
 */
export function scenarioOfPayload(h: NewHousehold, program: CalculatedProgram, asOf: string, subjectIdNumber?: string): Scenario {
  const able = h.obligors.some((o) => o.ableToSupport);
  // The registry lists the head first, then members by id (insertion order). On a past date a
  // child born since was not yet a member.
  const born = (idNumber: string) => `${idNumber.slice(6, 10)}-${idNumber.slice(10, 12)}-${idNumber.slice(12, 14)}` <= asOf;
  const members = h.members.filter((m) => born(m.idNumber)).sort((a, b) => Number(b.relation === 'head') - Number(a.relation === 'head'));
  return {
    program,
    asOf,
    areaCode: h.areaCode,
    household: {
      urban: h.urbanRural === 'urban',
      members: members.map((m) => ({
        idNumber: m.idNumber,
        relation: m.relation,
        laborCapacity: m.laborCapacity,
        student: m.student,
        employed: m.employment === 'employed' || m.employment === 'flexible',
        disability: m.disability ? { category: m.disability.category, grade: m.disability.grade } : null,
        seriousIllness: m.health === 'serious',
        selfCare: m.selfCare ?? null,
        inPrison: m.inPrison,
        flags: m.flags,
        ...(subjectIdNumber === m.idNumber ? { subject: true, hasAbleObligor: able, onTekun: false, otherBenefits: [] } : {}),
        incomes: h.incomes.filter((i) => i.idNumber === m.idNumber).map((i) => ({ type: i.type, monthly: i.monthly })),
        socialInsurance: h.deductions.filter((d) => d.idNumber === m.idNumber).reduce((s, d) => s + d.monthly, 0),
      })),
      assets: {
        financial: h.assets.filter((a) => a.type === 'deposit' || a.type === 'securities').reduce((s, a) => s + a.value, 0),
        vehicles: h.assets.filter((a) => a.type === 'vehicle').map((a) => ({ exempt: a.exempt })),
        houses: h.assets.filter((a) => a.type === 'house').length,
      },
    },
  };
}

/** The policy a community's households are calculated with, and its version label. */
export interface DemoPolicy {
  policy: Policy;
  version: string;
}

export function calculateFor(h: NewHousehold, program: CalculatedProgram, asOf: string, p: DemoPolicy, subjectIdNumber?: string): ProgramResult {
  return calculate(scenarioOfPayload(h, program, asOf, subjectIdNumber), p.policy, p.version);
}
