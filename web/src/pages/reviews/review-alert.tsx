import { Alert } from 'antd';
import { Link } from 'react-router';
import { useReviewText } from './text.ts';

/** 复核预警 on the dashboard: a missed review date is an alert (DOMAIN.md §5); the due count beside it. */
export function ReviewAlert({ counts }: { counts: { overdue: number; dueWithin30Days: number; capped: boolean } }) {
  const { m } = useReviewText();
  if (counts.overdue === 0 && counts.dueWithin30Days === 0) return null;
  const due = `${counts.dueWithin30Days}${counts.capped ? '+' : ''}`;
  return (
    <Alert
      type={counts.overdue > 0 ? 'error' : 'info'}
      showIcon
      data-testid="review-alert"
      title={counts.overdue > 0 ? m('alertOverdue', { n: counts.overdue }) : m('alertDue', { n: due })}
      description={counts.overdue > 0 ? m('alertDue', { n: due }) : undefined}
      action={<Link to="/reviews">{m('alertLink')}</Link>}
    />
  );
}
