import { Empty, Space, Table, Tag, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { Link } from 'react-router';
import { ApiError } from '../../api/client.ts';
import type { HouseholdFile } from '../../api/types.ts';
import { useI18n } from '../../i18n/index.tsx';
import { caseLabels } from '../cases/messages.ts';
import { usePaymentText } from '../payments/labels.ts';
import { benefitsApi, type HouseholdBenefits } from './benefits-api.ts';
import { benefitsLabels, benefitsMessages } from './benefits-messages.ts';
import { yuan } from './labels.ts';

const STATUS_COLORS: Record<string, string> = { active: 'green', suspended: 'orange', stopped: 'default' };

/** 一户一档: what the household receives — enrolments, open cases, last payments, debts, person statuses. */
export function BenefitsTab({ file, refreshKey }: { file: HouseholdFile; refreshKey: number }) {
  const { tx, lang } = useI18n();
  const b = (key: keyof (typeof benefitsMessages)['zh-CN'], params?: Record<string, string | number>) => tx(benefitsMessages, key, params);
  const { program, label } = usePaymentText();
  const [data, setData] = useState<HouseholdBenefits | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    benefitsApi.benefits(file.id).then(setData, (e: unknown) => setError(e instanceof ApiError ? e.message : String(e)));
  }, [file.id, refreshKey]);
  if (error) return <Typography.Text type="danger">{error}</Typography.Text>;
  if (!data) return null;
  const nameOf = (personId: number | null) => (personId === null ? b('wholeHousehold') : (file.members.find((m) => m.id === personId)?.name ?? `#${personId}`));
  const section = (title: string) => <Typography.Title level={5} style={{ marginTop: 16 }}>{title}</Typography.Title>;
  const empty = { emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={b('none')} /> };
  return (
    <div data-testid="benefits-tab">
      {section(b('enrolments'))}
      <Table
        size="small"
        rowKey="id"
        pagination={false}
        scroll={{ x: 760 }}
        locale={empty}
        dataSource={data.enrolments}
        columns={[
          { title: b('program'), render: (_, e) => <Link to={`/enrolments/${e.id}`}>{program(e.program)}</Link> },
          { title: b('subject'), render: (_, e) => e.personName ?? nameOf(e.personId) },
          { title: b('amount'), align: 'right', render: (_, e) => yuan(e.monthlyAmount) },
          { title: b('covered'), dataIndex: 'coveredPersons', width: 80 },
          { title: b('category'), dataIndex: 'category', width: 60, render: (v: string | null) => v ?? '—' },
          {
            title: b('status'),
            render: (_, e) => (
              <Space size={4}>
                <Tag color={STATUS_COLORS[e.status]}>{label('enrolmentStatus', e.status)}</Tag>
                {e.stopReason && <Typography.Text type="secondary">{label('reasonCode', e.stopReason)}</Typography.Text>}
              </Space>
            ),
          },
          { title: b('period'), render: (_, e) => `${e.startMonth} ~ ${e.endMonth ?? ''}` },
          { title: b('nextReview'), render: (_, e) => e.nextReviewDate ?? '—' },
        ]}
      />
      {section(b('openCases'))}
      <Table
        size="small"
        rowKey="id"
        pagination={false}
        scroll={{ x: 480 }}
        locale={empty}
        dataSource={data.openCases}
        columns={[
          { title: b('caseNo'), render: (_, c) => <Link to={`/cases/${c.id}`}>#{c.id}</Link> },
          { title: b('program'), render: (_, c) => program(c.program) },
          { title: b('caseState'), render: (_, c) => caseLabels[lang].state[c.state] ?? c.state },
          { title: b('dueOn'), dataIndex: 'dueOn' },
        ]}
      />
      {data.openDebts.length > 0 && (
        <>
          {section(b('debts'))}
          <Table
            size="small"
            rowKey="id"
            pagination={false}
            dataSource={data.openDebts}
            columns={[
              { title: b('debtNo'), render: (_, d) => `#${d.id}` },
              { title: b('program'), render: (_, d) => program(d.program) },
              { title: b('outstanding'), align: 'right', render: (_, d) => <Typography.Text type="danger">{yuan(d.outstandingAmount)}</Typography.Text> },
              { title: b('since'), render: (_, d) => d.createdAt.slice(0, 10) },
            ]}
          />
        </>
      )}
      {section(b('lastPayments'))}
      <Table
        size="small"
        rowKey="id"
        pagination={{ pageSize: 6, hideOnSinglePage: true }}
        scroll={{ x: 520 }}
        locale={empty}
        dataSource={data.lastPayments}
        columns={[
          { title: b('forMonth'), dataIndex: 'forMonth' },
          { title: b('program'), render: (_, l) => program(l.program) },
          { title: b('kind'), render: (_, l) => label('lineKind', l.kind) },
          { title: b('paidAmount'), align: 'right', render: (_, l) => yuan(l.amount) },
          { title: b('bank'), render: (_, l) => label('bankStatus', l.bankStatus) },
        ]}
      />
      {data.statusHistory.length > 0 && (
        <>
          {section(b('statuses'))}
          <Table
            size="small"
            rowKey="id"
            pagination={false}
            dataSource={data.statusHistory}
            columns={[
              { title: b('subject'), render: (_, s) => nameOf(s.personId) },
              { title: b('lifeStatus'), render: (_, s) => `${benefitsLabels[lang].lifeStatus[s.previousStatus] ?? s.previousStatus} → ${benefitsLabels[lang].lifeStatus[s.status] ?? s.status}` },
              { title: b('date'), render: (_, s) => (s.until ? `${s.date} ~ ${s.until}` : s.date) },
              { title: b('source'), render: (_, s) => benefitsLabels[lang].source[s.source] ?? s.source },
              { title: b('note'), render: (_, s) => [s.destination, s.note].filter(Boolean).join('；') || '—' },
            ]}
          />
        </>
      )}
    </div>
  );
}
