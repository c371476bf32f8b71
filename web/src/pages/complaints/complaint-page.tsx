import { App, Alert, Button, Card, DatePicker, Descriptions, Empty, Form, Input, Modal, Select, Space, Table, Tag, Timeline, Typography } from 'antd';
import dayjs from 'dayjs';
import { useCallback, useEffect, useState } from 'react';
import { Link, useParams } from 'react-router';
import { ApiError } from '../../api/client.ts';
import { formatDateTime } from '../../i18n/format.ts';
import { useI18n } from '../../i18n/index.tsx';
import { COMPLAINT_OUTCOMES, CORRECTIVE_KINDS, complaintsApi, type ComplaintDetail, type ComplaintStep } from './api.ts';
import { SubjectFields, subjectBody } from './subject-fields.tsx';
import { useComplaintText } from './text.ts';
import { chinaToday } from '../../china-date.ts';

type Dialog = ComplaintStep | 'subject' | null;
const FIELDS = ['assigneeId', 'happenedOn', 'content', 'outcome', 'finding', 'kind', 'refId', 'description', 'reply', 'subjectTarget', 'subjectUser', 'subjectNote'];
const SUBJECT_FIELDS: Record<string, string> = { subjectHouseholdId: 'subjectTarget', subjectPersonId: 'subjectTarget', subjectUserId: 'subjectUser' };

