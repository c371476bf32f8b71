import { Alert, Button, Card, DatePicker, Descriptions, Flex, Form, Input, InputNumber, Radio, Select, Space, Tabs, Tag } from 'antd';
import type { Dayjs } from 'dayjs';
import { useEffect, useRef, useState } from 'react';
import { registryApi } from '../../api/endpoints.ts';
import type { PersonHit } from '../../api/types.ts';
import { chinaMonth, chinaToday } from '../../china-date.ts';
import { AreaTreeSelect } from '../../components/area-tree-select.tsx';
import { ResponsiveModal } from '../../components/responsive-modal.tsx';
import { ResponsiveTable } from '../../components/responsive-table.tsx';
import { usePagedList } from '../../components/use-paged-list.ts';
import { useSession } from '../../session.tsx';
import { formatFen, yuanToFen } from '../policies/money.ts';
import { useSave } from '../volunteers/use-save.ts';
import { charityApi, MOVEMENT_LABELS, type IssueResult, type Ledger, type Movement, type Quota, type Stock } from './api.ts';

const day = (d: Dayjs | null | undefined) => (d ? d.format('YYYY-MM-DD') : null);
const yuan = (fen: number) => `${formatFen(fen)} 元`;

/** 慈善: the charity store's issues within the monthly quota, stock, donations and the ledger. */
export function CharityPage() {
  return (
    <Card title="慈善超市">
      <Tabs
        destroyOnHidden
        items={[
          { key: 'issue', label: '物资发放', children: <IssueTab /> },
          { key: 'movements', label: '捐赠与收支', children: <MovementsTab /> },
          { key: 'ledger', label: '收支台账', children: <LedgerTab /> },
        ]}
      />
    </Card>
  );
}

/** Picks a household by a member's name or ID digits; the value is the household's id. */
function HouseholdSelect(props: { id?: string; value?: number; onChange?: (id: number) => void }) {
  const [options, setOptions] = useState<PersonHit[]>([]);
  const seq = useRef(0);
  const search = async (q: string) => {
    if (!q.trim()) return;
    const mine = ++seq.current;
    const res = await registryApi.persons(q.trim());
    if (mine === seq.current) setOptions(res.items);
  };
  const seen = new Set<number>();
  return (
    <Select<number>
      id={props.id}
      showSearch={{ filterOption: false, onSearch: (q) => void search(q) }}
      value={props.value}
      onChange={(v) => props.onChange?.(v)}
      placeholder="输入家庭成员姓名或身份证号查找"
      options={options.filter((p) => !seen.has(p.householdId) && seen.add(p.householdId)).map((p) => ({ value: p.householdId, label: `${p.name}家（${p.areaName}）` }))}
      notFoundContent={null}
      style={{ width: '100%' }}
    />
  );
}

function IssueTab() {
  const { access } = useSession();
  const [stock, setStock] = useState<Stock | null>(null);
  const [quota, setQuota] = useState<Quota | null>(null);
  const [result, setResult] = useState<IssueResult | null>(null);
  const [form] = Form.useForm();
  const householdId = Form.useWatch('householdId', form) as number | undefined;
  const { busy, run } = useSave();
  const [tick, setTick] = useState(0);
  useEffect(() => {
    void charityApi.items().then(setStock);
  }, [tick]);
  useEffect(() => {
    if (householdId) void charityApi.quota(householdId, chinaMonth()).then(setQuota);
    else setQuota(null);
  }, [householdId, tick]);
  const save = async () => {
    const v = await form.validateFields();
    await run(
      form,
      async () => setResult(await charityApi.issue({ householdId: v.householdId, items: v.items, issuedOn: day(v.issuedOn)!, note: v.note || null })),
      () => { form.setFieldsValue({ items: [{ quantity: 1 }] }); setTick((n) => n + 1); },
    );
  };
  return (
    <Flex vertical gap={16}>
      {access.editHouseholds && (
        <Form name="issue" form={form} layout="vertical" initialValues={{ issuedOn: chinaToday(), items: [{ quantity: 1 }] }} style={{ maxWidth: 560 }}>
          <Form.Item name="householdId" label="困难家庭" rules={[{ required: true, message: '请选择家庭' }]}>
            <HouseholdSelect />
          </Form.Item>
          {quota &&
            (quota.registerGroupName ? (
              <Alert type="info" showIcon style={{ marginBottom: 12 }} message={`${quota.registerGroupName}家庭：本月限额 ${yuan(quota.quota)}，已领 ${yuan(quota.used)}，尚可领取 ${yuan(quota.left)}`} />
            ) : (
              <Alert type="warning" showIcon style={{ marginBottom: 12 }} message="该户本月不在低收入人口名册，慈善超市不能向其发放" />
            ))}
          <Form.List name="items">
            {(fields, { add, remove }) => (
              <>
                {fields.map((f) => (
                  <Space key={f.key} align="baseline" wrap>
                    <Form.Item name={[f.name, 'itemId']} rules={[{ required: true, message: '请选择物资' }]}>
                      <Select placeholder="物资" style={{ width: 220 }} options={(stock?.items ?? []).map((i) => ({ value: i.id, label: `${i.name}（${formatFen(i.unitValue)} 元/${i.unit}，库存 ${i.quantity}）`, disabled: i.quantity === 0 }))} />
                    </Form.Item>
                    <Form.Item name={[f.name, 'quantity']} rules={[{ required: true, message: '请填写数量' }]}>
                      <InputNumber min={1} precision={0} style={{ width: 100 }} />
                    </Form.Item>
                    {fields.length > 1 && <Button type="link" onClick={() => remove(f.name)}>删除</Button>}
                  </Space>
                ))}
                <Button onClick={() => add({ quantity: 1 })} style={{ marginBottom: 12 }}>添加物资</Button>
              </>
            )}
          </Form.List>
          <Form.Item name="issuedOn" label="发放日期" rules={[{ required: true }]}>
            <DatePicker style={{ width: '100%' }} />
          </Form.Item>
          <Form.Item name="note" label="备注">
            <Input maxLength={500} />
          </Form.Item>
          <Button type="primary" loading={busy} onClick={() => void save()}>登记发放</Button>
        </Form>
      )}
      {result && (
        <Descriptions bordered size="small" column={1} title="发放结果" items={[
          { key: 'v', label: '本次发放', children: yuan(result.value) },
          { key: 'q', label: '本月限额', children: yuan(result.quota) },
          { key: 'l', label: '尚可领取', children: yuan(result.left) },
          { key: 'i', label: '物资', children: result.movements.map((m) => `${m.itemName} ${m.quantity}${m.unit ?? ''}`).join('、') },
        ]} />
      )}
      <ResponsiveTable<Stock['items'][number]>
        rowKey="id"
        size="middle"
        title={() => `库存（慈善资金余额 ${yuan(stock?.money ?? 0)}）`}
        loading={!stock}
        dataSource={stock?.items ?? []}
        pagination={false}
        columns={[
          { title: '物资', dataIndex: 'name' },
          { title: '单价', dataIndex: 'unitValue', render: (v: number, i) => `${formatFen(v)} 元/${i.unit}` },
          { title: '库存', dataIndex: 'quantity', render: (q: number, i) => `${q} ${i.unit}` },
        ]}
      />
    </Flex>
  );
}

