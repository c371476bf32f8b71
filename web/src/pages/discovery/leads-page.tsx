import { App, Button, Card, DatePicker, Flex, Form, Input, Radio, Segmented, Tag, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { ApiError } from '../../api/client.ts';
import { chinaToday } from '../../china-date.ts';
import { ResponsiveModal } from '../../components/responsive-modal.tsx';
import { ResponsiveTable } from '../../components/responsive-table.tsx';
import { usePagedList } from '../../components/use-paged-list.ts';
import { useSession } from '../../session.tsx';
import { discoveryApi, type Lead, type LeadOutcome } from './api.ts';
import { useDiscoveryText } from './messages.ts';

type Key = Parameters<ReturnType<typeof useDiscoveryText>['d']>[0];
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** 主动发现: the leads of the area, each visited by the community and its outcome recorded. */
export function LeadsPage() {
  const { d } = useDiscoveryText();
  const { user } = useSession();
  const { message } = App.useApp();
  const [status, setStatus] = useState<string>('open');
  const [visiting, setVisiting] = useState<Lead | null>(null);
  const [running, setRunning] = useState(false);
  const list = usePagedList<Lead>((page, pageSize) => discoveryApi.leads({ status: status === 'all' ? undefined : status }, page, pageSize), status);
  const mayRun = ['county_approver', 'street_reviewer', 'verifier'].includes(user.role);
  const mayVisit = user.role === 'community_worker' || user.role === 'street_reviewer';

  const runDiscovery = async () => {
    setRunning(true);
    try {
      const { id } = await discoveryApi.startRun(user.areaCode);
      message.info(d('runStarted', { id }));
      for (let i = 0; i < 120; i++) {
        const run = await discoveryApi.run(id);
        if (run.status === 'done') {
          message.success(d('runDone', { found: run.counts.found, created: run.counts.newLeads }));
          list.reload();
          return;
        }
        if (run.status === 'failed') {
          message.error(d('runFailed'));
          return;
        }
        await sleep(1000);
      }
    } catch (e) {
      message.error(e instanceof ApiError ? e.message : String(e));
    } finally {
      setRunning(false);
    }
  };

  return (
    <Card
      title={d('leadsTitle')}
      extra={mayRun && <Button type="primary" loading={running} onClick={() => void runDiscovery()} data-testid="run-discovery">{d('runDiscovery')}</Button>}
    >
      <Typography.Paragraph type="secondary">{d('leadsHint')}</Typography.Paragraph>
      <Segmented
        style={{ marginBottom: 12 }}
        value={status}
        onChange={(s) => setStatus(String(s))}
        options={['open', 'visited', 'all'].map((s) => ({ value: s, label: s === 'all' ? d('all') : d(`status_${s}` as Key) }))}
      />
      <ResponsiveTable<Lead>
        rowKey="id"
        size="middle"
        loading={list.loading}
        dataSource={list.items}
        scroll={{ x: 960 }}
        cardTitle={(l) => <Flex gap={8} wrap><Tag color="blue">{d(`rule_${l.rule}` as Key)}</Tag>{l.personName}</Flex>}
        pagination={{ current: list.page, pageSize: list.pageSize, total: list.total, onChange: list.changePage, hideOnSinglePage: true }}
        columns={[
          { title: d('rule'), dataIndex: 'rule', width: 170, render: (r: Lead['rule']) => <Tag color="blue">{d(`rule_${r}` as Key)}</Tag> },
          { title: d('person'), dataIndex: 'personName', width: 90 },
          { title: d('address'), dataIndex: 'address', width: 200 },
          { title: d('reason'), dataIndex: 'summary' },
          { title: d('dueDate'), dataIndex: 'dueDate', width: 120, render: (v: string, l) => (l.overdue ? <Typography.Text type="danger">{v} {d('overdue')}</Typography.Text> : v) },
          {
            title: d('status'),
            dataIndex: 'status',
            width: 140,
            render: (s: Lead['status'], l) => (
              <>
                {l.outcome ? d(`outcome_${l.outcome}` as Key) : d(`status_${s}` as Key)}
                {l.visitedOn && <div><Typography.Text type="secondary">{l.visitedOn}</Typography.Text></div>}
                {l.note && <div><Typography.Text type="secondary">{l.note}</Typography.Text></div>}
              </>
            ),
          },
          {
            title: '',
            key: 'visit',
            width: 100,
            fixed: 'right',
            render: (_: unknown, l) => l.status === 'open' && mayVisit && (
              <Button size="small" type="primary" onClick={() => setVisiting(l)} data-testid={`visit-${l.id}`}>{d('visit')}</Button>
            ),
          },
        ]}
      />
      <VisitModal lead={visiting} onClose={(changed) => { setVisiting(null); if (changed) list.reload(); }} />
    </Card>
  );
}

function VisitModal({ lead, onClose }: { lead: Lead | null; onClose(changed: boolean): void }) {
  const { d } = useDiscoveryText();
  const { message } = App.useApp();
  const [form] = Form.useForm();
  const outcome = Form.useWatch('outcome', form) as LeadOutcome | undefined;
  const save = async () => {
    // A missing field is shown beside it by the form; nothing more to do here.
    const values = (await form.validateFields().catch(() => null)) as { outcome: LeadOutcome; visitedOn: Dayjs; note?: string } | null;
    if (!values) return;
    try {
      await discoveryApi.recordOutcome(lead!.id, { outcome: values.outcome, visitedOn: values.visitedOn.format('YYYY-MM-DD'), ...(values.note?.trim() ? { note: values.note.trim() } : {}) });
      message.success(d('saved'));
      onClose(true);
    } catch (e) {
      if (e instanceof ApiError && e.field) form.setFields([{ name: e.field, errors: [e.message] }]);
      else message.error(e instanceof ApiError ? e.message : String(e));
    }
  };
  return (
    <ResponsiveModal open={lead !== null} title={d('visitTitle')} onOk={() => void save()} onCancel={() => onClose(false)} destroyOnHidden>
      {lead && (
        <Form form={form} layout="vertical" preserve={false} initialValues={{ outcome: 'applied', visitedOn: chinaToday() }}>
          <Typography.Paragraph>
            <Tag color="blue">{d(`rule_${lead.rule}` as Key)}</Tag> {lead.personName} · {lead.address}
          </Typography.Paragraph>
          <Typography.Paragraph type="secondary">{lead.summary}</Typography.Paragraph>
          <Form.Item name="outcome" label={d('outcome')}>
            <Radio.Group options={(['applied', 'not_eligible', 'declined'] as const).map((o) => ({ value: o, label: d(`outcome_${o}`) }))} />
          </Form.Item>
          <Form.Item name="visitedOn" label={d('visitedOn')} rules={[{ required: true }]}>
            <DatePicker disabledDate={(day) => day.isAfter(chinaToday(), 'day')} />
          </Form.Item>
          <Form.Item name="note" label={d('note')} rules={[{ required: outcome !== 'applied', whitespace: true, message: d('noteRequired') }]}>
            <Input.TextArea rows={3} maxLength={500} />
          </Form.Item>
        </Form>
      )}
    </ResponsiveModal>
  );
}
