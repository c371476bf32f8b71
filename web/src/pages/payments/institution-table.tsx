import { Alert, Table, Typography } from 'antd';
import { useState } from 'react';
import { paymentsApi, type Payroll } from './api.ts';
import { Amount } from './amount-cell.tsx';
import { usePaymentText } from './labels.ts';
import { RevealButton } from './reveal-button.tsx';

/** 机构代收: one transfer per care home, its residents listed (the lines stay one per person). */
export function InstitutionTable({ institutions }: { institutions: Payroll['institutions'] }) {
  const { p } = usePaymentText();
  const [revealed, setRevealed] = useState<Record<number, string>>({});
  return (
    <>
      <Alert type="info" showIcon title={p('institutionHint')} style={{ marginBottom: 12 }} />
      <Table
        rowKey="institutionId"
        size="small"
        pagination={false}
        dataSource={institutions}
        scroll={{ x: 720 }}
        data-testid="institution-table"
        columns={[
          { title: p('institution'), dataIndex: 'name', width: 200 },
          {
            title: p('payeeAccount'),
            key: 'bank',
            width: 200,
            render: (_: unknown, r) => (
              <div style={{ lineHeight: 1.5 }}>
                <div>{r.bankName}</div>
                <Typography.Text type="secondary" style={{ fontFamily: 'monospace', fontSize: 12 }}>
                  {revealed[r.institutionId] ?? r.bankAccount}
                </Typography.Text>
                {!revealed[r.institutionId] && (
                  <RevealButton reveal={() => paymentsApi.revealInstitution(r.institutionId)} onRevealed={(v) => setRevealed((old) => ({ ...old, [r.institutionId]: v.bankAccount }))} />
                )}
              </div>
            ),
          },
          { title: p('amount'), dataIndex: 'amount', width: 120, align: 'right', render: (fen: number) => <Amount fen={fen} /> },
          { title: p('residents'), dataIndex: 'residents', render: (names: string[]) => `${names.length}：${names.join('、')}` },
        ]}
      />
    </>
  );
}
