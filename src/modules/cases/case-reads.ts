import type { Deps } from '../../deps.ts';
import type { Actor } from '../../domain/actor.ts';
import { DomainError } from '../../domain/errors.ts';
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

/** 决定书: the decision's title and text for the PDF, one audited read per download. */
export async function decisionDocument(deps: Deps, actor: Actor, id: number): Promise<{ id: number; title: string; text: string; areaName: string }> {
  const c = await getApplication(deps, actor, id);
  if (!c.decisionText) throw new DomainError('conflict', 'case_no_decision');
  const title = c.state === 'approved' ? '审核确认通知书' : '不予确认通知书';
  await recordRead(deps, actor, { action: 'read.decision_pdf', entityType: 'application', entityId: id, areaCode: c.areaCode, detail: { householdId: c.householdId, state: c.state } });
  return { id: c.id, title, text: c.decisionText, areaName: c.areaName };
}