function MovementsTab() {
  const { access, user } = useSession();
  const [kind, setKind] = useState<string>();
  const list = usePagedList((page, pageSize) => charityApi.movements({ kind, page, pageSize }), `${kind}`);
  const [mode, setMode] = useState<'donation' | 'purchase' | null>(null);
  const [form] = Form.useForm();
  const donationKind = Form.useWatch('kind', form) as string | undefined;
  const { busy, run } = useSave();
  const save = async () => {
    const v = await form.validateFields();
    const goods = { name: v.goodsName, unit: v.unit, unitValue: yuanToFen(v.unitValue) };
    const call =
      mode === 'purchase'
        ? () => charityApi.purchase({ areaCode: v.areaCode, goods, quantity: v.quantity, amount: yuanToFen(v.amount), purchasedOn: day(v.date), note: v.note || null })
        : v.kind === 'money'
          ? () => charityApi.donate({ areaCode: v.areaCode, kind: 'money', donor: v.donor, receivedOn: day(v.date), amount: yuanToFen(v.amount), note: v.note || null })
          : () => charityApi.donate({ areaCode: v.areaCode, kind: 'goods', donor: v.donor, receivedOn: day(v.date), goods, quantity: v.quantity, note: v.note || null });
    await run(form, call, () => { setMode(null); list.reload(); });
  };
  const openForm = (m: 'donation' | 'purchase') => {
    form.resetFields();
    form.setFieldsValue({ areaCode: user?.areaCode, date: chinaToday(), kind: 'goods' });
    setMode(m);
  };
  const goodsFields = (
    <>
      <Form.Item name="goodsName" label="物资名称" rules={[{ required: true, whitespace: true, message: '请填写物资名称' }]}>
        <Input maxLength={100} placeholder="如：大米、食用油、棉被" />
      </Form.Item>
      <Space wrap>
        <Form.Item name="unit" label="单位" rules={[{ required: true, whitespace: true, message: '请填写单位' }]}>
          <Input maxLength={16} style={{ width: 90 }} placeholder="袋" />
        </Form.Item>
        <Form.Item name="unitValue" label="单价（元）" rules={[{ required: true, message: '请填写单价' }]}>
          <Input inputMode="decimal" style={{ width: 120 }} />
        </Form.Item>
        <Form.Item name="quantity" label="数量" rules={[{ required: true, message: '请填写数量' }]}>
          <InputNumber min={1} precision={0} style={{ width: 100 }} />
        </Form.Item>
      </Space>
    </>
  );
  return (
    <>
      <Flex gap={8} wrap style={{ marginBottom: 12 }}>
        <Select allowClear placeholder="类别" options={Object.entries(MOVEMENT_LABELS).map(([value, label]) => ({ value, label }))} value={kind} onChange={setKind} style={{ width: 120 }} />
        {access.editHouseholds && (
          <>
            <Button type="primary" onClick={() => openForm('donation')}>接收捐赠</Button>
            <Button onClick={() => openForm('purchase')}>资金采购</Button>
          </>
        )}
      </Flex>
      <ResponsiveTable<Movement>
        rowKey="id"
        size="middle"
        loading={list.loading}
        dataSource={list.items}
        pagination={{ current: list.page, pageSize: list.pageSize, total: list.total, onChange: list.changePage, hideOnSinglePage: true }}
        columns={[
          { title: '日期', dataIndex: 'occurredOn' },
          { title: '类别', dataIndex: 'kind', render: (k: string) => <Tag color={k === 'issue' ? 'orange' : 'green'}>{MOVEMENT_LABELS[k] ?? k}</Tag> },
          { title: '来源/去向', key: 'who', render: (_: unknown, m: Movement) => m.donor ?? (m.householdId ? `家庭 #${m.householdId}` : '') },
          { title: '物资', key: 'goods', render: (_: unknown, m: Movement) => (m.itemName ? `${m.itemName} ${m.quantity}${m.unit ?? ''}` : '') },
          { title: '金额', dataIndex: 'money', render: (v: number) => (v ? yuan(v) : '') },
          { title: '物资价值', dataIndex: 'value', render: (v: number) => (v ? yuan(v) : '') },
        ]}
      />
      <ResponsiveModal open={mode !== null} title={mode === 'purchase' ? '慈善资金采购物资' : '接收捐赠'} onOk={() => void save()} onCancel={() => setMode(null)} confirmLoading={busy} forceRender>
        <Form name="charity" form={form} layout="vertical">
          <Form.Item name="areaCode" label="慈善超市所属区划" rules={[{ required: true, message: '请选择区划' }]}>
            <AreaTreeSelect />
          </Form.Item>
          {mode === 'donation' && (
            <>
              <Form.Item name="kind" label="捐赠类型">
                <Radio.Group options={[{ value: 'goods', label: '物资' }, { value: 'money', label: '资金' }]} />
              </Form.Item>
              <Form.Item name="donor" label="捐赠人（单位）" rules={[{ required: true, whitespace: true, message: '请填写捐赠人' }]}>
                <Input maxLength={200} />
              </Form.Item>
            </>
          )}
          {mode === 'purchase' || donationKind === 'money' ? (
            <Form.Item name="amount" label={mode === 'purchase' ? '采购金额（元）' : '捐款金额（元）'} rules={[{ required: true, message: '请填写金额' }]}>
              <Input inputMode="decimal" />
            </Form.Item>
          ) : null}
          {(mode === 'purchase' || donationKind === 'goods') && goodsFields}
          <Form.Item name="date" label={mode === 'purchase' ? '采购日期' : '接收日期'} rules={[{ required: true }]}>
            <DatePicker style={{ width: '100%' }} />
          </Form.Item>
          <Form.Item name="note" label="备注">
            <Input maxLength={500} />
          </Form.Item>
        </Form>
      </ResponsiveModal>
    </>
  );
}

