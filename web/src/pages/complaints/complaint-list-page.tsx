import { App, Button, Card, Checkbox, Form, Input, Modal, Select, Space, Switch, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { ApiError } from '../../api/client.ts';
import { AreaTreeSelect } from '../../components/area-tree-select.tsx';
import { usePagedList } from '../../components/use-paged-list.ts';
import { useSession } from '../../session.tsx';
import { complaintAccess } from './access.ts';
import { COMPLAINT_CATEGORIES, COMPLAINT_CHANNELS, COMPLAINT_STATUSES, complaintsApi, STAFF_CHANNELS, type ComplaintListItem } from './api.ts';
import { ChannelsModal } from './channels-modal.tsx';
import { newSubjectBody, SubjectFields } from './subject-fields.tsx';
import { useComplaintText } from './text.ts';

const REGISTER_FIELDS = ['areaCode', 'channel', 'category', 'content', 'complainantName', 'complainantContact', 'subjectTarget', 'subjectUser', 'subjectNote'];
/** The subject's two pickers stand for the API's household, person and staff fields. */
const SUBJECT_FIELDS: Record<string, string> = { subjectHouseholdId: 'subjectTarget', subjectPersonId: 'subjectTarget', subjectUserId: 'subjectUser' };

/** 举报投诉登记簿: the register of the user's area, filtered and paged on the server. */
export function ComplaintListPage() {
  const { m, label, options } = useComplaintText();
  const { user } = useSession();
  const can = complaintAccess(user.role);
  const { message } = App.useApp();
  const navigate = useNavigate();
  const [filters, setFilters] = useState<{ status?: string; channel?: string; category?: string; overdue: boolean }>({ overdue: false });
  const [registering, setRegistering] = useState(false);
  const [channels, setChannels] = useState(false);
  const [form] = Form.useForm();
  const list = usePagedList<ComplaintListItem>(
    (page, pageSize) => (can.read ? complaintsApi.list({ ...filters, overdue: filters.overdue ? 'true' : undefined, page, pageSize }) : Promise.resolve({ items: [], total: 0 })),
    JSON.stringify(filters),
  );

  const register = async () => {
    const { subjectTarget, subjectUser, subjectNote, ...v } = await form.validateFields();
    try {
      const body = { ...v, anonymous: Boolean(v.anonymous), ...newSubjectBody({ subjectTarget, subjectUser, subjectNote }) };
      const created = await complaintsApi.create(body);
      message.success(m('registered', { code: created.trackingCode }));
      setRegistering(false);
      navigate(`/complaints/${created.id}`);
    } catch (e) {
      if (!(e instanceof ApiError)) throw e;
      const field = SUBJECT_FIELDS[e.field ?? ''] ?? e.field;
      if (field && REGISTER_FIELDS.includes(field)) form.setFields([{ name: field, errors: [e.message] }]);
      else message.error(e.message);
    }
  };

  return (
    <Card
      title={m('listTitle')}
      extra={
        <Space>
          {can.editChannels && <Button onClick={() => setChannels(true)}>{m('channelsButton')}</Button>}
          {can.handle && (
            <Button type="primary" onClick={() => setRegistering(true)} data-testid="complaint-register">
              {m('register')}
            </Button>
          )}
        </Space>
      }
    >
      {can.read && (
        <>
          <Space wrap style={{ marginBottom: 16 }}>
            <Select allowClear placeholder={m('allStatuses')} style={{ width: 140 }} options={options('status', COMPLAINT_STATUSES)} value={filters.status} onChange={(status?: string) => setFilters({ ...filters, status })} />
            <Select allowClear placeholder={m('allChannels')} style={{ width: 140 }} options={options('channel', COMPLAINT_CHANNELS)} value={filters.channel} onChange={(channel?: string) => setFilters({ ...filters, channel })} />
            <Select allowClear placeholder={m('allCategories')} style={{ width: 200 }} options={options('category', COMPLAINT_CATEGORIES)} value={filters.category} onChange={(category?: string) => setFilters({ ...filters, category })} />
            <Checkbox checked={filters.overdue} onChange={(e) => setFilters({ ...filters, overdue: e.target.checked })}>
              {m('onlyOverdue')}
            </Checkbox>
          </Space>
          <Table<ComplaintListItem>
            rowKey="id"
            size="middle"
            scroll={{ x: 900 }}
            loading={list.loading}
            dataSource={list.items}
            pagination={{ current: list.page, pageSize: list.pageSize, total: list.total, onChange: list.changePage, hideOnSinglePage: true }}
            columns={[
              { title: m('trackingCode'), dataIndex: 'trackingCode', render: (code: string, r) => <Link to={`/complaints/${r.id}`}>{code}</Link> },
              { title: m('receivedOn'), dataIndex: 'receivedOn' },
              { title: m('channel'), dataIndex: 'channel', render: (c: string) => label('channel', c) },
              { title: m('category'), dataIndex: 'category', render: (c: string) => label('category', c) },
              { title: m('summary'), dataIndex: 'summary', ellipsis: true },
              { title: m('area'), dataIndex: 'areaName' },
              { title: m('assignee'), dataIndex: 'assigneeName' },
              {
                title: m('status'),
                dataIndex: 'status',
                render: (s: string, r) => (
                  <Space size={4}>
                    <Tag color={s === 'replied' ? 'green' : 'blue'}>{label('status', s)}</Tag>
                    {r.outcome && <Tag color={r.outcome === 'not_true' ? 'default' : 'red'}>{label('outcome', r.outcome)}</Tag>}
                  </Space>
                ),
              },
              { title: m('dueOn'), dataIndex: 'dueOn', render: (d: string, r) => (r.overdue ? <Typography.Text type="danger">{`${d} ${m('overdue')}`}</Typography.Text> : d) },
            ]}
          />
        </>
      )}
      <Modal open={registering} title={m('register')} onOk={() => void register()} onCancel={() => setRegistering(false)} destroyOnHidden width={640}>
        <Form form={form} layout="vertical" preserve={false} initialValues={{ areaCode: user.areaCode, channel: 'hotline', category: 'hidden_income', anonymous: false }}>
          <Form.Item name="areaCode" label={m('area')} rules={[{ required: true }]}>
            <AreaTreeSelect />
          </Form.Item>
          <Space wrap>
            <Form.Item name="channel" label={m('channel')} rules={[{ required: true }]}>
              <Select style={{ width: 160 }} options={options('channel', STAFF_CHANNELS)} />
            </Form.Item>
            <Form.Item name="category" label={m('category')} rules={[{ required: true }]}>
              <Select style={{ width: 260 }} options={options('category', COMPLAINT_CATEGORIES)} />
            </Form.Item>
          </Space>
          <Form.Item name="content" label={m('content')} rules={[{ required: true, whitespace: true }]}>
            <Input.TextArea rows={4} maxLength={5000} />
          </Form.Item>
          <Space wrap>
            <Form.Item name="anonymous" label={m('anonymousSwitch')} valuePropName="checked">
              <Switch />
            </Form.Item>
            <Form.Item name="complainantName" label={m('complainantName')}>
              <Input maxLength={100} />
            </Form.Item>
            <Form.Item name="complainantContact" label={m('contact')}>
              <Input maxLength={100} />
            </Form.Item>
          </Space>
          <SubjectFields />
        </Form>
      </Modal>
      {channels && <ChannelsModal areaCode={user.areaCode} onClose={() => setChannels(false)} />}
    </Card>
  );
}
