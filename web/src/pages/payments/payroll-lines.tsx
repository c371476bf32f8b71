import { Input, Select, Space, Table, Tag, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { Link } from 'react-router';
import { errorMessageOf } from '../../components/api-error-feedback.ts';
import { usePagedList } from '../../components/use-paged-list.ts';
import { useI18n } from '../../i18n/index.tsx';
import { formatFen } from '../policies/money.ts';
import { BANK_STATUSES, LINE_CHANGES, LINE_KINDS, paymentsApi, type LineFilters, type PayrollLine } from './api.ts';
import { Amount, NOWRAP_HEADER } from './amount-cell.tsx';
import { usePaymentText } from './labels.ts';
import { RevealButton } from './reveal-button.tsx';

const KIND_COLORS: Record<string, string> = { regular: 'default', back_pay: 'blue', recovery: 'purple', lump_sum: 'cyan' };
const BANK_COLORS: Record<string, string> = { pending: 'default', paid: 'green', failed: 'red' };
const FAILED_ROW = { background: '#fff1f0' };

/** 名册明细: the lines of a payroll, paged on the server, with what changed since last month. */
export function PayrollLines({ payrollId, refreshKey, refused = false }: { payrollId: number; refreshKey: number; /** 待更正: only lines refused for their payee */ refused?: boolean }) {
  const { t } = useI18n();
  const { p, label, options } = usePaymentText();
  const [filters, setFilters] = useState<LineFilters>({});
  const [q, setQ] = useState('');
  const [revealed, setRevealed] = useState<Record<number, { idNumber: string; bankAccount: string | null }>>({});
  const list = usePagedList<PayrollLine>((page, pageSize) => paymentsApi.lines(payrollId, { ...filters, ...(refused ? { refusal: 'any' as const } : {}), page, pageSize }), JSON.stringify(filters));
  const { reload } = list;
  useEffect(() => {
    if (refreshKey > 0) reload();
  }, [refreshKey, reload]);

  const set = (k: keyof LineFilters, v: string | undefined) => setFilters((prev) => ({ ...prev, [k]: v || undefined }));

  return (
    <>
      <Space wrap style={{ marginBottom: 12 }}>
        <Input.Search allowClear value={q} onChange={(e) => setQ(e.target.value)} onSearch={(v) => set('q', v.trim())} placeholder={p('searchLines')} style={{ width: 300 }} data-testid="line-search" />
        <Select allowClear placeholder={p('allKinds')} style={{ width: 130 }} value={filters.kind} onChange={(v?: string) => set('kind', v)} options={options('lineKind', LINE_KINDS)} />
        <Select allowClear placeholder={p('allChanges')} style={{ width: 130 }} value={filters.change} onChange={(v?: string) => set('change', v)} options={options('change', LINE_CHANGES)} />
        <Select allowClear placeholder={p('allBank')} style={{ width: 140 }} value={filters.bankStatus} onChange={(v?: string) => set('bankStatus', v)} options={options('bankStatus', BANK_STATUSES)} data-testid="bank-filter" />
      </Space>
      {list.error !== null && <Typography.Paragraph type="danger">{errorMessageOf(list.error, t)}</Typography.Paragraph>}
      <Table<PayrollLine>
        rowKey="id"
        size="small"
        loading={list.loading}
        dataSource={list.items}
        scroll={{ x: 1060 }}
        onRow={(r) => ({ style: r.bankStatus === 'failed' ? FAILED_ROW : undefined, 'data-testid': `line-${r.reference}` }) as React.HTMLAttributes<HTMLElement>}
        pagination={{ current: list.page, pageSize: list.pageSize, total: list.total, onChange: list.changePage, showSizeChanger: false, showTotal: (total) => t('common.total', { total }) }}
        columns={[
          {
            title: p('payee'),
            dataIndex: 'payeeName',
            width: 170,
            render: (name: string, r) => (
              <div style={{ lineHeight: 1.5 }}>
                {/* A condolence drive's line stands for its drive line (a negative id), no enrolment: the household's file. */}
                <Link to={r.enrolmentId > 0 ? `/enrolments/${r.enrolmentId}` : `/households/${r.householdId}`}>{name || '—'}</Link>
                {r.payeeKind && r.payeeKind !== 'household' && r.payeeKind !== 'self' && (
                  <Tag style={{ marginLeft: 6, fontSize: 11 }}>{label('payeeKind', r.payeeKind)}</Tag>
                )}
                <Typography.Text type="secondary" style={{ fontSize: 12, marginLeft: 6 }}>
                  {r.areaName}
                </Typography.Text>
                <div style={{ fontFamily: 'monospace', fontSize: 12 }} data-testid="line-id-number">
                  {revealed[r.id]?.idNumber ?? r.payeeIdNumber}
                  {!revealed[r.id] && (r.payeeIdNumber || r.bankAccount) && (
                    <RevealButton
                      reveal={() => paymentsApi.revealLine(payrollId, r.id)}
                      onRevealed={(v) => setRevealed((old) => ({ ...old, [r.id]: v }))}
                      testId="line-reveal"
                    />
                  )}
                </div>
              </div>
            ),
          },
          {
            title: p('bank'),
            key: 'bank',
            width: 160,
            render: (_: unknown, r) => (
              <div style={{ lineHeight: 1.5 }}>
                <div>{r.bankName ?? '—'}</div>
                <Typography.Text type="secondary" style={{ fontFamily: 'monospace', fontSize: 12 }} data-testid="line-account">
                  {revealed[r.id]?.bankAccount ?? r.bankAccount ?? '—'}
                </Typography.Text>
              </div>
            ),
          },
          { title: p('forMonth'), dataIndex: 'forMonth', width: 84 },
          { title: p('kind'), dataIndex: 'kind', width: 90, render: (k: string) => <Tag color={KIND_COLORS[k]}>{label('lineKind', k)}</Tag> },
          { title: p('persons'), dataIndex: 'persons', width: 76, align: 'right', ...NOWRAP_HEADER },
          { title: p('amount'), dataIndex: 'amount', width: 116, align: 'right', render: (fen: number) => <Amount fen={fen} /> },
          {
            title: p('change'),
            dataIndex: 'change',
            width: 110,
            render: (c: PayrollLine['change'], r) =>
              c === 'new' ? (
                <Tag color="green">{label('change', 'new')}</Tag>
              ) : c === 'changed' ? (
                <div style={{ lineHeight: 1.5 }}>
                  <Tag color="orange">{label('change', 'changed')}</Tag>
                  {r.previousAmount !== null && (
                    <div style={{ fontSize: 12, color: '#d46b08', whiteSpace: 'nowrap', fontVariantNumeric: 'tabular-nums' }}>{p('previousAmount', { amount: formatFen(r.previousAmount) })}</div>
                  )}
                </div>
              ) : null,
          },
          {
            title: p('bankStatus'),
            dataIndex: 'bankStatus',
            width: 130,
            render: (s: string, r) => (
              <div data-testid="line-bank-status" style={{ lineHeight: 1.5 }}>
                <Tag color={BANK_COLORS[s]}>{label('bankStatus', s)}</Tag>
                {r.failureReason && (
                  <div>
                    <Typography.Text type="danger" style={{ fontSize: 12 }}>
                      {r.failureReason}
                    </Typography.Text>
                  </div>
                )}
              </div>
            ),
          },
          {
            title: `${p('reference')} / ${p('reason')}`,
            key: 'reference',
            ellipsis: true,
            render: (_: unknown, r) => (
              <div style={{ lineHeight: 1.5 }}>
                <div style={{ fontFamily: 'monospace', fontSize: 12 }}>{r.reference}</div>
                <Typography.Text type="secondary" style={{ fontSize: 12 }} ellipsis={{ tooltip: r.reason }}>
                  {r.reason}
                </Typography.Text>
              </div>
            ),
          },
        ]}
      />
    </>
  );
}
