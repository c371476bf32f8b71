/**
 * The built-in programs' names, in one place for every page. The Chinese names are the
 * server's own (src/domain/programs/names.ts, as notices and reports print them), imported
 * rather than copied; the English ones sit beside them here with the same codes
 * (programs.test.ts checks). Local programs' names come from the API (programs/local-names.ts).
 */
import { PROGRAM_NAMES } from '../../src/domain/programs/names.ts';

const PROGRAM_NAMES_EN: Readonly<Record<string, string>> = {
  dibao: 'Minimum living allowance',
  tekun: 'Extremely poor support',
  temporary: 'Temporary assistance',
  disability_living: 'Disability living subsidy',
  disability_care: 'Severe disability care subsidy',
  elderly_allowance: 'High-age allowance',
  orphan: 'Orphan allowance',
  de_facto_orphan: 'De facto orphan allowance',
  dibao_edge: 'Low-income (dibao edge)',
  elderly_care_subsidy: 'Elderly care subsidy',
  veteran_survivor_pension: 'Survivors pension (martyrs, death on duty or by illness)',
  veteran_disability_pension: 'Disabled servicemen pension',
  veteran_demobilised_subsidy: 'Demobilised servicemen subsidy',
  veteran_ill_subsidy: 'Subsidy for veterans returned ill',
  veteran_war_subsidy: 'War and test veterans subsidy',
  veteran_militia_subsidy: 'Militia war veterans subsidy',
  conscript_family_allowance: 'Conscript family allowance',
  veteran_spring_festival: 'Spring Festival payment to entitled groups',
  condolence: 'Condolence drive cash',
};

export const programNames: Readonly<Record<'zh-CN' | 'en', Readonly<Record<string, string>>>> = {
  'zh-CN': PROGRAM_NAMES,
  en: PROGRAM_NAMES_EN,
};

/** The names of the codes given, in that order — a page's own choice of programs, named from the one place. */
export function programNamesOf(lang: 'zh-CN' | 'en', codes: readonly string[]): Record<string, string> {
  return Object.fromEntries(codes.map((code) => [code, programNames[lang][code] ?? PROGRAM_NAMES[code] ?? code]));
}
