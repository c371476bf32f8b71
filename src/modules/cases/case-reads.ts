import type { Deps } from '../../deps.ts';
import type { Actor } from '../../domain/actor.ts';
import { DomainError } from '../../domain/errors.ts';
import { todayInChina } from '../../clock.ts';
import { areaPath } from '../areas/service.ts';
import { recordRead } from '../audit/service.ts';
import { getApplication } from './service.ts';

/**
 * The case as a user opens it, audited as a read (DOMAIN.md §7). The workflow's own writes
 * return the same view through `getApplication` without a read entry: their change is the entry.
 */
export async function viewApplication(deps: Deps, actor: Actor, id: number) {
  const c = await getApplication(deps, actor, id);
  await recordRead(deps, actor, { action: 'read.case', entityType: 'application', entityId: id, areaCode: c.areaCode, detail: { householdId: c.householdId, state: c.state } });
  return c;
}

export interface DecisionDocument {
  id: number;
  title: string;
  text: string;
  areaName: string;
  /** 江岸区民政局: the issuing office */
  bureau: string;
  /** the applicant the letter is addressed to */
  addressee: string;
  /** the date of the decision, in China */
  date: string;
}

/** An instant as the calendar date in China (UTC+8, no daylight saving). */
function isoDateInChina(at: string): string {
  return new Date(Date.parse(at) + 8 * 3600_000).toISOString().slice(0, 10);
}

/** 决定书: the decision's title and text for the PDF, one audited read per download. */
export async function decisionDocument(deps: Deps, actor: Actor, id: number): Promise<DecisionDocument> {
  const c = await getApplication(deps, actor, id);
  if (!c.decisionText) throw new DomainError('conflict', 'case_no_decision');
  const title = c.state === 'approved' ? '审核确认通知书' : '不予确认通知书';
  await recordRead(deps, actor, { action: 'read.decision_pdf', entityType: 'application', entityId: id, areaCode: c.areaCode, detail: { householdId: c.householdId, state: c.state } });
  // Issued by the district bureau that decides (审核确认), not the community that took the file.
  const district = (await areaPath(deps.db, c.areaCode)).find((a) => a.code.length === 6)?.name ?? c.areaName;
  const decided = c.events.filter((e) => e.action === 'confirm' || e.action === 'reject' || e.action === 'decide_appeal').at(-1);
  return {
    id: c.id,
    title,
    text: c.decisionText,
    areaName: c.areaName,
    bureau: `${district}民政局`,
    addressee: c.subjectName ?? c.headName ?? '',
    date: decided ? isoDateInChina(decided.at) : todayInChina(deps.clock),
  };
}
