import { Tag } from 'antd';
import type { PayrollStatus } from './api.ts';
import { usePaymentText } from './labels.ts';

export function PayrollStatusTag({ status }: { status: PayrollStatus }) {
  const { label } = usePaymentText();
  return (
    <Tag color={status === 'approved' ? 'green' : 'gold'} data-testid="payroll-status">
      {label('payrollStatus', status)}
    </Tag>
  );
}
