import { App, Button, Card, Form, Select, Space, Tag, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { Link } from 'react-router';
import { AreaTreeSelect } from '../../components/area-tree-select.tsx';
import { errorMessageOf } from '../../components/api-error-feedback.ts';
import { ResponsiveTable } from '../../components/responsive-table.tsx';
import { usePagedList } from '../../components/use-paged-list.ts';
import { useI18n } from '../../i18n/index.tsx';
import { useSession } from '../../session.tsx';
import { caseLabels } from '../cases/messages.ts';
import { Amount } from './amount-cell.tsx';
import { debtApi, type Debt, type DebtStatusFilter } from './debt-api.ts';
import { DebtActionModal, type DebtAction } from './debt-action-modal.tsx';
import { debtLabels, debtMessages } from './debt-messages.ts';

const STATUS_COLORS: Record<string, string> = { open: 'red', settled: 'green', written_off: 'default' };

/** 欠款: open debts per area, oldest first with their age; deduct, repay or write off as the role allows. */
export function DebtListPage() {
  const { t, lang, tx } = useI18n();
  const d = (key: keyof (typeof debtMessages)['zh-CN'], params?: Record<string, string | number>) => tx(debtMessages, key, params);
  const { user } = useSession();
  const { message } = App.useApp();
  const [areaCode, setAreaCode] = useState<string | undefined>(undefined);
  const [status, setStatus] = useState<DebtStatusFilter>('open');
  const [acting, setActing] = useState<{ debt: Debt; action: DebtAction } | null>(null);
  const list = usePagedList<Debt>((page, pageSize) => debtApi.list({ page, pageSize, status, ...(areaCode ? { areaCode } : {}) }), `${areaCode ?? ''}|${status}`);
  useEffect(() => {
    if (list.error) void message.error(errorMessageOf(list.error, t));
  }, [list.error, message, t]);
  const county = user.role === 'county_approver';
  const mayRepay = county || user.role === 'street_reviewer';

  return (
    <Card title={d('title')}>
      <Typography.Paragraph type="secondary">{d('hint')}</Typography.Paragraph>
      <Form layout="inline" style={{ marginBottom: 16, rowGap: 8 }}>
        <Form.Item style={{ width: 220 }}>
          <AreaTreeSelect value={areaCode} onChange={setAreaCode} placeholder={d('area')} />
        </Form.Item>
        <Form.Item>
          <Select<DebtStatusFilter> value={status} onChange={setStatus} style={{ width: 120 }} options={(['open', 'settled', 'written_off', 'all'] as const).map((s) => ({ value: s, label: debtLabels[lang].status[s] }))} />
        </Form.Item>
      </Form>
      <ResponsiveTable<Debt>
        rowKey="id"
        size="middle"
        loading={list.loading}
        dataSource={list.items}
        locale={{ emptyText: d('empty') }}
        pagination={{ current: list.page, pageSize: list.pageSize, total: list.total, onChange: list.changePage, showTotal: (total) => t('common.total', { total }) }}
        columns={[
          { title: d('head'), dataIndex: 'headName', render: (name: string | null, r) => <Link to={`/households/${r.householdId}`}>{name ?? `#${r.householdId}`}</Link> },
          { title: d('area'), dataIndex: 'areaName' },
          { title: d('program'), dataIndex: 'program', render: (p: string) => caseLabels[lang].program[p] ?? p },
          { title: d('total'), dataIndex: 'totalAmount', align: 'right', render: (fen: number) => <Amount fen={fen} /> },
          { title: d('outstanding'), dataIndex: 'outstandingAmount', align: 'right', render: (fen: number) => <Amount fen={fen} strong /> },
          { title: d('age'), dataIndex: 'ageDays', align: 'right', render: (n: number) => <Typography.Text type={n > 180 ? 'danger' : undefined}>{d('ageDays', { n })}</Typography.Text> },
          { title: d('reason'), dataIndex: 'reason', ellipsis: true },
          { title: d('status'), dataIndex: 'status', render: (s: string) => <Tag color={STATUS_COLORS[s]}>{debtLabels[lang].status[s] ?? s}</Tag> },
          {
            title: d('actions'),
            key: 'actions',
            render: (_: unknown, r) =>
              r.status === 'open' && (
                <Space size={4} wrap>
                  {county && (
                    <Button size="small" onClick={() => setActing({ debt: r, action: 'deduct' })}>
                      {d('deduct')}
                    </Button>
                  )}
                  {mayRepay && (
                    <Button size="small" onClick={() => setActing({ debt: r, action: 'repay' })}>
                      {d('repay')}
                    </Button>
                  )}
                  {county && (
                    <Button size="small" danger onClick={() => setActing({ debt: r, action: 'writeOff' })}>
                      {d('writeOff')}
                    </Button>
                  )}
                </Space>
              ),
          },
        ]}
      />
      {acting && (
        <DebtActionModal
          debt={acting.debt}
          action={acting.action}
          onClose={() => setActing(null)}
          onDone={() => {
            setActing(null);
            void message.success(d('done'));
            list.reload();
          }}
        />
      )}
    </Card>
  );
}
