import { App, Button, Card, Checkbox, DatePicker, Form, Input, InputNumber, Select, Space, Tag, Typography } from 'antd';
import dayjs from 'dayjs';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import { ApiError } from '../../api/client.ts';
import { ResponsiveModal } from '../../components/responsive-modal.tsx';
import { ResponsiveTable } from '../../components/responsive-table.tsx';
import { usePagedList } from '../../components/use-paged-list.ts';
import { useSession } from '../../session.tsx';
import { careApi, yuan, type Drive, type Line, type NewDrive } from './api.ts';
import { useCareText } from './messages.ts';
import { SignaturePad } from '../../components/signature-pad.tsx';
import { chinaToday } from '../../china-date.ts';

const OCCASIONS = ['spring_festival', 'double_ninth', 'army_day', 'party_day', 'disaster', 'other'] as const;

function Totals({ t, v }: { t: ReturnType<typeof useCareText>; v: Drive['planned'] }) {
  return <span>{t('totals', { households: v.households, persons: v.persons, total: yuan(v.total) })}</span>;
}

/** 慰问活动: the drives of the user's area, their lists and the sign-off on delivery. */
export function CondolencePage() {
  const t = useCareText();
  const { user } = useSession();
  const { message, modal } = App.useApp();
  const navigate = useNavigate();
  const [selected, setSelected] = useState<Drive | null>(null);
  const [creating, setCreating] = useState(false);
  const [delivering, setDelivering] = useState<Line | null>(null);
  const [signature, setSignature] = useState<string | null>(null);
  const [reload, setReload] = useState(0);
  const [form] = Form.useForm();
  const [deliverForm] = Form.useForm();
  const drives = usePagedList<Drive>((page, pageSize) => careApi.drives({ page, pageSize }), String(reload));
  const lines = usePagedList<Line>((page, pageSize) => (selected ? careApi.lines(selected.id, { page, pageSize }) : Promise.resolve({ items: [], total: 0 })), `${selected?.id ?? 0}-${reload}`, 50);
  const mayPlan = user.role === 'county_approver' || user.role === 'street_reviewer';

  const create = async () => {
    const v = await form.validateFields();
    const coverage: NewDrive['coverage'] = [];
    const programs = (v.cover as string[]).filter((c) => c === 'dibao' || c === 'tekun');
    if (programs.length) coverage.push({ programs });
    if ((v.cover as string[]).includes('alone80')) coverage.push({ minAge: 80, flags: ['solitary_elderly', 'empty_nest'] });
    try {
      const d = await careApi.createDrive({
        areaCode: user.areaCode,
        name: v.name,
        occasion: v.occasion,
        asOf: (v.asOf as dayjs.Dayjs).format('YYYY-MM-DD'),
        budget: Math.round(v.budget * 100),
        fundingSource: v.fundingSource,
        coverage,
        cashBasis: v.cashBasis,
        cashAmount: Math.round((v.cashAmount ?? 0) * 100),
        goods: v.goodsName ? [{ name: v.goodsName, unit: v.goodsUnit || '份', unitPrice: Math.round((v.goodsPrice ?? 0) * 100), perHousehold: 1, stock: v.goodsStock ?? 0 }] : [],
      });
      message.success(t('created'));
      setCreating(false);
      setSelected(d);
      setReload((r) => r + 1);
    } catch (e) {
      message.error(e instanceof ApiError ? e.message : String(e));
    }
  };

  const deliver = async () => {
    if (!delivering || !selected) return;
    const v = await deliverForm.validateFields();
    try {
      await careApi.deliver(selected.id, delivering.id, { recipientName: v.recipientName, ...(signature ? { signatureRef: signature } : {}), ...(v.photoRef ? { photoRef: v.photoRef } : {}) });
      message.success(t('delivered_ok'));
      setDelivering(null);
      setReload((r) => r + 1);
    } catch (e) {
      message.error(e instanceof ApiError ? e.message : String(e));
    }
  };

  // 通过发放名册发放: the county pays the drive's cash by bank (one payroll per drive), then opens it.
  const payByPayroll = (d: Drive) =>
    modal.confirm({
      title: t('payByPayroll'),
      content: t('payByPayrollConfirm'),
      onOk: async () => {
        try {
          const r = await careApi.payByPayroll(d.id);
          message.success(t('payrollMade', { lines: r.payroll.households, cash: yuan(r.payroll.totalAmount), withheld: r.withheldCount }));
          navigate(`/payrolls/${r.payroll.id}`);
        } catch (e) {
          message.error(e instanceof ApiError ? e.message : String(e));
        }
      },
    });
  const payrollAction = (d: Drive) =>
    // The payroll is the drive's area's: readable by users at or above it.
    d.payroll && d.areaCode.startsWith(user.areaCode) ? (
      <Button onClick={() => navigate(`/payrolls/${d.payroll!.id}`)}>{t('openPayroll')}</Button>
    ) : !d.payroll && user.role === 'county_approver' && d.cashBasis !== 'none' ? (
      <Button onClick={() => payByPayroll(d)} data-testid="drive-pay-by-payroll">
        {t('payByPayroll')}
      </Button>
    ) : null;

  return (
    <Space direction="vertical" style={{ width: '100%' }} size="middle">
      <Card title={t('drivesTitle')} extra={mayPlan ? <Button type="primary" onClick={() => setCreating(true)}>{t('newDrive')}</Button> : null}>
        <ResponsiveTable<Drive>
          rowKey="id"
          loading={drives.loading}
          dataSource={drives.items}
          pagination={{ current: drives.page, pageSize: drives.pageSize, total: drives.total, onChange: drives.changePage, hideOnSinglePage: true }}
          onRow={(d) => ({ onClick: () => setSelected(d), style: { cursor: 'pointer' } })}
          columns={[
            { title: t('driveName'), dataIndex: 'name', render: (_, d) => <a onClick={() => setSelected(d)}>{d.name}</a> },
            { title: t('occasion'), dataIndex: 'occasion', render: (o: string) => t(`occasion.${o}`) },
            { title: t('asOf'), dataIndex: 'asOf' },
            { title: t('planned'), key: 'planned', render: (_, d) => <Totals t={t} v={d.planned} /> },
            { title: t('delivered'), key: 'delivered', render: (_, d) => <Totals t={t} v={d.delivered} /> },
          ]}
        />
      </Card>
      {selected && (
        <Card
          title={`${selected.name} · ${t('lines')}`}
          extra={<Button onClick={() => window.print()}>{t('print')}</Button>}
        >
          <Typography.Paragraph>
            {t('budget')} {yuan(selected.budget)} · {selected.fundingSource} · {selected.goods.map((g) => `${g.name} ${g.issued}/${g.planned}${g.unit}`).join('，')}
          </Typography.Paragraph>
          {payrollAction(selected) && <Typography.Paragraph>{payrollAction(selected)}</Typography.Paragraph>}
          {selected.payroll && (
            <Typography.Paragraph data-testid="drive-payroll-summary">
              {t('payrollSummary', {
                lines: selected.payroll.lines,
                cash: yuan(selected.payroll.cash),
                handedOver: selected.payroll.handedOver,
                withheld: selected.payroll.withheld,
                withheldCash: yuan(selected.payroll.withheldCash),
              })}
            </Typography.Paragraph>
          )}
          <ResponsiveTable<Line>
            rowKey="id"
            loading={lines.loading}
            dataSource={lines.items}
            pagination={{ current: lines.page, pageSize: lines.pageSize, total: lines.total, onChange: lines.changePage, hideOnSinglePage: true }}
            cardTitle={(l) => `${l.headName ?? ''} · ${l.areaName ?? ''}`}
            columns={[
              { title: t('head'), dataIndex: 'headName' },
              { title: t('area'), dataIndex: 'areaName' },
              { title: t('address'), dataIndex: 'address' },
              { title: t('persons'), dataIndex: 'persons' },
              {
                title: t('cash'),
                dataIndex: 'cash',
                render: (v: number, l) => (
                  <span>
                    {yuan(v)} {l.cashRoute && l.cashRoute !== 'handed_over' ? <Tag color={l.cashRoute === 'payroll' ? 'blue' : 'orange'}>{t(`cashRoute.${l.cashRoute}`)}</Tag> : null}
                  </span>
                ),
              },
              { title: t('goodsValue'), dataIndex: 'goodsValue', render: (v: number) => yuan(v) },
              {
                title: t('status'),
                dataIndex: 'status',
                render: (s: string, l) =>
                  s === 'delivered' ? (
                    <Tag color="green">{`${t('deliveredStatus')} ${l.recipientName ?? ''} ${l.deliveredOn ?? ''}`}</Tag>
                  ) : user.role === 'auditor' ? (
                    <Tag>{t('pending')}</Tag>
                  ) : (
                    <Button size="small" type="primary" onClick={() => { setSignature(null); deliverForm.resetFields(); setDelivering(l); }}>
                      {t('deliver')}
                    </Button>
                  ),
              },
            ]}
          />
        </Card>
      )}
      <ResponsiveModal open={delivering !== null} title={`${t('deliver')} · ${delivering?.headName ?? ''}`} onOk={deliver} onCancel={() => setDelivering(null)} destroyOnHidden>
        <Form form={deliverForm} layout="vertical" initialValues={{ recipientName: delivering?.headName ?? '' }}>
          <Form.Item name="recipientName" label={t('recipientName')} rules={[{ required: true }]}>
            <Input />
          </Form.Item>
          <SignaturePad label={t('signature')} clearText={t('clearSignature')} testId="signature-pad" onChange={(png) => void signatureDataUrl(png).then(setSignature)} />
          <Form.Item name="photoRef" label={t('photoRef')}>
            <Input />
          </Form.Item>
        </Form>
      </ResponsiveModal>
      <ResponsiveModal open={creating} title={t('newDrive')} onOk={create} onCancel={() => setCreating(false)} destroyOnHidden>
        <Form form={form} layout="vertical" initialValues={{ occasion: 'spring_festival', asOf: chinaToday(), cashBasis: 'household', cover: ['dibao', 'tekun'] }}>
          <Form.Item name="name" label={t('driveName')} rules={[{ required: true }]}><Input /></Form.Item>
          <Form.Item name="occasion" label={t('occasion')}><Select options={OCCASIONS.map((o) => ({ value: o, label: t(`occasion.${o}`) }))} /></Form.Item>
          <Form.Item name="asOf" label={t('asOf')}><DatePicker style={{ width: '100%' }} /></Form.Item>
          <Form.Item name="cover" label={t('coverage')} rules={[{ required: true }]}>
            <Checkbox.Group options={['dibao', 'tekun', 'alone80'].map((c) => ({ value: c, label: t(`cover.${c}`) }))} />
          </Form.Item>
          <Form.Item name="budget" label={t('budget')} rules={[{ required: true }]}><InputNumber min={0} style={{ width: '100%' }} /></Form.Item>
          <Form.Item name="fundingSource" label={t('fundingSource')} rules={[{ required: true }]}><Input /></Form.Item>
          <Form.Item name="cashBasis" label={t('cashBasis')}><Select options={['household', 'person', 'none'].map((b) => ({ value: b, label: t(`basis.${b}`) }))} /></Form.Item>
          <Form.Item name="cashAmount" label={t('cashAmount')}><InputNumber min={0} style={{ width: '100%' }} /></Form.Item>
          <Form.Item label={t('goods')}>
            <Space wrap>
              <Form.Item name="goodsName" noStyle><Input placeholder="大米" style={{ width: 100 }} /></Form.Item>
              <Form.Item name="goodsUnit" noStyle><Input placeholder="袋" style={{ width: 60 }} /></Form.Item>
              <Form.Item name="goodsPrice" noStyle><InputNumber placeholder="元" min={0} style={{ width: 90 }} /></Form.Item>
              <Form.Item name="goodsStock" noStyle><InputNumber placeholder="库存" min={0} style={{ width: 90 }} /></Form.Item>
            </Space>
          </Form.Item>
        </Form>
      </ResponsiveModal>
    </Space>
  );
}

/** The delivery carries the signature inline as a PNG data URL (the pad gives a Blob). */
function signatureDataUrl(png: Blob | null): Promise<string | null> {
  if (!png) return Promise.resolve(null);
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(reader.result as string);
    reader.onerror = () => reject(reader.error);
    reader.readAsDataURL(png);
  });
}
