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
export function hasPriority(records: readonly { status: string }[]): boolean {
  return records.some((r) => r.status === 'active');
}
