/**
 * 三张清单 (issue 22): residents' needs (需求清单), community resources (资源清单) and projects
 * (项目清单). A need is matched to resources, then carried out as a project; its status follows.
 * Pure: no I/O.
 */

export const NEED_STATUSES = ['open', 'matched', 'in_progress', 'done'] as const;
export type NeedStatus = (typeof NEED_STATUSES)[number];

export const NEED_CATEGORIES = ['elderly_care', 'child_care', 'disability_help', 'employment', 'medical', 'living', 'culture', 'environment', 'other'] as const;
export const RESOURCE_CATEGORIES = ['venue', 'volunteer_team', 'social_organisation', 'enterprise', 'fund', 'professional', 'other'] as const;

export type NeedAction = 'match' | 'start_project' | 'finish_project';

/**
 * The need's next status, or the reason the move is refused: matched from open (or matched again
 * to add resources), a project started only on a matched need, finished only while in progress.
 */
export function needTransition(status: NeedStatus, action: NeedAction): { ok: true; next: NeedStatus } | { ok: false; code: 'need_not_open' | 'need_not_matched' | 'need_not_in_progress' } {
  switch (action) {
    case 'match':
      return status === 'open' || status === 'matched' ? { ok: true, next: 'matched' } : { ok: false, code: 'need_not_open' };
    case 'start_project':
      return status === 'matched' ? { ok: true, next: 'in_progress' } : { ok: false, code: 'need_not_matched' };
    case 'finish_project':
      return status === 'in_progress' ? { ok: true, next: 'done' } : { ok: false, code: 'need_not_in_progress' };
  }
}

export interface ListTotals {
  areaCode: string;
  needs: Record<NeedStatus, number>;
  resources: number;
  projects: { inProgress: number; done: number; budget: number; beneficiaries: number };
}

/** Totals per community from counted rows (any order, missing statuses as zero). */
export function totalsByCommunity(
  needs: readonly { areaCode: string; status: string; n: number }[],
  resources: readonly { areaCode: string; n: number }[],
  projects: readonly { areaCode: string; status: string; n: number; budget: number; beneficiaries: number }[],
): ListTotals[] {
  const by = new Map<string, ListTotals>();
  const of = (areaCode: string) => {
    let t = by.get(areaCode);
    if (!t) {
      t = { areaCode, needs: { open: 0, matched: 0, in_progress: 0, done: 0 }, resources: 0, projects: { inProgress: 0, done: 0, budget: 0, beneficiaries: 0 } };
      by.set(areaCode, t);
    }
    return t;
  };
  for (const r of needs) if ((NEED_STATUSES as readonly string[]).includes(r.status)) of(r.areaCode).needs[r.status as NeedStatus] += r.n;
  for (const r of resources) of(r.areaCode).resources += r.n;
  for (const r of projects) {
    const t = of(r.areaCode).projects;
    if (r.status === 'done') t.done += r.n;
    else t.inProgress += r.n;
    t.budget += r.budget;
    t.beneficiaries += r.beneficiaries;
  }
  return [...by.values()].sort((a, b) => a.areaCode.localeCompare(b.areaCode));
}