function LedgerTab() {
  const [data, setData] = useState<Ledger | null>(null);
  useEffect(() => {
    void charityApi.ledger().then(setData);
  }, []);
  if (!data) return null;
  return (
    <Flex vertical gap={12}>
      {data.balanced ? <Alert type="success" showIcon message="台账平衡：收入 − 支出 = 库存与资金余额" /> : <Alert type="error" showIcon message={`台账不平衡：${data.differences.map((d) => `${d.subject} 账面 ${d.ledger}，实有 ${d.held}`).join('；')}`} />}
      <Descriptions bordered size="small" column={{ xs: 1, sm: 2 }} items={[
        { key: 'mi', label: '资金收入', children: yuan(data.money.in) },
        { key: 'mo', label: '资金支出', children: yuan(data.money.out) },
        { key: 'mb', label: '资金结余', children: yuan(data.money.balance) },
        { key: 'gi', label: '物资入库价值', children: yuan(data.goods.valueIn) },
        { key: 'go', label: '物资发放价值', children: yuan(data.goods.valueOut) },
        { key: 'gb', label: '库存价值', children: yuan(data.goods.value) },
      ]} />
      <ResponsiveTable<Ledger['goods']['items'][number]>
        rowKey="itemId"
        size="middle"
        dataSource={data.goods.items}
        pagination={false}
        columns={[
          { title: '物资', dataIndex: 'name' },
          { title: '入库', dataIndex: 'quantityIn', render: (q: number, i) => `${q} ${i.unit}` },
          { title: '发放', dataIndex: 'quantityOut', render: (q: number, i) => `${q} ${i.unit}` },
          { title: '结存', dataIndex: 'quantity', render: (q: number, i) => `${q} ${i.unit}` },
          { title: '库存', dataIndex: 'stock', render: (q: number, i) => <Tag color={q === i.quantity ? 'green' : 'red'}>{q} {i.unit}</Tag> },
        ]}
      />
    </Flex>
  );
}
