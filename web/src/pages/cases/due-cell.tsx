import { Space, Tag, Typography } from 'antd';
import { useCaseText } from './labels.ts';

/**
 * 到期日 with what is left of the legal clock; red once overdue. Lists carry only the date, so
 * they show calendar days (working days need the holiday calendar, which the case page has).
 */
export function DueCell({ dueOn, overdue, workingDaysLeft, closed }: { dueOn: string | null; overdue: boolean; workingDaysLeft?: number | null; closed?: boolean }) {
  const { c } = useCaseText();
  if (!dueOn) return <Typography.Text type="secondary">—</Typography.Text>;
  return (
    <Space size={4} wrap>
      <Typography.Text type={overdue ? 'danger' : undefined} strong={overdue}>
        {dueOn}
      </Typography.Text>
      {closed ? null : overdue ? <Tag color="red">{c('overdue')}</Tag> : <Typography.Text type="secondary">{workingDaysLeft !== undefined && workingDaysLeft !== null ? c('daysLeft', { n: workingDaysLeft }) : c('calendarDaysLeft', { n: calendarDaysUntil(dueOn) })}</Typography.Text>}
    </Space>
  );
}

/** Calendar days from today to `dueOn`. */
export function calendarDaysUntil(dueOn: string, today = new Date()): number {
  const end = Date.UTC(Number(dueOn.slice(0, 4)), Number(dueOn.slice(5, 7)) - 1, Number(dueOn.slice(8, 10)));
  const start = Date.UTC(today.getFullYear(), today.getMonth(), today.getDate());
  return Math.round((end - start) / 86_400_000);
}
