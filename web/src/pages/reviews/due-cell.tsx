import { Space, Tag, Typography } from 'antd';
import { useReviewText } from './text.ts';

/** 复核日期 with the working days left (the server counts them on the holiday calendar); red once overdue. */
export function ReviewDueCell({ dueDate, overdue, workingDaysLeft }: { dueDate: string; overdue: boolean; workingDaysLeft: number }) {
  const { m } = useReviewText();
  return (
    <Space size={4} wrap>
      <Typography.Text type={overdue ? 'danger' : undefined} strong={overdue} style={{ whiteSpace: 'nowrap' }}>
        {dueDate}
      </Typography.Text>
      {overdue ? (
        <Tag color="red" data-testid="review-overdue">
          {m('overdueDays', { n: Math.abs(workingDaysLeft) })}
        </Tag>
      ) : workingDaysLeft === 0 ? (
        <Tag color="orange">{m('dueToday')}</Tag>
      ) : (
        <Typography.Text type="secondary" style={{ whiteSpace: 'nowrap' }}>
          {m('daysLeft', { n: workingDaysLeft })}
        </Typography.Text>
      )}
    </Space>
  );
}
