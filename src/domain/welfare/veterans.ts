/**
 * 优抚对象 (issue 22): the entitled groups, their documents, and what a recipient's death sets
 * off. Pure: no I/O.
 */

/** 重点优抚对象 groups (《军人抚恤优待条例》) and the conscript's family. */
export const ENTITLED_GROUPS = [
  'disabled_serviceman', // 残疾军人
  'martyr_survivor', // 烈士遗属
  'duty_death_survivor', // 因公牺牲军人遗属
  'illness_death_survivor', // 病故军人遗属
  'demobilised', // 在乡复员军人
  'ill_veteran', // 带病回乡退伍军人
  'war_veteran', // 参战参试退役人员
  'conscript_family', // 义务兵家属
  'militia_war_veteran', // 参战民兵民工 (appended: a later group)
] as const;
export type EntitledGroup = (typeof ENTITLED_GROUPS)[number];

/** The document each group holds: 残疾军人证, 烈士证明书 / 遗属证, 复员证, 入伍通知书 … */
export const DOCUMENT_KINDS = ['disabled_serviceman_card', 'martyr_certificate', 'survivor_card', 'demobilisation_card', 'discharge_card', 'enlistment_notice', 'other'] as const;

/** 伤残等级 of a disabled serviceman (1–10); the other groups have none. */
export function checkDisabilityLevel(group: EntitledGroup, level: number | null | undefined): { code: 'veteran_level_required' | 'veteran_level_only_disabled'; field: 'disabilityLevel' } | null {
  if (group === 'disabled_serviceman' && (level === null || level === undefined)) return { code: 'veteran_level_required', field: 'disabilityLevel' };
  if (group !== 'disabled_serviceman' && level !== null && level !== undefined) return { code: 'veteran_level_only_disabled', field: 'disabilityLevel' };
  return null;
}

/** Days within which the family of a deceased recipient is visited (吊唁慰问). */
export const CONDOLENCE_DAYS = 7;

/**
 * A recipient's death: the record ends on the day of death and a task to comfort the family is
 * due within a week (the survivor's pension, if any, is then assessed by the county).
 */
