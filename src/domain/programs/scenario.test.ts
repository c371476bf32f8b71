import { describe, expect, it } from 'vitest';
import { demoPolicy } from '../policy.ts';
import { scenarioSchema } from './scenario.ts';
import { buildMember, buildScenario } from './scenario-factory.ts';

/** The JSON a caller posts, with every field of issue 4's shape. */
type Json = Record<string, unknown> & { household: { members: Record<string, unknown>[]; assets: Record<string, unknown> } };

function json(): Json {
  return JSON.parse(
    JSON.stringify({
      program: 'tekun',
      asOf: '2025-06-15',
      areaCode: '420102010001',
      household: {
        urban: true,
        members: [
          {
            ...buildMember({ birthDate: '1950-01-01', subject: true, hasAbleObligor: false, onTekun: false }),
            disability: { category: 'physical', grade: 2 },
            selfCare: 'partial',
            otherBenefits: [{ program: 'disability_living', monthly: 12000 }],
            incomes: [{ type: 'pension', monthly: 30000 }],
          },
        ],
        assets: { financial: 100000, vehicles: [{ exempt: true }], houses: 1 },
      },
    }),
  );
}

const issuePaths = (input: unknown) =>
  scenarioSchema.safeParse(input).error?.issues.map((i) => i.path.join('.')) ?? [];

describe('scenarioSchema', () => {
  it('accepts the full shape, with and without an inline policy', () => {
    expect(scenarioSchema.parse(json())).toMatchObject({ program: 'tekun', asOf: '2025-06-15' });
    expect(scenarioSchema.parse({ ...json(), policy: demoPolicy }).policy).toEqual(demoPolicy);
    const built = buildScenario();
    expect(scenarioSchema.parse(built)).toEqual(built);
  });

  it('takes rates written as JSON numbers in an inline policy and keeps them exact', () => {
    const increments = { severeDisability: 0.3, seriousIllness: 0.2, age70: 0.1, minorOrStudent: 0.1 };
    const policy = { ...demoPolicy, tekun: { ...demoPolicy.tekun, multiplier: 1.3 }, dibao: { ...demoPolicy.dibao, workCostShare: 0.2, increments, edgeMultiplier: 1.5 } };
    const parsed = scenarioSchema.parse({ ...json(), policy }).policy!;
    expect(parsed).toEqual(demoPolicy);
    expect(parsed.tekun.multiplier).toBe('1.3');
  });

  it('accepts a legacy 15-digit ID number', () => {
    const input = json();
    input.household.members[0]!.idNumber = '420102500101123';
    expect(issuePaths(input)).toEqual([]);
  });

  it.each<[string, (s: Json) => void, string]>([
    ['an unknown top-level field', (s) => { s.extra = 1; }, ''],
    ['an unknown member field', (s) => { s.household.members[0]!.name = '张三'; }, 'household.members.0'],
    ['an unknown asset field', (s) => { s.household.assets.cash = 1; }, 'household.assets'],
    ['a program without a calculation', (s) => { s.program = 'temporary'; }, 'program'],
    ['a date that does not exist', (s) => { s.asOf = '2025-02-29'; }, 'asOf'],
    ['an area code of 5 digits', (s) => { s.areaCode = '42010'; }, 'areaCode'],
    ['a wrong check character', (s) => { s.household.members[0]!.idNumber = String(s.household.members[0]!.idNumber).slice(0, 17) + 'Y'; }, 'household.members.0.idNumber'],
    ['a person born after the calculation date', (s) => { s.household.members[0]!.idNumber = buildMember({ birthDate: '2025-06-16' }).idNumber; }, 'household.members.0.idNumber'],
    ['a fractional amount of fen', (s) => { s.household.members[0]!.socialInsurance = 10.5; }, 'household.members.0.socialInsurance'],
    ['a negative income', (s) => { s.household.members[0]!.incomes = [{ type: 'wage', monthly: -1 }]; }, 'household.members.0.incomes.0.monthly'],
    ['an unknown income type', (s) => { s.household.members[0]!.incomes = [{ type: 'gift', monthly: 1 }]; }, 'household.members.0.incomes.0.type'],
    ['disability grade 5', (s) => { s.household.members[0]!.disability = { category: 'physical', grade: 5 }; }, 'household.members.0.disability.grade'],
    ['no members', (s) => { s.household.members = []; }, 'household.members'],
    ['two subjects', (s) => { s.household.members.push({ ...s.household.members[0]!, idNumber: buildMember().idNumber }); }, 'household.members'],
    ['a rate in an inline policy too fine to be a decimal', (s) => {
      s.policy = { ...demoPolicy, tekun: { ...demoPolicy.tekun, multiplier: 1e-9 } };
    }, 'policy.tekun.multiplier'],
  ])('rejects %s, naming the field', (_name, mutate, path) => {
    const input = json();
    mutate(input);
    expect(issuePaths(input)).toContain(path);
  });
});
