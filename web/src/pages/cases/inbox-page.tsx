import { App, Button, Card, Form, Select, Space } from 'antd';
import { useCallback, useEffect, useState } from 'react';
import { Link } from 'react-router';
import { ApiError } from '../../api/client.ts';
import { ResponsiveModal } from '../../components/responsive-modal.tsx';
import { ResponsiveTable } from '../../components/responsive-table.tsx';
import { useSession } from '../../session.tsx';
import { casesApi, type InboxItem } from './api.ts';
import { useCaseColumns } from './case-columns.tsx';
import { useCaseText } from './labels.ts';

/** 待办: the cases waiting for this user's role in their area, by due date (the server sorts). */
export function InboxPage() {
  const { c, label } = useCaseText();
  const { user } = useSession();
  const { message } = App.useApp();
  const [items, setItems] = useState<InboxItem[] | null>(null);
  const [selected, setSelected] = useState<number[]>([]);
  const [bulkOpen, setBulkOpen] = useState(false);
  const [busy, setBusy] = useState(false);
  const [form] = Form.useForm<{ category?: 'A' | 'B' | 'C' }>();
  const columns = useCaseColumns<InboxItem>();

  const load = useCallback(async () => {
    try {
      setItems((await casesApi.inbox()).items);
    } catch (e) {
      if (e instanceof ApiError) message.error(e.message);
      else throw e;
    }
  }, [message]);
  useEffect(() => void load(), [load]);

  // 区县确认 may be done for several reviewed cases at once; nothing else is bulk.
  const canBulk = user.role === 'county_approver';

  const bulkConfirm = async () => {
    const { category } = await form.validateFields();
    setBusy(true);
    try {
      const { results } = await casesApi.bulkConfirm(selected, category);
      const failed = results.filter((r) => !r.ok);
      message.info(c('bulkDone', { ok: results.length - failed.length, failed: failed.length }));
      for (const f of failed) message.error(`${c('id')} ${f.id}：${typeof f.error === 'string' ? f.error : (f.error?.message ?? '')}`);
      setBulkOpen(false);
      setSelected([]);
      await load();
    } catch (e) {
      if (e instanceof ApiError) message.error(e.message);
      else throw e;
    } finally {
      setBusy(false);
    }
  };

  return (
    <Card
      title={c('inboxTitle')}
      extra={
        canBulk && (
          <Button type="primary" disabled={selected.length === 0} onClick={() => setBulkOpen(true)}>
            {c('bulkConfirm')}
            {selected.length > 0 ? `（${selected.length}）` : ''}
          </Button>
        )
      }
    >
      <ResponsiveTable<InboxItem>
        rowKey="id"
        scroll={{ x: 'max-content' }}
        size="middle"
        loading={items === null}
        dataSource={items ?? []}
        locale={{ emptyText: c('empty') }}
        pagination={{ pageSize: 20, hideOnSinglePage: true }}
        rowSelection={
          canBulk
            ? { selectedRowKeys: selected, onChange: (keys) => setSelected(keys as number[]), getCheckboxProps: (row) => ({ disabled: !row.actions.includes('confirm') }) }
            : undefined
        }
        columns={[
          ...columns,
          {
            title: c('actions'),
            dataIndex: 'actions',
            render: (actions: string[], row) => (
              <Space size={4} wrap>
                <Link to={`/cases/${row.id}`}>{actions.length ? actions.map((a) => label('action', a)).join('、') : c('open')}</Link>
              </Space>
            ),
          },
        ]}
      />
      <ResponsiveModal open={bulkOpen} title={c('bulkConfirmTitle', { n: selected.length })} onOk={() => void bulkConfirm()} confirmLoading={busy} onCancel={() => setBulkOpen(false)} destroyOnHidden>
        <Form form={form} layout="vertical">
          <Form.Item name="category" label={c('category')}>
            <Select allowClear options={['A', 'B', 'C'].map((v) => ({ value: v, label: `${v} 类` }))} />
          </Form.Item>
        </Form>
      </ResponsiveModal>
    </Card>
  );
}
