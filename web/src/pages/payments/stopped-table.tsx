import { Table, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { Link } from 'react-router';
import { errorMessageOf } from '../../components/api-error-feedback.ts';
import { useI18n } from '../../i18n/index.tsx';
import { paymentsApi, type StoppedLine } from './api.ts';
import { Amount } from './amount-cell.tsx';
import { usePaymentText } from './labels.ts';

/** 本月停发: paid last month, absent from this payroll — each with why. */
export function StoppedTable({ payrollId }: { payrollId: number }) {
  const { t } = useI18n();
  const { p, label } = usePaymentText();
  const [items, setItems] = useState<StoppedLine[] | null>(null);
  const [error, setError] = useState<unknown>(null);

  useEffect(() => {
    let cancelled = false;
    paymentsApi.stopped(payrollId).then(
      (res) => !cancelled && setItems(res.items),
      (e: unknown) => {
        if (cancelled) return;
        setError(e);
        setItems([]);
      },
    );
    return () => {
      cancelled = true;
    };
  }, [payrollId]);

  return (
    <>
      {error !== null && <Typography.Paragraph type="danger">{errorMessageOf(error, t)}</Typography.Paragraph>}
      <Table<StoppedLine>
        rowKey="enrolmentId"
        size="small"
        loading={items === null}
        dataSource={items ?? []}
        locale={{ emptyText: p('noStopped') }}
        pagination={{ pageSize: 20, hideOnSinglePage: true }}
        columns={[
          { title: p('payee'), dataIndex: 'payeeName', width: 140, render: (name: string, r) => <Link to={`/enrolments/${r.enrolmentId}`}>{name}</Link> },
          { title: p('idNumber'), dataIndex: 'payeeIdNumber', width: 200, render: (v: string) => <span style={{ fontFamily: 'monospace' }}>{v}</span> },
          { title: p('previousMonthly'), dataIndex: 'previousAmount', width: 150, align: 'right', render: (fen: number) => <Amount fen={fen} /> },
          { title: p('stopReason'), dataIndex: 'stopReason', render: (code: string | null) => (code ? label('reasonCode', code) : '—') },
        ]}
      />
    </>
  );
}
