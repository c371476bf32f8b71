import { App, Button, Card, Form, InputNumber, Select, Space, Tag, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { ApiError } from '../../api/client.ts';
import { ResponsiveTable } from '../../components/responsive-table.tsx';
import { useSession } from '../../session.tsx';
import { careApi, yuan, type Catalogue, type Wallet } from './api.ts';
import { useCareText } from './messages.ts';

type Item = Catalogue['items'][number];
type Credit = Wallet['credits'][number];

/** 居家养老: the priced catalogue, a person's service wallet (every credit with its source) and orders. */
export function HomeCarePage() {
  const t = useCareText();
  const { user } = useSession();
  const { message } = App.useApp();
  const [catalogue, setCatalogue] = useState<Item[]>([]);
  const [personId, setPersonId] = useState<number | null>(null);
  const [wallet, setWallet] = useState<Wallet | null>(null);
  const [form] = Form.useForm();
  useEffect(() => {
    careApi.catalogue().then((c) => setCatalogue(c.items), () => setCatalogue([]));
  }, []);
  const open = async (id: number | null) => {
    if (!id) return;
    try {
      setWallet(await careApi.wallet(id));
    } catch (e) {
      setWallet(null);
      message.error(e instanceof ApiError ? e.message : String(e));
    }
  };
  const order = async () => {
    if (!wallet) return;
    const v = await form.validateFields();
    try {
      const r = await careApi.order({ personId: wallet.personId, items: [{ serviceCode: v.serviceCode, quantity: v.quantity }] });
      message.success(t('ordered', { amount: yuan(r.total), balance: yuan(r.balance) }));
      await open(wallet.personId);
    } catch (e) {
      message.error(e instanceof ApiError ? e.message : String(e));
    }
  };
  return (
    <Space direction="vertical" style={{ width: '100%' }} size="middle">
      <Card title={t('homeCareTitle')}>
        <Space wrap>
          <InputNumber placeholder={t('personId')} min={1} value={personId} onChange={(v) => setPersonId(v)} style={{ width: 180 }} />
          <Button type="primary" onClick={() => open(personId)}>{t('openWallet')}</Button>
        </Space>
      </Card>
      {wallet && (
        <Card title={`${wallet.name} · ${t('balance', { amount: yuan(wallet.balance) })}`}>
          <Typography.Title level={5}>{t('credits')}</Typography.Title>
          <ResponsiveTable<Credit>
            rowKey="id"
            dataSource={wallet.credits}
            pagination={false}
            columns={[
              { title: t('month'), dataIndex: 'month' },
              { title: t('source'), dataIndex: 'source', render: (s: string) => t(`source.${s}`) },
              { title: t('amount'), dataIndex: 'amount', render: (v: number) => yuan(v) },
              { title: t('remaining'), dataIndex: 'remaining', render: (v: number) => yuan(v) },
              { title: t('expiresOn'), dataIndex: 'expiresOn', render: (d: string, c) => (c.expired ? <Tag>{`${d} ${t('expired')}`}</Tag> : d) },
            ]}
          />
          {user.role !== 'auditor' && (
            <Form form={form} layout="inline" style={{ marginTop: 16, rowGap: 8 }} initialValues={{ quantity: 1 }}>
              <Form.Item name="serviceCode" rules={[{ required: true }]}>
                <Select placeholder={t('serviceName')} style={{ width: 200 }} options={catalogue.map((i) => ({ value: i.code, label: `${i.name} ${yuan(i.price)}元/${i.unit}` }))} />
              </Form.Item>
              <Form.Item name="quantity" rules={[{ required: true }]}><InputNumber min={1} max={1000} /></Form.Item>
              <Button type="primary" onClick={order}>{t('placeOrder')}</Button>
            </Form>
          )}
          <Typography.Title level={5} style={{ marginTop: 16 }}>{t('orders')}</Typography.Title>
          <ResponsiveTable
            rowKey="id"
            dataSource={wallet.orders}
            pagination={false}
            columns={[
              { title: t('month'), dataIndex: 'orderedOn' },
              { title: t('serviceName'), key: 'items', render: (_, o: Wallet['orders'][number]) => o.items.map((i) => `${i.name}×${i.quantity}`).join('，') },
              { title: t('amount'), dataIndex: 'total', render: (v: number) => yuan(v) },
              { title: t('spends'), key: 'spends', render: (_, o: Wallet['orders'][number]) => o.spends.map((s) => `${t(`source.${s.source}`)}#${s.creditId} ${yuan(s.amount)}`).join('；') },
            ]}
          />
        </Card>
      )}
      <Card title={t('catalogue')}>
        <ResponsiveTable<Item>
          rowKey="code"
          dataSource={catalogue}
          pagination={false}
          columns={[
            { title: t('serviceName'), dataIndex: 'name' },
            { title: t('price'), dataIndex: 'price', render: (v: number) => yuan(v) },
            { title: t('unit'), dataIndex: 'unit' },
            { title: t('provider'), dataIndex: 'providerName' },
          ]}
        />
      </Card>
    </Space>
  );
}
