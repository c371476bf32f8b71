import { Alert, Card, Switch, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { yuan, type ConsistencyCheck, type MonthlyReport } from './api.ts';
import { useReportText } from './labels.ts';

const MONEY = new Set(['amount', 'cityAmount', 'districtAmount']);
const isMoney = (c: ConsistencyCheck) => ['amount_vs_lines', 'payroll_total_vs_lines', 'funds_vs_payrolls'].includes(c.code) || MONEY.has(c.subject ?? '');

/** 一致性校验: every mismatch listed with the two numbers; the passed checks on request. */
export function ConsistencyPanel({ report }: { report: MonthlyReport }) {
  const { r, check, program } = useReportText();
  const [all, setAll] = useState(false);
  const { checks, ok } = report.consistency;
  const bad = checks.filter((c) => !c.ok);
  const shown = all ? checks : bad;
  const fmt = (c: ConsistencyCheck, v: number) => (isMoney(c) ? yuan(v) : String(v));
  return (
    <Card
      title={r('consistency')}
      data-testid="consistency-panel"
      extra={
        <span>
          <Typography.Text type="secondary" style={{ marginRight: 8 }}>
            {r('showAllChecks')}
          </Typography.Text>
          <Switch size="small" checked={all} onChange={setAll} />
        </span>
      }
    >
      {ok ? (
        <Alert type="success" showIcon title={r('consistencyOk', { n: checks.length })} />
      ) : (
        <Alert type="error" showIcon title={r('consistencyBad', { bad: bad.length, n: checks.length })} />
      )}
      {shown.length > 0 && (
        <Table<ConsistencyCheck>
          style={{ marginTop: 12 }}
          size="small"
          rowKey={(c) => `${c.code}|${c.program}|${c.areaCode}|${c.subject}`}
          dataSource={shown}
          pagination={{ pageSize: 20, hideOnSinglePage: true }}
          columns={[
            { title: r('checkItem'), render: (_, c) => check(c.code) },
            { title: r('program'), render: (_, c) => (c.program ? program(c.program) : '—') },
            { title: r('where'), render: (_, c) => [c.areaCode, c.subject].filter(Boolean).join(' ') || '—' },
            { title: r('actual'), align: 'right', render: (_, c) => fmt(c, c.actual) },
            { title: r('expected'), align: 'right', render: (_, c) => fmt(c, c.expected) },
            { title: r('result'), render: (_, c) => (c.ok ? <Tag color="green">{r('same')}</Tag> : <Tag color="red">{r('differs')}</Tag>) },
          ]}
        />
      )}
    </Card>
  );
}
