import type { Scenario } from '../../domain/programs/index.ts';
import type { CalculatedProgram } from '../../domain/programs/index.ts';
import type { MeansTestData } from '../registry/service.ts';

/**
 * A registered household as a calculation scenario: the same JSON a caseworker could post
 * to /calculations, so a result on the household file can be reproduced by hand.
 */
export function scenarioFromHousehold(
  data: MeansTestData,
  program: CalculatedProgram,
  asOf: string,
  subjectPersonId?: number,
  otherBenefits: NonNullable<Scenario['household']['members'][number]['otherBenefits']> = [],
  /** the subject's live tekun enrolment (the disability subsidies do not stack with it) */
  onTekun = false,
): Scenario {
  return {
    program,
    asOf,
    areaCode: data.areaCode,
    household: {
      urban: data.urban,
      members: data.members.map((m) => ({
        idNumber: m.idNumber,
        relation: m.relation as Scenario['household']['members'][number]['relation'],
        laborCapacity: m.laborCapacity as Scenario['household']['members'][number]['laborCapacity'],
        student: m.student,
        employed: m.employment === 'employed' || m.employment === 'flexible',
        disability: m.disability as Scenario['household']['members'][number]['disability'],
        seriousIllness: m.health === 'serious',
        selfCare: m.selfCare as Scenario['household']['members'][number]['selfCare'],
        inPrison: m.inPrison,
        flags: m.flags as NonNullable<Scenario['household']['members'][number]['flags']>,
        ...(subjectPersonId === m.personId ? { subject: true, hasAbleObligor: data.hasAbleObligor, onTekun, otherBenefits } : {}),
        incomes: m.incomes as Scenario['household']['members'][number]['incomes'],
        socialInsurance: m.socialInsurance,
      })),
      assets: { financial: data.financialAssets, vehicles: data.vehicles, houses: data.houses },
    },
  };
}
