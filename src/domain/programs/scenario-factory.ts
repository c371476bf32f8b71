/**
 * Factories for scenarios: valid plain objects with real ID numbers (STYLE.md "Factories").
 * A member is described by its birth date; the ID number is built from it, because the
 * calculation reads age from the ID number and nowhere else.
 */
import { buildIdNumber } from '../id-number.ts';
import type { Scenario, ScenarioMember } from './scenario.ts';

let sequence = 0;

/** A valid ID number of a person born on `birthDate` in 江岸区 (420102). */
export function idNumberBornOn(birthDate: string): string {
  sequence = (sequence % 998) + 1;
  return buildIdNumber({ areaCode: '420102', birthDate, sequence });
}

export type MemberOverrides = Partial<ScenarioMember> & { birthDate?: string };

export function buildMember(overrides: MemberOverrides = {}): ScenarioMember {
  const { birthDate = '1980-06-15', ...rest } = overrides;
  return {
    idNumber: idNumberBornOn(birthDate),
    relation: 'head',
    laborCapacity: 'full',
    student: false,
    employed: false,
    disability: null,
    seriousIllness: false,
    selfCare: null,
    inPrison: false,
    incomes: [],
    socialInsurance: 0,
    ...rest,
  };
}

export interface ScenarioOverrides {
  program?: Scenario['program'];
  asOf?: string;
  urban?: boolean;
  members?: ScenarioMember[];
  assets?: Partial<Scenario['household']['assets']>;
}

/** One urban adult with no income and no assets, calculated for dibao on 2025-06-15. */
export function buildScenario(overrides: ScenarioOverrides = {}): Scenario {
  return {
    program: overrides.program ?? 'dibao',
    asOf: overrides.asOf ?? '2025-06-15',
    household: {
      urban: overrides.urban ?? true,
      members: overrides.members ?? [buildMember()],
      assets: { financial: 0, vehicles: [], houses: 1, ...overrides.assets },
    },
  };
}
