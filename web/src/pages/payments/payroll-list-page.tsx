import { GiftOutlined, PlusOutlined } from '@ant-design/icons';
import { App, Button, Card, Form, Select, Space, Table, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { AreaTreeSelect } from '../../components/area-tree-select.tsx';
import { errorMessageOf } from '../../components/api-error-feedback.ts';
import { usePagedList } from '../../components/use-paged-list.ts';
import { formatDateTime } from '../../i18n/format.ts';
import { useI18n } from '../../i18n/index.tsx';
import { useSession } from '../../session.tsx';
import { PAYROLL_PROGRAMS, paymentsApi, type Payroll, type PayrollFilters } from './api.ts';
import { Amount, NOWRAP_HEADER } from './amount-cell.tsx';
import { GeneratePayrollModal } from './generate-payroll-modal.tsx';
import { usePaymentText } from './labels.ts';
import { LumpSumModal } from './lump-sum-modal.tsx';
import { MonthPicker } from './month-picker.tsx';
import { monthsText } from './months.ts';
import { PayrollStatusTag } from './payroll-status-tag.tsx';

const FILTERS = ['month', 'program', 'areaCode', 'status'] as const;

/** 发放名册: payrolls by month and program, newest month first, with their totals. */
export function PayrollListPage() {
  const { t } = useI18n();
  const { p, lang, options, program, programOptions } = usePaymentText();
  const { access } = useSession();
  const { message } = App.useApp();
  const [params, setParams] = useSearchParams();
  const [form] = Form.useForm<PayrollFilters>();
  const [creating, setCreating] = useState<'monthly' | 'lump_sum' | null>(null);
  const filters: PayrollFilters = Object.fromEntries(FILTERS.map((k) => [k, params.get(k) ?? undefined]));
  const key = params.toString();
  const list = usePagedList<Payroll>((page, pageSize) => paymentsApi.payrolls({ ...filters, page, pageSize }), key);

  useEffect(() => form.setFieldsValue(filters), [key]); // eslint-disable-line react-hooks/exhaustive-deps
  useEffect(() => {
    if (list.error) void message.error(errorMessageOf(list.error, t));
  }, [list.error, message, t]);

  const search = (v: PayrollFilters) => {
    const next = new URLSearchParams();
    for (const k of FILTERS) if (v[k]) next.set(k, v[k]);
    setParams(next);
  };

  return (
    <Card
      title={p('payrollsTitle')}
      extra={
        access.preparePayrolls && (
          <Space>
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating('monthly')}>
              {p('generate')}
            </Button>
            <Button icon={<GiftOutlined />} onClick={() => setCreating('lump_sum')}>
              {p('lumpSum')}
            </Button>
          </Space>
        )
      }
    >
      <Form form={form} name="payroll-filters" layout="inline" onFinish={search} onValuesChange={(_, all) => search(all)} style={{ marginBottom: 16, rowGap: 8 }}>
        <Form.Item name="month">
          <MonthPicker placeholder={p('month')} style={{ width: 140 }} />
        </Form.Item>
        <Form.Item name="program">
          <Select allowClear placeholder={p('allPrograms')} style={{ width: 200 }} options={programOptions(PAYROLL_PROGRAMS)} />
        </Form.Item>
        <Form.Item name="areaCode" style={{ width: 220 }}>
          <AreaTreeSelect placeholder={p('area')} />
        </Form.Item>
        <Form.Item name="status">
          <Select allowClear placeholder={p('allStatuses')} style={{ width: 130 }} options={options('payrollStatus')} />
        </Form.Item>
        <Form.Item>
          <Button onClick={() => setParams(new URLSearchParams())}>{t('common.reset')}</Button>
        </Form.Item>
      </Form>
      <Table<Payroll>
        rowKey="id"
        size="middle"
        loading={list.loading}
        dataSource={list.items}
        scroll={{ x: 1000 }}
        pagination={{ current: list.page, pageSize: list.pageSize, total: list.total, onChange: list.changePage, showTotal: (total) => t('common.total', { total }) }}
        columns={[
          {
            title: p('month'),
            dataIndex: 'month',
            width: 130,
            render: (m: string, r) => (
              <Link to={`/payrolls/${r.id}`} data-testid="payroll-link" style={{ whiteSpace: 'nowrap' }}>
                {r.months.length > 1 ? monthsText(r.months, lang) : m}
              </Link>
            ),
          },
          { title: p('program'), dataIndex: 'program', width: 120, render: (code: string) => program(code) },
          { title: p('area'), dataIndex: 'areaName', width: 100, ellipsis: true },
          { title: p('title'), dataIndex: 'title', ellipsis: { showTitle: true } },
          { title: p('households'), dataIndex: 'households', width: 90, align: 'right', ...NOWRAP_HEADER },
          { title: p('persons'), dataIndex: 'persons', width: 80, align: 'right', ...NOWRAP_HEADER },
          { title: p('total'), dataIndex: 'totalAmount', width: 140, align: 'right', render: (fen: number) => <Amount fen={fen} /> },
          { title: p('status'), dataIndex: 'status', width: 80, render: (s: Payroll['status']) => <PayrollStatusTag status={s} /> },
          {
            title: `${p('createdAt')} / ${p('approvedAt')}`,
            key: 'times',
            width: 170,
            render: (_: unknown, r) => (
              <div style={{ fontSize: 12, lineHeight: 1.6, whiteSpace: 'nowrap' }}>
                <div>{formatDateTime(r.createdAt, lang)}</div>
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                  {r.approvedAt ? formatDateTime(r.approvedAt, lang) : p('notApproved')}
                </Typography.Text>
              </div>
            ),
          },
        ]}
        summary={(rows) =>
          rows.length > 0 ? (
            <Table.Summary.Row style={{ background: '#fafafa' }}>
              <Table.Summary.Cell index={0} colSpan={4}>
                <Typography.Text strong>{p('summary')}</Typography.Text>
              </Table.Summary.Cell>
              <Table.Summary.Cell index={4} align="right">
                <Typography.Text strong>{rows.reduce((n, r) => n + r.households, 0)}</Typography.Text>
              </Table.Summary.Cell>
              <Table.Summary.Cell index={5} align="right">
                <Typography.Text strong>{rows.reduce((n, r) => n + r.persons, 0)}</Typography.Text>
              </Table.Summary.Cell>
              <Table.Summary.Cell index={6} align="right">
                <Amount fen={rows.reduce((n, r) => n + r.totalAmount, 0)} strong testId="payrolls-sum" />
              </Table.Summary.Cell>
              <Table.Summary.Cell index={7} colSpan={2} />
            </Table.Summary.Row>
          ) : undefined
        }
      />
      {creating === 'monthly' && <GeneratePayrollModal onClose={() => setCreating(null)} />}
      {creating === 'lump_sum' && <LumpSumModal onClose={() => setCreating(null)} />}
    </Card>
  );
}
