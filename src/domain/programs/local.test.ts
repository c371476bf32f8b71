import { describe, expect, it } from 'vitest';
import { evaluateLocalProgram, localProgramRulesSchema, type LocalEligibilityInput, type LocalMember, type LocalProgramDefinition } from './local.ts';

const rules = (r: object = {}) => localProgramRulesSchema.parse(r);

function def(over: Partial<Omit<LocalProgramDefinition, 'rules'>> & { rules?: object } = {}): LocalProgramDefinition {
  const { rules: r, ...rest } = over;
  return {
    code: 'local_zunlao',
    name: '尊老金',
    areaCode: '420102',
    subject: 'person',
    amountBasis: 'per_person',
    amount: 10000,
    kind: 'cash',
    effectiveFrom: '2026-01-01',
    effectiveTo: null,
    active: true,
    version: 3,
    rules: rules(r),
    ...rest,
  };
}

const member = (over: Partial<LocalMember> = {}): LocalMember => ({ personId: 1, birthDate: '1946-03-02', sex: 'male', disability: null, flags: [], inPrison: false, ...over });

function input(over: Partial<LocalEligibilityInput> & { members?: LocalMember[]; urban?: boolean; areaCode?: string } = {}): LocalEligibilityInput {
  const { members, urban, areaCode, ...rest } = over;
  return {
    asOf: '2026-03-02',
    household: { areaCode: areaCode ?? '420102010001', urban: urban ?? true, members: members ?? [member()] },
    subjectPersonId: 1,
    enrolments: [],
    ...rest,
  };
}

