import { App, Button, Card, Form, Input, Modal, Table, Typography } from 'antd';
import { useCallback, useEffect, useState } from 'react';
import { ApiError } from '../../api/client.ts';
import { fieldErrors } from '../../components/form-errors.ts';
import { formatDateTime } from '../../i18n/format.ts';
import { useI18n } from '../../i18n/index.tsx';
import { useSession } from '../../session.tsx';
import { CommunitySelect } from '../registry/community-select.tsx';
import { casesApi, type StaffRelative } from './api.ts';
import { useCaseText } from './labels.ts';

const FIELDS = ['staffName', 'staffPosition', 'relativeName', 'relativeIdNumber', 'relation', 'areaCode'] as const;

/** 近亲属备案: staff and cadres register their close relatives; their applications get flagged. */
export function StaffRelativesPage() {
  const { c } = useCaseText();
  const { lang } = useI18n();
  const { user, access } = useSession();
  const { message } = App.useApp();
  const [items, setItems] = useState<StaffRelative[] | null>(null);
  const [adding, setAdding] = useState(false);
  const [form] = Form.useForm();

  const load = useCallback(async () => {
    try {
      setItems((await casesApi.relatives()).items);
    } catch (e) {
      if (e instanceof ApiError) message.error(e.message);
      else throw e;
      setItems([]);
    }
  }, [message]);
  useEffect(() => void load(), [load]);

  const add = async () => {
    const v = await form.validateFields();
    try {
      await casesApi.addRelative(v);
      message.success(c('saved'));
      setAdding(false);
      await load();
    } catch (e) {
      if (!(e instanceof ApiError)) throw e;
      if (e.field && (FIELDS as readonly string[]).includes(e.field)) form.setFields(fieldErrors(e, [...FIELDS]));
      else message.error(e.message);
    }
  };

  return (
    <Card
      title={c('relativesTitle')}
      extra={
        access.editHouseholds && (
          <Button type="primary" onClick={() => setAdding(true)}>
            {c('relativesAdd')}
          </Button>
        )
      }
    >
      <Typography.Paragraph type="secondary">{c('relativesHint')}</Typography.Paragraph>
      <Table<StaffRelative>
        rowKey="id"
        size="middle"
        loading={items === null}
        dataSource={items ?? []}
        pagination={{ pageSize: 20, hideOnSinglePage: true }}
        columns={[
          { title: c('staffName'), dataIndex: 'staffName' },
          { title: c('staffPosition'), dataIndex: 'staffPosition' },
          { title: c('relativeName'), dataIndex: 'relativeName' },
          { title: c('relativeIdNumber'), dataIndex: 'relativeIdNumberMasked' },
          { title: c('relation'), dataIndex: 'relation' },
          { title: c('areaCode'), dataIndex: 'areaCode' },
          { title: c('createdAt'), dataIndex: 'createdAt', render: (d: string) => formatDateTime(d, lang) },
        ]}
      />
      <Modal open={adding} title={c('relativesAdd')} onOk={() => void add()} onCancel={() => setAdding(false)} destroyOnHidden>
        <Form form={form} layout="vertical" preserve={false} initialValues={{ areaCode: user.areaCode.length === 12 ? user.areaCode : undefined }}>
          {FIELDS.map((name) => (
            <Form.Item key={name} name={name} label={c(name)} rules={[{ required: true, whitespace: true }]}>
              {name === 'areaCode' ? <CommunitySelect /> : <Input />}
            </Form.Item>
          ))}
        </Form>
      </Modal>
    </Card>
  );
}
