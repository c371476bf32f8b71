import { App, Button, Card, Form, Input, Modal, Radio, Segmented, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { ApiError } from '../../api/client.ts';
import { usePagedList } from '../../components/use-paged-list.ts';
import { useSession } from '../../session.tsx';
import { verificationApi, type Alert } from './api.ts';
import { useVerificationText } from './messages.ts';

/** 核对预警: the community's alerts from the matching, each worked to an outcome. */
export function AlertsPage() {
  const { v, rule } = useVerificationText();
  const { user } = useSession();
  const [status, setStatus] = useState<string>('open');
  const [working, setWorking] = useState<Alert | null>(null);
  const list = usePagedList<Alert>((page, pageSize) => verificationApi.alerts({ status: status === 'all' ? undefined : status }, page, pageSize), status);
  const mayWork = user.role === 'community_worker' || user.role === 'street_reviewer';

  return (
    <Card title={v('alertsTitle')}>
      <Typography.Paragraph type="secondary">{v('alertsHint')}</Typography.Paragraph>
      <Segmented style={{ marginBottom: 12 }} value={status} onChange={(s) => setStatus(String(s))} options={['open', 'confirmed', 'explained', 'all'].map((s) => ({ value: s, label: s === 'all' ? v('all') : v(`status_${s}` as 'status_open') }))} />
      <Table<Alert>
        rowKey="id"
        size="middle"
        loading={list.loading}
        dataSource={list.items}
        scroll={{ x: 900 }}
        pagination={{ current: list.page, pageSize: list.pageSize, total: list.total, onChange: list.changePage, hideOnSinglePage: true }}
        columns={[
          { title: v('rule'), dataIndex: 'rule', width: 130, render: (r: string) => <Tag color={r === 'death' ? 'red' : 'orange'}>{rule(r)}</Tag> },
          { title: v('person'), dataIndex: 'personName', width: 90 },
          { title: v('declared'), dataIndex: 'declared' },
          { title: v('matched'), dataIndex: 'matched' },
          { title: v('dueDate'), dataIndex: 'dueDate', width: 120, render: (d: string, a) => (a.overdue ? <Typography.Text type="danger">{d} {v('overdue')}</Typography.Text> : d) },
          {
            title: v('status'),
            dataIndex: 'status',
            width: 130,
            render: (s: Alert['status'], a) => (
              <>
                {v(`status_${s}`)}
                {a.outcome && s !== 'open' && ` · ${v(`proposal_${a.outcome}`)}`}
                {a.reason && <div><Typography.Text type="secondary">{a.reason}</Typography.Text></div>}
              </>
            ),
          },
          {
            title: '',
            key: 'work',
            width: 80,
            fixed: 'right',
            render: (_: unknown, a) => a.status === 'open' && mayWork && (
              <Button size="small" type="primary" onClick={() => setWorking(a)} data-testid={`work-${a.id}`}>{v('work')}</Button>
            ),
          },
        ]}
      />
      <WorkModal alert={working} onClose={(changed) => { setWorking(null); if (changed) list.reload(); }} />
    </Card>
  );
}

function WorkModal({ alert, onClose }: { alert: Alert | null; onClose(changed: boolean): void }) {
  const { v, rule } = useVerificationText();
  const { message } = App.useApp();
  const [form] = Form.useForm();
  const outcome = Form.useWatch('outcome', form) as 'confirmed' | 'explained' | undefined;
  const save = async () => {
    const values = (await form.validateFields()) as { outcome: 'confirmed' | 'explained'; proposal?: 'review' | 'stop'; reason?: string };
    try {
      await verificationApi.workAlert(alert!.id, values.outcome === 'confirmed' ? { outcome: 'confirmed', proposal: values.proposal ?? 'review' } : { outcome: 'explained', reason: values.reason ?? '' });
      message.success(v('saved'));
      onClose(true);
    } catch (e) {
      message.error(e instanceof ApiError ? e.message : String(e));
    }
  };
  return (
    <Modal open={alert !== null} title={`${v('workTitle')} · ${rule(alert?.rule ?? null)}`} onOk={() => void save()} onCancel={() => onClose(false)} destroyOnHidden>
      {alert && (
        <Form form={form} layout="vertical" preserve={false} initialValues={{ outcome: 'confirmed', proposal: alert.rule === 'death' ? 'stop' : 'review' }}>
          <Typography.Paragraph>
            {alert.personName}：{v('declared')} {alert.declared}；{v('matched')} {alert.matched}
          </Typography.Paragraph>
          <Form.Item name="outcome" label={v('outcome')}>
            <Radio.Group options={[{ value: 'confirmed', label: v('confirmed') }, { value: 'explained', label: v('explained') }]} />
          </Form.Item>
          {outcome !== 'explained' ? (
            <Form.Item name="proposal" label={v('proposal')} extra={alert.rule === 'death' ? v('deathHint') : undefined}>
              <Radio.Group options={[{ value: 'review', label: v('proposal_review'), disabled: alert.rule === 'death' }, { value: 'stop', label: v('proposal_stop') }]} />
            </Form.Item>
          ) : (
            <Form.Item name="reason" label={v('reason')} rules={[{ required: true, whitespace: true }]}>
              <Input.TextArea rows={3} maxLength={500} />
            </Form.Item>
          )}
        </Form>
      )}
    </Modal>
  );
}
