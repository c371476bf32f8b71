import { Steps } from 'antd';
import type { CaseState, CaseView } from './api.ts';
import { useCaseText } from './labels.ts';

/** The steps of the case's path, in order (mirrors `stepsOf` in src/domain/cases/states.ts). */
export function stepsOf(view: Pick<CaseView, 'path' | 'democraticReview'>): CaseState[] {
  if (view.path === 'short') return ['submitted', 'street_review', 'county_confirmation'];
  return ['submitted', 'investigation', 'verification', ...(view.democraticReview ? (['democratic_review'] as const) : []), 'street_review', 'public_notice', 'county_confirmation'];
}

/** Where the case stands on its path; the last step is the decision (or the appeal, or the withdrawal). */
export function CaseSteps({ view }: { view: CaseView }) {
  const { c, label } = useCaseText();
  const steps = stepsOf(view);
  const ending: CaseState = ['rejected', 'appealed', 'withdrawn'].includes(view.state) ? view.state : 'approved';
  const all = [...steps, ending];
  let current = all.indexOf(view.state);
  let status: 'process' | 'finish' | 'error' = 'process';
  if (view.state === 'approved') status = 'finish';
  if (view.state === 'rejected' || view.state === 'withdrawn') status = 'error';
  if (view.state === 'withdrawn') {
    // Withdrawn from the step it was at: mark that one.
    const from = [...view.events].reverse().find((e) => e.action === 'withdraw')?.fromState;
    const at = steps.indexOf(from as CaseState);
    if (at >= 0) current = at;
  }
  return (
    <Steps
      size="small"
      current={current}
      status={status}
      // The first step is the application and its acceptance; its state reads 待街道受理 elsewhere.
      items={all.map((s, i) => ({ title: i === current && view.state === 'withdrawn' ? label('state', 'withdrawn') : s === 'submitted' ? c('stepSubmitted') : label('state', s) }))}
      style={{ marginBottom: 16 }}
    />
  );
}
