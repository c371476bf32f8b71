import { DownloadOutlined } from '@ant-design/icons';
import { Button, DatePicker, Form, Grid, InputNumber, Select, Space, Tooltip } from 'antd';
import type { Dayjs } from 'dayjs';
import { useEffect, useState } from 'react';
import { auditApi, type AuditFilters } from '../../api/endpoints.ts';
import { auditLabel } from '../../i18n/labels.ts';
import { useT } from '../../i18n/index.tsx';

const ENTITY_TYPES = ['user', 'area', 'household', 'person', 'application', 'enrolment', 'payroll', 'institution', 'staff_relative', 'report', 'policy', 'import', 'export'];

interface FilterForm {
  entityType?: string;
  actorId?: number;
  action?: string;
  householdId?: number;
  applicationId?: number;
  payrollId?: number;
  dates?: [Dayjs | null, Dayjs | null] | null;
}

/** The desk's filters, applied on the server; the export takes the same filters. */
export function AuditFilterBar({ reveals, filters, onChange }: { reveals: boolean; filters: AuditFilters; onChange(f: AuditFilters): void }) {
  const t = useT();
  const [form] = Form.useForm<FilterForm>();
  const [actors, setActors] = useState<{ value: number; label: string }[]>([]);
  const [actions, setActions] = useState<{ value: string; label: string; reveal: boolean }[]>([]);

  useEffect(() => {
    auditApi.actors().then((r) => setActors(r.items.map((u) => ({ value: u.id, label: `${u.displayName}（${u.username}）` }))), () => undefined);
    auditApi.actions().then((r) => setActions(r.items.map((a) => ({ value: a.code, label: a.label, reveal: a.reveal }))), () => undefined);
  }, []);

  function apply(v: FilterForm) {
    const [from, to] = v.dates ?? [null, null];
    onChange({
      entityType: v.entityType ?? undefined,
      actorId: v.actorId ?? undefined,
      action: v.action ?? undefined,
      householdId: v.householdId ?? undefined,
      applicationId: v.applicationId ?? undefined,
      payrollId: v.payrollId ?? undefined,
      from: from ? from.format('YYYY-MM-DD') : undefined,
      to: to ? to.format('YYYY-MM-DD') : undefined,
    });
  }

  const shown = actions.filter((a) => !reveals || a.reveal);
  // A phone stacks the fields, each the full width.
  const narrow = !Grid.useBreakpoint().md;
  const w = (px: number) => (narrow ? { width: '100%' } : { width: px });
  return (
    <Form<FilterForm> form={form} layout={narrow ? 'vertical' : 'inline'} onFinish={apply} style={{ rowGap: 8, marginBottom: 16 }} data-testid="audit-filters">
      <Form.Item name="actorId" label={t('audit.user')}>
        <Select allowClear showSearch optionFilterProp="label" placeholder={t('audit.allUsers')} options={actors} style={w(200)} aria-label={t('audit.user')} />
      </Form.Item>
      <Form.Item name="action" label={t('audit.action')}>
        <Select allowClear showSearch optionFilterProp="label" placeholder={t('audit.allActions')} options={shown} style={w(220)} aria-label={t('audit.action')} />
      </Form.Item>
      <Form.Item name="entityType" label={t('audit.entityType')}>
        <Select
          allowClear
          placeholder={t('audit.allTypes')}
          options={ENTITY_TYPES.map((code) => ({ value: code, label: auditLabel(t, 'entity', code) }))}
          style={w(130)}
          aria-label={t('audit.entityType')}
        />
      </Form.Item>
      <Form.Item name="householdId" label={t('audit.householdId')}>
        <InputNumber min={1} precision={0} style={w(110)} aria-label={t('audit.householdId')} />
      </Form.Item>
      <Form.Item name="applicationId" label={t('audit.applicationId')}>
        <InputNumber min={1} precision={0} style={w(110)} aria-label={t('audit.applicationId')} />
      </Form.Item>
      <Form.Item name="payrollId" label={t('audit.payrollId')}>
        <InputNumber min={1} precision={0} style={w(110)} aria-label={t('audit.payrollId')} />
      </Form.Item>
      <Form.Item name="dates" label={t('audit.dateRange')}>
        <DatePicker.RangePicker allowEmpty={[true, true]} style={w(250)} />
      </Form.Item>
      <Form.Item>
        <Space wrap>
          <Button type="primary" htmlType="submit">
            {t('audit.search')}
          </Button>
          <Button
            onClick={() => {
              form.resetFields();
              onChange({});
            }}
          >
            {t('audit.reset')}
          </Button>
          <Tooltip title={t('audit.exportHint')}>
            <Button icon={<DownloadOutlined />} href={auditApi.exportUrl({ ...filters, ...(reveals ? { reveals: true } : {}) })} data-testid="audit-export">
              {t('audit.export')}
            </Button>
          </Tooltip>
        </Space>
      </Form.Item>
    </Form>
  );
}
