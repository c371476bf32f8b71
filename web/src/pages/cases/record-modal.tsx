import { Alert, App, Button, Checkbox, Form, Input, InputNumber, Space, Typography } from 'antd';
import { MinusCircleOutlined, PlusOutlined } from '@ant-design/icons';
import { useState } from 'react';
import { ApiError } from '../../api/client.ts';
import { fieldErrors } from '../../components/form-errors.ts';
import { ResponsiveModal } from '../../components/responsive-modal.tsx';
import { casesApi, type CaseView, type RecordKind } from './api.ts';
import { useCaseText } from './labels.ts';

/** Form fields a server error can sit next to; the others (staff, items) go above the form. */
const FIELDS = ['happenedOn', 'findings', 'interviewee', 'statement', 'conclusion', 'panelSize', 'attendance', 'votesFor', 'votesAgainst', 'minutes'];

function today(): string {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

/** Which records the current step takes (mirrors RECORD_RULES in src/modules/cases/records.ts). */
export const RECORD_KINDS_BY_STATE: Partial<Record<CaseView['state'], { kind: RecordKind; roles: string[] }[]>> = {
  investigation: [
    { kind: 'investigation', roles: ['community_worker', 'street_reviewer'] },
    { kind: 'neighbour_interview', roles: ['community_worker', 'street_reviewer'] },
  ],
  verification: [{ kind: 'verification', roles: ['verifier'] }],
  democratic_review: [{ kind: 'review_meeting', roles: ['community_worker', 'street_reviewer'] }],
};

/** A record of the current step: 入户调查, 邻里访问, 核对报告 or 民主评议. */
export function RecordModal({ view, kind, onClose, onDone }: { view: CaseView; kind: RecordKind; onClose(): void; onDone(v: CaseView): void }) {
  const { c, label } = useCaseText();
  const { message } = App.useApp();
  const [form] = Form.useForm();
  const [error, setError] = useState<string | null>(null);

  const submit = async () => {
    setError(null);
    const v = await form.validateFields();
    const staff = [v.staff1, v.staff2].filter((s: string | undefined) => s && s.trim());
    const body =
      kind === 'investigation'
        ? { kind, happenedOn: v.happenedOn, staff, findings: v.findings }
        : kind === 'neighbour_interview'
          ? { kind, happenedOn: v.happenedOn, staff, interviewee: v.interviewee, statement: v.statement }
          : kind === 'verification'
            ? { kind, happenedOn: v.happenedOn, items: (v.items as { source: string; declared?: string; found?: string; matches?: boolean }[]).map((i) => ({ source: i.source, declared: i.declared ?? '', found: i.found ?? '', matches: Boolean(i.matches) })), conclusion: v.conclusion }
            : { kind, happenedOn: v.happenedOn, panelSize: v.panelSize, attendance: v.attendance, votesFor: v.votesFor, votesAgainst: v.votesAgainst, minutes: v.minutes };
    try {
      const next = await casesApi.addRecord(view.id, body);
      message.success(c('saved'));
      onDone(next);
    } catch (e) {
      if (!(e instanceof ApiError)) throw e;
      if (e.field && FIELDS.includes(e.field)) form.setFields(fieldErrors(e, FIELDS));
      else setError(e.message);
    }
  };

  const required = [{ required: true, whitespace: true }];
  return (
    <ResponsiveModal open width={kind === 'verification' ? 860 : 560} title={label('record', kind)} okText={c('addRecord')} onOk={() => void submit()} onCancel={onClose} destroyOnHidden>
      {error && <Alert type="error" showIcon message={error} style={{ marginBottom: 16 }} />}
      <Form form={form} layout="vertical" preserve={false} initialValues={{ happenedOn: today(), items: [{ source: '', matches: true }] }}>
        <Form.Item name="happenedOn" label={c('happenedOn')} rules={[{ required: true }]}>
          <Input type="date" style={{ width: 200, maxWidth: '100%' }} />
        </Form.Item>
        {(kind === 'investigation' || kind === 'neighbour_interview') && (
          <Form.Item label={c('staff')} extra={c('staffHint')} required>
            <Space wrap>
              <Form.Item name="staff1" noStyle rules={required}>
                <Input placeholder={c('staff1')} aria-label={c('staff1')} style={{ width: 180, maxWidth: '100%' }} />
              </Form.Item>
              <Form.Item name="staff2" noStyle>
                <Input placeholder={c('staff2')} aria-label={c('staff2')} style={{ width: 180, maxWidth: '100%' }} />
              </Form.Item>
            </Space>
          </Form.Item>
        )}
        {kind === 'investigation' && (
          <Form.Item name="findings" label={c('findings')} rules={required}>
            <Input.TextArea rows={4} />
          </Form.Item>
        )}
        {kind === 'neighbour_interview' && (
          <>
            <Form.Item name="interviewee" label={c('interviewee')} rules={required}>
              <Input />
            </Form.Item>
            <Form.Item name="statement" label={c('statement')} rules={required}>
              <Input.TextArea rows={3} />
            </Form.Item>
          </>
        )}
        {kind === 'verification' && (
          <>
            <Form.List name="items">
              {(fields, { add, remove }) => (
                <>
                  {fields.map((f, i) => (
                    <Space key={f.key} align="baseline" wrap style={{ display: 'flex' }}>
                      <Form.Item name={[f.name, 'source']} rules={required}>
                        <Input placeholder={c('source')} aria-label={`${c('source')} ${i + 1}`} style={{ width: 170 }} />
                      </Form.Item>
                      <Form.Item name={[f.name, 'declared']}>
                        <Input placeholder={c('declared')} aria-label={`${c('declared')} ${i + 1}`} style={{ width: 200 }} />
                      </Form.Item>
                      <Form.Item name={[f.name, 'found']}>
                        <Input placeholder={c('found')} aria-label={`${c('found')} ${i + 1}`} style={{ width: 200 }} />
                      </Form.Item>
                      <Form.Item name={[f.name, 'matches']} valuePropName="checked">
                        <Checkbox>{c('matches')}</Checkbox>
                      </Form.Item>
                      {fields.length > 1 && <MinusCircleOutlined onClick={() => remove(f.name)} />}
                    </Space>
                  ))}
                  <Button type="dashed" icon={<PlusOutlined />} onClick={() => add({ source: '', matches: true })} style={{ marginBottom: 16 }}>
                    {c('addRow')}
                  </Button>
                </>
              )}
            </Form.List>
            <Form.Item name="conclusion" label={c('conclusion')} rules={required}>
              <Input.TextArea rows={3} />
            </Form.Item>
          </>
        )}
        {kind === 'review_meeting' && (
          <>
            <Typography.Paragraph type="secondary">{c('panelHint', { n: view.rules.reviewPanelMinimum })}</Typography.Paragraph>
            <Space wrap>
              {(['panelSize', 'attendance', 'votesFor', 'votesAgainst'] as const).map((name) => (
                <Form.Item key={name} name={name} label={c(name)} rules={[{ required: true }]}>
                  <InputNumber min={0} max={500} precision={0} />
                </Form.Item>
              ))}
            </Space>
            <Form.Item name="minutes" label={c('minutes')} rules={required}>
              <Input.TextArea rows={4} />
            </Form.Item>
          </>
        )}
      </Form>
    </ResponsiveModal>
  );
}
