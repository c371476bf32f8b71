import { App, Button, Card, Form, Input, List, Select, Space, Tag, Typography } from 'antd';
import { useState } from 'react';
import { ApiError } from '../../api/client.ts';
import { fieldErrors } from '../../components/form-errors.ts';
import { ResponsiveModal } from '../../components/responsive-modal.tsx';
import { useSession } from '../../session.tsx';
import { casesApi, OBJECTION_CHANNELS, type CaseView, type Objection } from './api.ts';
import { formatDateTime } from '../../i18n/format.ts';
import { useI18n } from '../../i18n/index.tsx';
import { useCaseText } from './labels.ts';

/** 公示异议: recorded during the notice; an open one holds the case until it is resolved. */
export function ObjectionsCard({ view, onChange }: { view: CaseView; onChange(v: CaseView): void }) {
  const { lang } = useI18n();
  const { c, label, options } = useCaseText();
  const { access } = useSession();
  const { message } = App.useApp();
  const [adding, setAdding] = useState(false);
  const [resolving, setResolving] = useState<Objection | null>(null);
  const [form] = Form.useForm();
  const canWrite = access.editHouseholds;

  const run = async (call: () => Promise<CaseView>, fields: string[]) => {
    try {
      onChange(await call());
      message.success(c('saved'));
      setAdding(false);
      setResolving(null);
    } catch (e) {
      if (!(e instanceof ApiError)) throw e;
      if (e.field && fields.includes(e.field)) form.setFields(fieldErrors(e, fields));
      else message.error(e.message);
    }
  };

  return (
    <Card
      size="small"
      title={c('objections')}
      style={{ marginBottom: 16 }}
      extra={
        canWrite &&
        view.state === 'public_notice' && (
          <Button size="small" onClick={() => setAdding(true)}>
            {c('addObjection')}
          </Button>
        )
      }
    >
      <List
        dataSource={view.objections}
        locale={{ emptyText: c('noObjections') }}
        renderItem={(o) => (
          <List.Item
            key={o.id}
            actions={
              canWrite && o.status === 'open'
                ? [
                    <Button key="resolve" size="small" type="link" onClick={() => setResolving(o)}>
                      {c('resolve')}
                    </Button>,
                  ]
                : []
            }
          >
            <List.Item.Meta
              title={
                <Space wrap size={[8, 0]}>
                  <Tag color={o.status === 'open' ? 'red' : 'green'}>{o.status === 'open' ? c('objectionOpen') : c('objectionResolved')}</Tag>
                  <span>{o.raisedBy}</span>
                  <Typography.Text type="secondary">
                    {label('channel', o.receivedVia)} · {formatDateTime(o.createdAt, lang)}
                  </Typography.Text>
                </Space>
              }
              description={
                <>
                  <div>{o.content}</div>
                  {o.resolution && (
                    <Typography.Text type="secondary">
                      {c('resolution')}：{o.resolution}
                    </Typography.Text>
                  )}
                </>
              }
            />
          </List.Item>
        )}
      />
      {adding && (
        <ResponsiveModal open title={c('addObjection')} onOk={() => void form.validateFields().then((v) => run(() => casesApi.addObjection(view.id, v), ['raisedBy', 'receivedVia', 'content']))} onCancel={() => setAdding(false)} destroyOnHidden>
          <Form form={form} layout="vertical" preserve={false} initialValues={{ receivedVia: 'window' }}>
            <Form.Item name="raisedBy" label={c('raisedBy')} rules={[{ required: true, whitespace: true }]}>
              <Input />
            </Form.Item>
            <Form.Item name="receivedVia" label={c('receivedVia')} rules={[{ required: true }]}>
              <Select options={options('channel', OBJECTION_CHANNELS)} />
            </Form.Item>
            <Form.Item name="content" label={c('content')} rules={[{ required: true, whitespace: true }]}>
              <Input.TextArea rows={3} />
            </Form.Item>
          </Form>
        </ResponsiveModal>
      )}
      {resolving && (
        <ResponsiveModal open title={c('resolve')} onOk={() => void form.validateFields().then((v) => run(() => casesApi.resolveObjection(resolving.id, v.resolution), ['resolution']))} onCancel={() => setResolving(null)} destroyOnHidden>
          <Typography.Paragraph type="secondary">{resolving.content}</Typography.Paragraph>
          <Form form={form} layout="vertical" preserve={false}>
            <Form.Item name="resolution" label={c('resolution')} rules={[{ required: true, whitespace: true }]}>
              <Input.TextArea rows={3} />
            </Form.Item>
          </Form>
        </ResponsiveModal>
      )}
    </Card>
  );
}
