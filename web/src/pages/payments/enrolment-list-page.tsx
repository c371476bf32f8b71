import { paperUrls } from '../../api/papers.ts';
import { PrintMenu } from '../../components/print-menu.tsx';
import { App, Button, Card, Form, Input, Select, Tag } from 'antd';
import { ResponsiveTable } from '../../components/responsive-table.tsx';
import { useEffect } from 'react';
import { Link, useSearchParams } from 'react-router';
import { AreaTreeSelect } from '../../components/area-tree-select.tsx';
import { errorMessageOf } from '../../components/api-error-feedback.ts';
import { usePagedList } from '../../components/use-paged-list.ts';
import { useI18n } from '../../i18n/index.tsx';
import { ENROLMENT_STATUSES, PAYROLL_PROGRAMS, paymentsApi, type EnrolmentFilters, type EnrolmentItem } from './api.ts';
import { Amount } from './amount-cell.tsx';
import { usePaymentText } from './labels.ts';

const FILTERS = ['q', 'areaCode', 'program', 'status'] as const;
export const ENROLMENT_COLORS: Record<string, string> = { active: 'green', suspended: 'orange', stopped: 'default' };

/** 保障对象: everyone enrolled in a program in the user's area, with the amount in force now. */
export function EnrolmentListPage() {
  const { t } = useI18n();
  const { p, label, options, program, programOptions } = usePaymentText();
  const { message } = App.useApp();
  const [params, setParams] = useSearchParams();
  const [form] = Form.useForm<EnrolmentFilters>();
  const filters: EnrolmentFilters = Object.fromEntries(FILTERS.map((k) => [k, params.get(k) ?? undefined]));
  const key = params.toString();
  const list = usePagedList<EnrolmentItem>((page, pageSize) => paymentsApi.enrolments({ ...filters, page, pageSize }), key);

  useEffect(() => form.setFieldsValue(filters), [key]); // eslint-disable-line react-hooks/exhaustive-deps
  useEffect(() => {
    if (list.error) void message.error(errorMessageOf(list.error, t));
  }, [list.error, message, t]);

  const search = (v: EnrolmentFilters) => {
    const next = new URLSearchParams();
    for (const k of FILTERS) {
      const value = v[k]?.trim();
      if (value) next.set(k, value);
    }
    setParams(next);
  };

  return (
    <Card
      title={p('enrolmentsTitle')}
      extra={<PrintMenu testId="print-roster" items={(['dibao', 'tekun'] as const).map((prog) => ({ key: `roster_${prog}` as const, href: paperUrls.roster(prog, filters.areaCode || undefined) }))} />}
    >
      <Form form={form} name="enrolment-filters" layout="inline" onFinish={search} onValuesChange={(changed, all) => !('q' in changed) && search(all)} style={{ marginBottom: 16, rowGap: 8 }}>
        <Form.Item name="q">
          <Input.Search allowClear placeholder={p('searchEnrolments')} style={{ width: 260 }} onSearch={() => form.submit()} data-testid="enrolment-search" />
        </Form.Item>
        <Form.Item name="areaCode" style={{ width: 220 }}>
          <AreaTreeSelect placeholder={p('area')} />
        </Form.Item>
        <Form.Item name="program">
          <Select allowClear placeholder={p('allPrograms')} style={{ width: 200 }} options={programOptions(PAYROLL_PROGRAMS)} />
        </Form.Item>
        <Form.Item name="status">
          <Select allowClear placeholder={p('allStatuses')} style={{ width: 120 }} options={options('enrolmentStatus', ENROLMENT_STATUSES)} />
        </Form.Item>
        <Form.Item>
          <Button onClick={() => setParams(new URLSearchParams())}>{t('common.reset')}</Button>
        </Form.Item>
      </Form>
      <ResponsiveTable<EnrolmentItem>
        rowKey="id"
        size="middle"
        loading={list.loading}
        dataSource={list.items}
        pagination={{ current: list.page, pageSize: list.pageSize, total: list.total, onChange: list.changePage, showTotal: (total) => t('common.total', { total }) }}
        columns={[
          { title: p('payee'), dataIndex: 'payeeName', width: 120, render: (name: string, r) => <Link to={`/enrolments/${r.id}`}>{name}</Link> },
          { title: p('program'), dataIndex: 'program', width: 160, render: (code: string) => program(code) },
          { title: p('category'), dataIndex: 'category', width: 70, render: (c: string | null) => (c ? p('categoryValue', { c }) : '—') },
          { title: p('area'), dataIndex: 'areaName', ellipsis: true },
          { title: p('coveredPersons'), dataIndex: 'coveredPersons', width: 90, align: 'right' },
          { title: p('monthlyAmount'), dataIndex: 'monthlyAmount', width: 150, align: 'right', render: (fen: number) => <Amount fen={fen} /> },
          { title: p('startMonth'), dataIndex: 'startMonth', width: 100 },
          { title: p('endMonth'), dataIndex: 'endMonth', width: 100, render: (m: string | null) => m ?? '—' },
          { title: p('status'), dataIndex: 'status', width: 80, render: (s: string) => <Tag color={ENROLMENT_COLORS[s]}>{label('enrolmentStatus', s)}</Tag> },
        ]}
      />
    </Card>
  );
}