/** 举报投诉详情: what was reported, its history, and the next step the user may take. */
export function ComplaintPage() {
  const id = Number(useParams().id);
  const { m, label, options } = useComplaintText();
  const { lang } = useI18n();
  const { message } = App.useApp();
  const [c, setC] = useState<ComplaintDetail | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [dialog, setDialog] = useState<Dialog>(null);
  const [assignees, setAssignees] = useState<{ value: number; label: string }[]>([]);
  const [form] = Form.useForm();
  const kind = Form.useWatch('kind', form) as string | undefined;

  const load = useCallback(async () => {
    try {
      setC(await complaintsApi.get(id));
    } catch (e) {
      if (!(e instanceof ApiError)) throw e;
      setError(e.message);
    }
  }, [id]);
  useEffect(() => void load(), [load]);
  useEffect(() => {
    if (dialog === 'assign') void complaintsApi.assignees().then((r) => setAssignees(r.items.map((u) => ({ value: u.id, label: `${u.displayName}（${u.areaCode}）` }))));
  }, [dialog]);

  if (error) return <Alert type="error" showIcon message={error} />;
  if (!c) return <Card loading />;

  const submit = async () => {
    const v = await form.validateFields();
    try {
      const next =
        dialog === 'assign'
          ? await complaintsApi.assign(id, v.assigneeId)
          : dialog === 'subject'
            ? await complaintsApi.subject(id, subjectBody(v))
            : dialog === 'investigate'
              ? await complaintsApi.investigate(id, { happenedOn: (v.happenedOn as dayjs.Dayjs).format('YYYY-MM-DD'), content: v.content })
              : dialog === 'conclude'
                ? await complaintsApi.conclude(id, { outcome: v.outcome, finding: v.finding })
                : dialog === 'correct'
                  ? await complaintsApi.correct(id, { kind: v.kind, refId: v.refId, description: v.description })
                  : await complaintsApi.reply(id, v.reply);
      setC(next);
      setDialog(null);
      message.success(m('saved'));
    } catch (e) {
      if (!(e instanceof ApiError)) throw e;
      // The subject's two pickers stand for the API's household, person and staff fields.
      const field = SUBJECT_FIELDS[e.field ?? ''] ?? e.field;
      if (field && FIELDS.includes(field)) form.setFields([{ name: field, errors: [e.message] }]);
      else message.error(e.message);
    }
  };

  const steps: { key: Dialog; text: string; primary?: boolean }[] = [
    ...(c.allowed.includes('investigate') ? [{ key: 'subject' as const, text: m('setSubject') }] : []),
    ...c.allowed.map((a) => ({ key: a, text: m(a === 'reply' ? 'doReply' : a), primary: a === 'conclude' || a === 'reply' })),
  ];
  const linkable = c.linkable.filter((l) => l.kind === kind).map((l) => ({ value: l.id, label: `${l.id} · ${l.label}` }));

  return (
    <Space direction="vertical" size="middle" style={{ width: '100%' }}>
      <Card
        title={m('detailTitle', { code: c.trackingCode })}
        extra={
          <Space wrap>
            {steps.map((s) => (
              <Button key={s.key} type={s.primary ? 'primary' : 'default'} onClick={() => (form.resetFields(), setDialog(s.key))} data-testid={`complaint-${s.key}`}>
                {s.text}
              </Button>
            ))}
          </Space>
        }
      >
        <Descriptions column={{ xs: 1, sm: 1, md: 2 }} size="small" bordered>
          <Descriptions.Item label={m('status')}>
            <Space size={4}>
              <Tag color={c.status === 'replied' ? 'green' : 'blue'}>{label('status', c.status)}</Tag>
              {c.outcome && <Tag color={c.outcome === 'not_true' ? 'default' : 'red'}>{label('outcome', c.outcome)}</Tag>}
            </Space>
          </Descriptions.Item>
          <Descriptions.Item label={m('dueOn')}>{c.overdue ? <Typography.Text type="danger">{`${c.dueOn} ${m('overdue')}`}</Typography.Text> : c.dueOn}</Descriptions.Item>
          <Descriptions.Item label={m('receivedOn')}>{c.receivedOn}</Descriptions.Item>
          <Descriptions.Item label={m('channel')}>{label('channel', c.channel)}</Descriptions.Item>
          <Descriptions.Item label={m('category')}>{label('category', c.category)}</Descriptions.Item>
          <Descriptions.Item label={m('area')}>{c.areaName ?? c.areaCode}</Descriptions.Item>
          <Descriptions.Item label={m('complainant')}>{c.anonymous ? m('anonymous') : c.complainantName}{c.complainantContact ? `（${c.complainantContact}）` : ''}</Descriptions.Item>
          <Descriptions.Item label={m('assignee')}>{c.assigneeName ?? '—'}</Descriptions.Item>
          <Descriptions.Item label={m('subject')} span={2}>
            <Space wrap>
              {c.subjectHouseholdId ? <Link to={`/households/${c.subjectHouseholdId}`}>{m('household', { id: c.subjectHouseholdId, name: c.subjectHouseholdName ?? '' })}</Link> : !c.subjectUserId && m('noSubject')}
              {c.subjectPersonName && <span>{`${m('subjectPerson')}：${c.subjectPersonName}`}</span>}
              {c.subjectUserName && <span>{`${m('subjectUser')}：${c.subjectUserName}`}</span>}
              {c.applicationId && <Link to={`/cases/${c.applicationId}`}>{m('case', { id: c.applicationId })}</Link>}
              {c.subjectNote}
            </Space>
          </Descriptions.Item>
          <Descriptions.Item label={m('content')} span={2}>
            <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', margin: 0 }}>{c.content}</Typography.Paragraph>
          </Descriptions.Item>
          {c.finding && <Descriptions.Item label={m('finding')} span={2}>{c.finding}</Descriptions.Item>}
          {c.reply && <Descriptions.Item label={m('reply')} span={2}>{`${c.reply}（${c.repliedOn}）`}</Descriptions.Item>}
        </Descriptions>
      </Card>
      <Card title={m('actionsTitle')} size="small" data-testid="complaint-actions">
        {c.actions.length === 0 ? (
          <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={m('noActions')} />
        ) : (
          <Table
            rowKey="id"
            size="small"
            pagination={false}
            dataSource={c.actions}
            columns={[
              { title: m('kind'), dataIndex: 'kind', render: (k: string) => label('kind', k) },
              { title: m('ref'), dataIndex: 'refId', render: (r: number | null, a) => {
                  if (r === null) return '—';
                  const text = c.linkable.find((l) => l.kind === a.kind && l.id === r)?.label ?? String(r);
                  return a.kind === 'application' ? <Link to={`/cases/${r}`}>{text}</Link> : text;
                },
              },
              { title: m('description'), dataIndex: 'description' },
              { title: m('recordedAt'), dataIndex: 'createdAt', render: (d: string) => formatDateTime(d, lang) },
            ]}
          />
        )}
      </Card>
      <Card title={m('history')} size="small">
        <Timeline
          items={c.events.map((e) => ({
            key: e.id,
            children: (
              <>
                <Typography.Text strong>{label('event', e.action)}</Typography.Text> <Typography.Text type="secondary">{`${e.happenedOn} ${e.actorUsername ?? ''}`}</Typography.Text>
                {e.content && <div>{e.content}</div>}
              </>
            ),
          }))}
        />
      </Card>
      <Modal open={dialog !== null} title={steps.find((s) => s.key === dialog)?.text} onOk={() => void submit()} onCancel={() => setDialog(null)} destroyOnHidden>
        <Form form={form} layout="vertical" preserve={false} initialValues={{ happenedOn: chinaToday(), outcome: 'true', kind: 'enrolment_change' }}>
          {dialog === 'assign' && (
            <Form.Item name="assigneeId" label={m('assigneeSelect')} rules={[{ required: true }]}>
              <Select options={assignees} showSearch={{ optionFilterProp: 'label' }} />
            </Form.Item>
          )}
          {dialog === 'subject' && <SubjectFields c={c} />}
          {dialog === 'investigate' && (
            <>
              <Form.Item name="happenedOn" label={m('happenedOn')} rules={[{ required: true }]}>
                <DatePicker />
              </Form.Item>
              <Form.Item name="content" label={m('investigation')} rules={[{ required: true, whitespace: true }]}>
                <Input.TextArea rows={4} maxLength={5000} />
              </Form.Item>
            </>
          )}
          {dialog === 'conclude' && (
            <>
              <Form.Item name="outcome" label={m('outcome')} rules={[{ required: true }]}>
                <Select options={options('outcome', COMPLAINT_OUTCOMES)} />
              </Form.Item>
              <Form.Item name="finding" label={m('finding')} rules={[{ required: true, whitespace: true }]}>
                <Input.TextArea rows={4} maxLength={5000} />
              </Form.Item>
            </>
          )}
          {dialog === 'correct' && (
            <>
              <Form.Item name="kind" label={m('kind')} rules={[{ required: true }]}>
                <Select options={options('kind', CORRECTIVE_KINDS)} />
              </Form.Item>
              {kind !== 'other' && (
                <Form.Item name="refId" label={m('ref')} rules={[{ required: true }]}>
                  <Select options={linkable} />
                </Form.Item>
              )}
              <Form.Item name="description" label={m('description')} rules={[{ required: true, whitespace: true }]}>
                <Input.TextArea rows={3} maxLength={2000} />
              </Form.Item>
            </>
          )}
          {dialog === 'reply' && (
            <>
              <Alert type="warning" showIcon message={m('replyHint')} style={{ marginBottom: 12 }} />
              <Form.Item name="reply" label={m('reply')} rules={[{ required: true, whitespace: true }]}>
                <Input.TextArea rows={4} maxLength={2000} />
              </Form.Item>
            </>
          )}
        </Form>
      </Modal>
    </Space>
  );
}
