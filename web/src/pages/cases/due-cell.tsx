import { Space, Tag, Typography } from 'antd';
import { useCaseText } from './labels.ts';
import { calendarDaysUntil } from '../../china-date.ts';

/**
 * 到期日 with the working days left on the legal clock (the server counts them on the holiday
 * calendar); red once overdue. Calendar days only when the server gave no count.
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