describe('evaluateLocalProgram (地方项目)', () => {
  it.each<[string, Parameters<typeof def>[0], Parameters<typeof input>[0], number]>([
    ['no rules: anyone in the area, the fixed amount', {}, {}, 10000],
    ['age 80 today, 80–89', { rules: { ageMin: 80, ageMax: 89 } }, {}, 10000],
    ['age 89, 80–89 (max inclusive)', { rules: { ageMin: 80, ageMax: 89 } }, { members: [member({ birthDate: '1936-03-03' })] }, 10000],
    ['sex female', { rules: { sex: 'female' } }, { members: [member({ sex: 'female' })] }, 10000],
    ['grade 1 or 2', { rules: { disabilityGrades: [1, 2] } }, { members: [member({ disability: { category: 'physical', grade: 2 } })] }, 10000],
    ['intellectual, any grade', { rules: { disabilityCategories: ['intellectual'] } }, { members: [member({ disability: { category: 'intellectual', grade: 4 } })] }, 10000],
    ['one of the flags', { rules: { flags: ['solitary_elderly', 'empty_nest'] } }, { members: [member({ flags: ['empty_nest'] })] }, 10000],
    ['rural household', { rules: { urbanRural: 'rural' } }, { urban: false }, 10000],
    ['required: enrolled in one of dibao/tekun (the household dibao)', { rules: { requiredPrograms: ['dibao', 'tekun'] } }, { enrolments: [{ program: 'dibao', personId: null }] }, 10000],
    ['required: the person own tekun', { rules: { requiredPrograms: ['tekun'] } }, { enrolments: [{ program: 'tekun', personId: 1 }] }, 10000],
    ['excluded program held by another member does not stop a person program', { rules: { excludedPrograms: ['tekun'] } }, { enrolments: [{ program: 'tekun', personId: 2 }] }, 10000],
    ['defined at the city applies to a community below', { areaCode: '4201' }, {}, 10000],
    ['last day in force', { effectiveTo: '2026-03-02' }, {}, 10000],
    ['first day in force', { effectiveFrom: '2026-03-02' }, {}, 10000],
  ])('eligible: %s', (_name, d, i, amount) => {
    const r = evaluateLocalProgram(def(d), input(i));
    expect(r).toMatchObject({ eligible: true, monthlyAmount: amount, reasons: [], coveredPersons: 1, policyVersion: 'local:local_zunlao@v3' });
  });

  it.each<[string, Parameters<typeof def>[0], Parameters<typeof input>[0], string[]]>([
    ['79, 80–89', { rules: { ageMin: 80, ageMax: 89 } }, { members: [member({ birthDate: '1946-03-03' })] }, ['age']],
    ['90, 80–89', { rules: { ageMin: 80, ageMax: 89 } }, { members: [member({ birthDate: '1936-03-02' })] }, ['age']],
    ['male, female only', { rules: { sex: 'female' } }, {}, ['local_sex']],
    ['not disabled', { rules: { disabilityGrades: [1, 2] } }, {}, ['local_disability']],
    ['grade 3, grades 1–2', { rules: { disabilityGrades: [1, 2] } }, { members: [member({ disability: { category: 'physical', grade: 3 } })] }, ['local_disability']],
    ['physical, intellectual only', { rules: { disabilityCategories: ['intellectual'], disabilityGrades: [1] } }, { members: [member({ disability: { category: 'physical', grade: 1 } })] }, ['local_disability']],
    ['no flag', { rules: { flags: ['solitary_elderly'] } }, {}, ['local_flags']],
    ['urban, rural only', { rules: { urbanRural: 'rural' } }, {}, ['local_urban_rural']],
    ['not enrolled in a required program', { rules: { requiredPrograms: ['dibao'] } }, { enrolments: [{ program: 'temporary', personId: 1 }] }, ['local_required_program']],
    ['stacking: enrolled in an excluded program (own)', { rules: { excludedPrograms: ['elderly_allowance'] } }, { enrolments: [{ program: 'elderly_allowance', personId: 1 }] }, ['local_excluded_program']],
    ['stacking: the household dibao excludes', { rules: { excludedPrograms: ['dibao'] } }, { enrolments: [{ program: 'dibao', personId: null }] }, ['local_excluded_program']],
    ['stacking: another local program excludes', { rules: { excludedPrograms: ['local_other'] } }, { enrolments: [{ program: 'local_other', personId: 1 }] }, ['local_excluded_program']],
    ['outside the area', {}, { areaCode: '420103001001' }, ['local_area']],
    ['a sibling district with a common prefix is outside', { areaCode: '420102' }, { areaCode: '420112001001' }, ['local_area']],
    ['inactive', { active: false }, {}, ['local_inactive']],
    ['not yet in force', { effectiveFrom: '2026-03-03' }, {}, ['local_not_in_force']],
    ['no longer in force', { effectiveTo: '2026-03-01' }, {}, ['local_not_in_force']],
    ['in prison', {}, { members: [member({ inPrison: true })] }, ['in_prison']],
    ['no subject', {}, { subjectPersonId: 99 }, ['no_subject']],
    ['several reasons at once', { active: false, rules: { sex: 'female', ageMin: 90 } }, {}, ['local_inactive', 'age', 'local_sex']],
  ])('not eligible: %s', (_name, d, i, reasons) => {
    const r = evaluateLocalProgram(def(d), input(i));
    expect(r).toMatchObject({ eligible: false, monthlyAmount: 0, reasons, coveredPersons: 0 });
  });

  describe('household programs', () => {
    const members = [
      member({ personId: 1, birthDate: '1950-01-01' }),
      member({ personId: 2, birthDate: '1952-01-01', sex: 'female', disability: { category: 'visual', grade: 1 } }),
      member({ personId: 3, birthDate: '2012-01-01' }),
      member({ personId: 4, birthDate: '1980-01-01', inPrison: true }),
    ];
    const household = (over: Parameters<typeof def>[0]) => def({ code: 'local_liangyou', name: '粮油卡', subject: 'household', amountBasis: 'per_household', amount: 5000, kind: 'in_kind', ...over });
    const at = (over: Parameters<typeof input>[0] = {}) => input({ members, subjectPersonId: null, ...over });

    it.each<[string, Parameters<typeof def>[0], Parameters<typeof input>[0], number, number]>([
      ['per household, no person rules: all members not in prison covered', {}, {}, 5000, 3],
      ['per covered person, no person rules', { amountBasis: 'per_covered_person' }, {}, 15000, 3],
      ['per covered person, 60 and over', { amountBasis: 'per_covered_person', rules: { ageMin: 60 } }, {}, 10000, 2],
      ['per household, one severely disabled member', { rules: { disabilityGrades: [1, 2] } }, {}, 5000, 1],
      ['required: a member enrolled', { rules: { requiredPrograms: ['disability_care'] } }, { enrolments: [{ program: 'disability_care', personId: 2 }] }, 5000, 3],
    ])('%s', (_name, d, i, amount, persons) => {
      const r = evaluateLocalProgram(household(d), at(i));
      expect(r).toMatchObject({ eligible: true, monthlyAmount: amount, coveredPersons: persons });
      expect(r.trace.find((s) => s.step === 'covered_persons')).toMatchObject({ value: persons });
    });

    it.each<[string, Parameters<typeof def>[0], Parameters<typeof input>[0], string[]]>([
      ['nobody 90 or over', { rules: { ageMin: 90 } }, {}, ['local_no_covered_person']],
      ['stacking: any member on tekun excludes the household', { rules: { excludedPrograms: ['tekun'] } }, { enrolments: [{ program: 'tekun', personId: 3 }] }, ['local_excluded_program']],
      ['only a member in prison', {}, { members: [member({ inPrison: true })] }, ['no_members']],
    ])('not eligible: %s', (_name, d, i, reasons) => {
      expect(evaluateLocalProgram(household(d), at(i))).toMatchObject({ eligible: false, monthlyAmount: 0, reasons });
    });
  });

  it('traces each rule in order, naming the definition and its version', () => {
    const r = evaluateLocalProgram(def({ rules: { ageMin: 80, excludedPrograms: ['tekun'] } }), input({ enrolments: [{ program: 'dibao', personId: null }] }));
    expect(r.trace.map((s) => s.step)).toEqual([
      'as_of', 'local_program', 'local_area_test', 'local_active_test', 'local_in_force_test', 'subject', 'subject_in_prison_test', 'age_test', 'excluded_program_test', 'eligible', 'local_amount', 'amount',
    ]);
    expect(r.trace[1]).toEqual({ step: 'local_program', value: '尊老金', detail: { code: 'local_zunlao', version: 3, kind: 'cash', areaCode: '420102' } });
    expect(r.trace.find((s) => s.step === 'excluded_program_test')).toEqual({ step: 'excluded_program_test', value: true, detail: { noneOf: ['tekun'], enrolled: ['dibao'], clash: [] } });
  });

  it('rejects contradictory rules', () => {
    expect(localProgramRulesSchema.safeParse({ ageMin: 90, ageMax: 80 }).success).toBe(false);
    expect(localProgramRulesSchema.safeParse({ requiredPrograms: ['dibao'], excludedPrograms: ['dibao'] }).success).toBe(false);
    expect(localProgramRulesSchema.safeParse({ flags: ['nope'] }).success).toBe(false);
  });
});
