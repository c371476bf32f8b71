import { MinusCircleOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Col, Divider, Form, InputNumber, Row, Select, Switch, Typography } from 'antd';
import { useState } from 'react';
import { registryApi } from '../../api/endpoints.ts';
import type { HouseholdFile } from '../../api/types.ts';
import { ResponsiveModal } from '../../components/responsive-modal.tsx';
import { ResponsiveTable } from '../../components/responsive-table.tsx';
import { useI18n } from '../../i18n/index.tsx';
import { useSession } from '../../session.tsx';
import type { ChangeFn } from './household-file-page.tsx';
import { toFen, useRegistryText, yuan } from './labels.ts';

/** Incomes, deductions, assets and obligors; editing replaces a section as a whole (PATCH). */
export function FinancesTab({ file, change }: { file: HouseholdFile; change: ChangeFn }) {
  const { t } = useI18n();
  const { r, code, options } = useRegistryText();
  const { access } = useSession();
  const [editing, setEditing] = useState(false);
  const [form] = Form.useForm();
  const memberOptions = file.members.map((m) => ({ value: m.id, label: m.name }));

  const open = () => {
    form.setFieldsValue({
      incomes: file.incomes.map((i) => ({ personId: i.personId, type: i.type, monthly: i.monthly / 100 })),
      deductions: file.deductions.map((d) => ({ personId: d.personId, monthly: d.monthly / 100 })),
      assets: file.assets.map((a) => ({ personId: a.personId ?? undefined, type: a.type, value: a.value / 100, exempt: a.exempt })),
    });
    setEditing(true);
  };
  const save = async () => {
    const v = await form.validateFields();
    const ok = await change(
      (f) =>
        registryApi.update(f.id, {
          version: f.version,
          incomes: (v.incomes ?? []).map((i: { personId: number; type: string; monthly: number }) => ({ personId: i.personId, type: i.type, monthly: toFen(i.monthly) })),
          deductions: (v.deductions ?? []).map((d: { personId: number; monthly: number }) => ({ personId: d.personId, type: 'social_insurance', monthly: toFen(d.monthly) })),
          assets: (v.assets ?? []).map((a: { personId?: number; type: string; value: number; exempt?: boolean }) => ({ ...(a.personId ? { personId: a.personId } : {}), type: a.type, value: toFen(a.value), exempt: Boolean(a.exempt) })),
        }),
      (e) => form.setFields([{ name: (e.field ?? 'incomes').split('.').map((p) => (/^\d+$/.test(p) ? Number(p) : p)).slice(0, 3), errors: [e.message] }]),
    );
    if (ok) setEditing(false);
  };

  const section = (title: string, node: React.ReactNode) => (
    <>
      <Divider titlePlacement="start" plain>
        <Typography.Text strong>{title}</Typography.Text>
      </Divider>
      {node}
    </>
  );

  const listEditor = (name: string, fields: (n: number) => React.ReactNode, blank: object) => (
    <Form.List name={name}>
      {(items, { add, remove }) => (
        <>
          {items.map((item) => (
            <Row gutter={8} key={item.key} align="middle">
              {fields(item.name)}
              <Col span={2}>
                <MinusCircleOutlined onClick={() => remove(item.name)} />
              </Col>
            </Row>
          ))}
          <Button type="dashed" size="small" icon={<PlusOutlined />} onClick={() => add(blank)}>
            {t('common.create')}
          </Button>
        </>
      )}
    </Form.List>
  );

  return (
    <>
      {access.editHouseholds && file.status === 'active' && (
        <Button onClick={open} style={{ marginBottom: 8 }}>
          {r('editFinances')}
        </Button>
      )}
      {section(
        r('incomes'),
        <ResponsiveTable size="small" pagination={false} rowKey={(_, i) => String(i)} dataSource={file.incomes} columns={[
          { title: r('member'), dataIndex: 'memberName' },
          { title: r('type'), dataIndex: 'type', render: (v: string) => code('incomeType', v) },
          { title: r('monthly'), dataIndex: 'monthly', align: 'right', render: yuan },
          { title: r('note'), dataIndex: 'note' },
        ]} />,
      )}
      {section(
        r('deductions'),
        <ResponsiveTable size="small" pagination={false} rowKey={(_, i) => String(i)} dataSource={file.deductions} columns={[
          { title: r('member'), dataIndex: 'memberName' },
          { title: r('type'), dataIndex: 'type', render: (v: string) => code('deductionType', v) },
          { title: r('monthly'), dataIndex: 'monthly', align: 'right', render: yuan },
        ]} />,
      )}
      {section(
        r('assets'),
        <ResponsiveTable size="small" pagination={false} rowKey={(_, i) => String(i)} dataSource={file.assets} columns={[
          { title: r('member'), dataIndex: 'memberName', render: (v: string | null) => v ?? '—' },
          { title: r('type'), dataIndex: 'type', render: (v: string) => code('assetType', v) },
          { title: r('value'), dataIndex: 'value', align: 'right', render: yuan },
          { title: r('exempt'), dataIndex: 'exempt', render: (v: boolean) => (v ? t('common.yes') : '') },
          { title: r('note'), render: (_, a) => [a.areaSqm ? `${a.areaSqm}㎡` : '', a.description ?? ''].filter(Boolean).join(' ') },
        ]} />,
      )}
      {section(
        r('obligors'),
        <ResponsiveTable size="small" pagination={false} rowKey={(_, i) => String(i)} dataSource={file.obligors} columns={[
          { title: r('name'), dataIndex: 'name' },
          { title: r('idNumber'), dataIndex: 'idNumberMasked' },
          { title: r('relation'), dataIndex: 'relation' },
          { title: r('support'), dataIndex: 'monthlySupport', align: 'right', render: yuan },
          { title: r('able'), dataIndex: 'ableToSupport', render: (v: boolean) => (v ? t('common.yes') : t('common.no')) },
        ]} />,
      )}
      <ResponsiveModal open={editing} width={760} title={r('editFinances')} onOk={() => void save()} onCancel={() => setEditing(false)} okText={t('common.save')} cancelText={t('common.cancel')} destroyOnHidden>
        <Form form={form} layout="vertical">
          <Divider titlePlacement="start" plain>{r('incomes')}</Divider>
          {listEditor('incomes', (n) => (
            <>
              <Col span={7}><Form.Item name={[n, 'personId']} rules={[{ required: true }]}><Select placeholder={r('member')} options={memberOptions} /></Form.Item></Col>
              <Col span={7}><Form.Item name={[n, 'type']} rules={[{ required: true }]}><Select placeholder={r('type')} options={options('incomeType')} /></Form.Item></Col>
              <Col span={8}><Form.Item name={[n, 'monthly']} rules={[{ required: true }, { type: 'number', min: 0, message: r('amountNegative') }]}><InputNumber precision={2} placeholder={r('monthly')} style={{ width: '100%' }} /></Form.Item></Col>
            </>
          ), { type: 'wage' })}
          <Divider titlePlacement="start" plain>{r('deductions')}</Divider>
          {listEditor('deductions', (n) => (
            <>
              <Col span={11}><Form.Item name={[n, 'personId']} rules={[{ required: true }]}><Select placeholder={r('member')} options={memberOptions} /></Form.Item></Col>
              <Col span={11}><Form.Item name={[n, 'monthly']} rules={[{ required: true }, { type: 'number', min: 0, message: r('amountNegative') }]}><InputNumber precision={2} placeholder={r('monthly')} style={{ width: '100%' }} /></Form.Item></Col>
            </>
          ), {})}
          <Divider titlePlacement="start" plain>{r('assets')}</Divider>
          {listEditor('assets', (n) => (
            <>
              <Col span={6}><Form.Item name={[n, 'personId']}><Select allowClear placeholder={r('member')} options={memberOptions} /></Form.Item></Col>
              <Col span={6}><Form.Item name={[n, 'type']} rules={[{ required: true }]}><Select placeholder={r('type')} options={options('assetType')} /></Form.Item></Col>
              <Col span={6}><Form.Item name={[n, 'value']} rules={[{ type: 'number', min: 0, message: r('amountNegative') }]}><InputNumber precision={2} placeholder={r('value')} style={{ width: '100%' }} /></Form.Item></Col>
              <Col span={4}><Form.Item name={[n, 'exempt']} valuePropName="checked"><Switch checkedChildren={r('exempt')} /></Form.Item></Col>
            </>
          ), { type: 'deposit' })}
        </Form>
      </ResponsiveModal>
    </>
  );
}