export function deathFollowUp(deathDate: string, name: string): { kind: 'condolence'; dueOn: string; reason: string } {
  const d = new Date(`${deathDate}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + CONDOLENCE_DAYS);
  return { kind: 'condolence', dueOn: d.toISOString().slice(0, 10), reason: `优抚对象${name}于 ${deathDate} 去世，走访慰问家属` };
}

/**
 * 优先: an active entitled person is enrolled first in dibao and tekun and first in temporary
 * assistance (seed 002). The register answers the question; queues read it.
 */
export const PRIORITY_PROGRAMS = ['dibao', 'tekun', 'temporary'] as const;

/** The registry flag an active registration sets on the person (persons.flags). */
export const ENTITLED_FLAG = 'entitled_group';

export function hasPriority(records: readonly { status: string }[]): boolean {
  return records.some((r) => r.status === 'active');
}

/**
 * 优抚金 through the payroll (issue 22 point 3): the eight payment lines of the seeds (seed 002:
 * 三属定期抚恤金, 伤残人员定期抚恤, 在乡复员军人定期补助, 带病回乡退伍军人定期补助, “两参”人员
 * 定期补助, 出国参战民兵民工定期补助, 春节一次性生活补助, 义务兵家属优待金), each a program a
 * county prepares payrolls for like any other. The periodic ones pay monthly (or by the area's
 * payments.periods, e.g. quarterly) the amount the policy sets for the recipient's group; the
 * conscript family's yearly allowance and the Spring Festival one-off are paid by lump-sum
 * payrolls only, at the policy's amount.
 */
export const VETERAN_PROGRAMS = [
  'veteran_survivor_pension', // 定期抚恤金（烈士、因公牺牲、病故军人遗属）
  'veteran_disability_pension', // 残疾军人伤残抚恤金
  'veteran_demobilised_subsidy', // 在乡复员军人定期定量补助
  'veteran_ill_subsidy', // 带病回乡退伍军人定期生活补助
  'veteran_war_subsidy', // 参战参试退役人员生活补助
  'veteran_militia_subsidy', // 参战民兵民工生活补助
  'conscript_family_allowance', // 义务兵家庭优待金 (yearly, per household)
  'veteran_spring_festival', // 春节慰问金 (one-off, each 重点优抚对象)
] as const;
export type VeteranProgram = (typeof VETERAN_PROGRAMS)[number];
export const isVeteranProgram = (code: string): code is VeteranProgram => (VETERAN_PROGRAMS as readonly string[]).includes(code);

/** Paid by lump-sum payrolls only: a regular monthly payroll of these is refused. */
export const LUMP_SUM_ONLY_PROGRAMS: readonly VeteranProgram[] = ['conscript_family_allowance', 'veteran_spring_festival'];

/** The periodic line each group is paid by (the conscript's family: the yearly allowance). */
export const GROUP_PROGRAM: Record<EntitledGroup, VeteranProgram> = {
  disabled_serviceman: 'veteran_disability_pension',
  martyr_survivor: 'veteran_survivor_pension',
  duty_death_survivor: 'veteran_survivor_pension',
  illness_death_survivor: 'veteran_survivor_pension',
  demobilised: 'veteran_demobilised_subsidy',
  ill_veteran: 'veteran_ill_subsidy',
  war_veteran: 'veteran_war_subsidy',
  militia_war_veteran: 'veteran_militia_subsidy',
  conscript_family: 'conscript_family_allowance',
};

/** The policy's 优抚 amounts (policy.veterans). */
export interface VeteranAmounts {
  /** fen per month per recipient, by group (the conscript's family has none: see below) */
  monthlyAmounts: Record<Exclude<EntitledGroup, 'conscript_family'>, number>;
  /** 义务兵家庭优待金: fen per household per year */
  conscriptFamilyYearly: number;
  /** 春节慰问金: fen per recipient, once a year */
  springFestival: number;
}

export interface BenefitLine {
  program: VeteranProgram;
  /** what a regular payroll pays per month (0 for the lump-sum-only lines) */
  monthlyAmount: number;
  /** the policy key the amount comes from, for the frozen calculation */
  policyKey: string;
  amount: number;
}

/**
 * The lines a recipient of `group` is enrolled in when the county decides the benefits: the
 * group's periodic line and, for every 重点优抚对象 (not the conscript's family), the Spring
 * Festival one-off.
 */
export function benefitLines(group: EntitledGroup, amounts: VeteranAmounts): BenefitLine[] {
  if (group === 'conscript_family') {
    return [{ program: 'conscript_family_allowance', monthlyAmount: 0, policyKey: 'veterans.conscriptFamilyYearly', amount: amounts.conscriptFamilyYearly }];
  }
  const monthly = amounts.monthlyAmounts[group];
  return [
    { program: GROUP_PROGRAM[group], monthlyAmount: monthly, policyKey: `veterans.monthlyAmounts.${group}`, amount: monthly },
    { program: 'veteran_spring_festival', monthlyAmount: 0, policyKey: 'veterans.springFestival', amount: amounts.springFestival },
  ];
}

/** The amount a lump-sum payroll of a lump-sum-only line pays per recipient (household). */
export function lumpSumAmountOf(program: VeteranProgram, amounts: VeteranAmounts): number | null {
  if (program === 'conscript_family_allowance') return amounts.conscriptFamilyYearly;
  if (program === 'veteran_spring_festival') return amounts.springFestival;
  return null;
}

/** 联络员: one per 15–25 重点优抚对象 of a zone (seed 002); outside the range the system warns. */
export const LIAISON_LOAD = { min: 15, max: 25 } as const;

export function liaisonLoad(recipients: number): 'below' | 'within' | 'above' {
  return recipients < LIAISON_LOAD.min ? 'below' : recipients > LIAISON_LOAD.max ? 'above' : 'within';
}

/** 一年一聘: an appointment runs a year (the day before the anniversary). */
export function appointmentEnd(appointedOn: string): string {
  const d = new Date(`${appointedOn}T00:00:00Z`);
  d.setUTCFullYear(d.getUTCFullYear() + 1);
  d.setUTCDate(d.getUTCDate() - 1);
  return d.toISOString().slice(0, 10);
}

/** 座谈会 occasions: 八一, 春节, a new policy, other. At least three a year per street (seed 002). */
export const FORUM_OCCASIONS = ['army_day', 'spring_festival', 'policy', 'other'] as const;
export const FORUMS_PER_YEAR = 3;
