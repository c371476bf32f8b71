import { Alert, App, DatePicker, Form, Input, Modal, Select } from 'antd';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { ApiError } from '../../api/client.ts';
import type { Member } from '../../api/types.ts';
import { useI18n } from '../../i18n/index.tsx';
import { benefitsApi, type LifeStatus, type StatusResult } from './benefits-api.ts';
import { benefitsLabels, benefitsMessages } from './benefits-messages.ts';

/** The changes the server accepts from each status (a death is final); it refuses the rest with 409. */
const NEXT: Record<LifeStatus, LifeStatus[]> = {
  alive: ['deceased', 'moved_away', 'imprisoned'],
  moved_away: ['alive', 'deceased'],
  imprisoned: ['alive', 'deceased'],
  deceased: [],
};

/** 登记人员状态: death, moving away, imprisonment or return, on the member row of the household file. */
export function PersonStatusModal({ member, onClose, onDone }: { member: Member; onClose: () => void; onDone: (r: StatusResult) => void }) {
  const { tx, lang, t } = useI18n();
  const b = (key: keyof (typeof benefitsMessages)['zh-CN'], params?: Record<string, string | number>) => tx(benefitsMessages, key, params);
  const { message } = App.useApp();
  const [form] = Form.useForm();
  const [saving, setSaving] = useState(false);
  const status = Form.useWatch('status', form) as LifeStatus | undefined;
  const labels = benefitsLabels[lang];
  const next = NEXT[member.lifeStatus ?? 'alive'];

  const save = async () => {
    const v = await form.validateFields();
    setSaving(true);
    try {
      const r = await benefitsApi.recordStatus(member.id, {
        status: v.status,
        date: (v.date as Dayjs).format('YYYY-MM-DD'),
        source: v.source,
        ...(v.until ? { until: (v.until as Dayjs).format('YYYY-MM-DD') } : {}),
        ...(v.destination ? { destination: v.destination } : {}),
        ...(v.note ? { note: v.note } : {}),
      });
      message.success(`${b('recorded')}${r.enrolmentChanges.length ? `，${b('changesMade', { n: r.enrolmentChanges.length })}` : ''}`);
      if (r.householdClosed) message.info(b('householdClosed'));
      onDone(r);
    } catch (e) {
      if (e instanceof ApiError && e.field && ['status', 'date', 'until', 'source'].includes(e.field)) form.setFields([{ name: e.field, errors: [e.message] }]);
      else message.error(e instanceof ApiError ? e.message : String(e));
    } finally {
      setSaving(false);
    }
  };

  return (
    <Modal open title={b('statusTitle', { name: member.name })} onOk={() => void save()} onCancel={onClose} okText={t('common.save')} cancelText={t('common.cancel')} confirmLoading={saving} destroyOnHidden>
      <Form form={form} layout="vertical" initialValues={{ status: next[0], source: 'visit' }} data-testid="person-status-form">
        <Form.Item name="status" label={b('lifeStatus')} rules={[{ required: true }]}>
          <Select data-testid="person-status-select" options={next.map((s) => ({ value: s, label: labels.lifeStatus[s] }))} />
        </Form.Item>
        {(status === 'deceased' || status === 'imprisoned') && <Alert type="warning" showIcon style={{ marginBottom: 16 }} message={b('stopWarning')} />}
        <Form.Item name="date" label={b('date')} extra={b('dateHint')} rules={[{ required: true }]}>
          <DatePicker style={{ width: '100%' }} />
        </Form.Item>
        <Form.Item name="source" label={b('source')} rules={[{ required: true }]}>
          <Select options={Object.entries(labels.source).map(([value, label]) => ({ value, label }))} />
        </Form.Item>
        {status === 'imprisoned' && (
          <Form.Item name="until" label={b('until')}>
            <DatePicker style={{ width: '100%' }} />
          </Form.Item>
        )}
        {status === 'moved_away' && (
          <Form.Item name="destination" label={b('destination')}>
            <Input maxLength={200} />
          </Form.Item>
        )}
        <Form.Item name="note" label={b('note')}>
          <Input.TextArea rows={2} maxLength={500} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
