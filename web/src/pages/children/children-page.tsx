import { App, Button, Card, DatePicker, Flex, Form, Input, Select, Tag, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { errorMessageOf, showFieldError } from '../../components/api-error-feedback.ts';
import { PersonSelect } from '../../components/person-select.tsx';
import { ResponsiveModal } from '../../components/responsive-modal.tsx';
import { ResponsiveTable } from '../../components/responsive-table.tsx';
import { usePagedList } from '../../components/use-paged-list.ts';
import { useT } from '../../i18n/index.tsx';
import { useSession } from '../../session.tsx';
import { childrenApi, KIND_LABELS, REASON_LABELS, reasonLabel, type ChildRecord } from './api.ts';
import { chinaToday } from '../../china-date.ts';

const day = (d: Dayjs | null | undefined) => (d ? d.format('YYYY-MM-DD') : null);
const opts = (labels: Record<string, string>) => Object.entries(labels).map(([value, label]) => ({ value, label }));

/** 儿童关爱: orphans, de-facto orphans and left-behind children with who looks after them. */
export function ChildrenPage() {
  const { access } = useSession();
  const { message } = App.useApp();
  const t = useT();
  const [kind, setKind] = useState<string>();
  const [status, setStatus] = useState<string | undefined>('active');
  const list = usePagedList((page, pageSize) => childrenApi.list({ kind, status, page, pageSize }), `${kind}|${status}`);
  const [editing, setEditing] = useState<ChildRecord | 'new' | null>(null);
  const [ending, setEnding] = useState<ChildRecord | null>(null);
  const [form] = Form.useForm();
  const [endForm] = Form.useForm();
  const formKind = Form.useWatch('kind', form) as string | undefined;
  const [busy, setBusy] = useState(false);
  const kindNow = editing && editing !== 'new' ? editing.kind : formKind;

  const run = async (f: typeof form, call: () => Promise<unknown>, done: () => void) => {
    setBusy(true);
    try {
      await call();
      message.success('已保存');
      done();
      list.reload();
    } catch (e) {
      if (!showFieldError(f, e)) message.error(errorMessageOf(e, t));
    } finally {
      setBusy(false);
    }
  };
  const openForm = (r: ChildRecord | 'new') => {
    setEditing(r);
    form.resetFields();
    if (r === 'new') form.setFieldsValue({ kind: 'orphan', startedOn: chinaToday() });
    else form.setFieldsValue({ ...r, agreementSignedOn: r.agreementSignedOn ? dayjs(r.agreementSignedOn) : null, agreementUntil: r.agreementUntil ? dayjs(r.agreementUntil) : null });
  };
  const save = async () => {
    const v = await form.validateFields();
    const care = Object.fromEntries(
      ['guardianName', 'guardianRelation', 'guardianPhone', 'parentAway', 'parentAwayPlace', 'carerName', 'carerRelation', 'note'].map((k) => [k, v[k] ? String(v[k]).trim() || null : null]),
    );
    const body = { ...care, agreementSignedOn: day(v.agreementSignedOn), agreementUntil: day(v.agreementUntil) };
    if (editing === 'new') await run(form, () => childrenApi.register({ ...body, personId: v.personId, kind: v.kind, reason: v.reason, startedOn: day(v.startedOn) }), () => setEditing(null));
    else if (editing) await run(form, () => childrenApi.update(editing.id, body), () => setEditing(null));
  };
  const end = async () => {
    const v = await endForm.validateFields();
    if (ending) await run(endForm, () => childrenApi.end(ending.id, { endedOn: day(v.endedOn)!, reason: v.reason }), () => setEnding(null));
  };
  const leftBehind = kindNow === 'left_behind';

  return (
    <Card title="儿童关爱">
      <Flex gap={8} wrap style={{ marginBottom: 12 }}>
        <Select allowClear placeholder="儿童类别" options={opts(KIND_LABELS)} value={kind} onChange={setKind} style={{ width: 170 }} />
        <Select allowClear placeholder="状态" options={[{ value: 'active', label: '在册' }, { value: 'ended', label: '已终止' }]} value={status} onChange={setStatus} style={{ width: 110 }} />
        {access.editHouseholds && (
          <Button type="primary" onClick={() => openForm('new')}>
            登记儿童
          </Button>
        )}
      </Flex>
      <Typography.Paragraph type="secondary">孤儿、事实无人抚养儿童的基本生活费发放至年满 18 周岁当月，次月起由发放名册自动停发；在校就读的延续至 22 周岁。</Typography.Paragraph>
      <ResponsiveTable<ChildRecord>
        rowKey="id"
        size="middle"
        loading={list.loading}
        dataSource={list.items}
        pagination={{ current: list.page, pageSize: list.pageSize, total: list.total, onChange: list.changePage, hideOnSinglePage: true }}
        columns={[
          { title: '姓名', dataIndex: 'personName' },
          { title: '类别', dataIndex: 'kind', render: (k: string) => KIND_LABELS[k] ?? k },
          { title: '原因', dataIndex: 'reason', render: (r: string) => reasonLabel(r) },
          { title: '出生日期', dataIndex: 'birthDate' },
          {
            title: '监护 / 照料',
            key: 'care',
            render: (_: unknown, r: ChildRecord) => (r.kind === 'left_behind' ? `${r.carerName ?? ''}${r.carerRelation ? `（${r.carerRelation}）` : ''}，外出：${r.parentAway ?? ''} ${r.parentAwayPlace ?? ''}` : `${r.guardianName ?? ''}${r.guardianRelation ? `（${r.guardianRelation}）` : ''}${r.agreementUntil ? `，协议至 ${r.agreementUntil}` : ''}`),
          },
          { title: '停发月份', dataIndex: 'allowanceEndsFrom' },
          { title: '状态', dataIndex: 'status', render: (s: string, r: ChildRecord) => (s === 'active' ? <Tag color="green">在册</Tag> : <Tag>已终止 {r.endedOn}</Tag>) },
          {
            title: '操作',
            key: 'actions',
            render: (_: unknown, r: ChildRecord) =>
              access.editHouseholds && r.status === 'active' ? (
                <Flex gap={4} wrap>
                  <Button size="small" onClick={() => openForm(r)}>
                    更新监护
                  </Button>
                  <Button size="small" danger onClick={() => { endForm.resetFields(); setEnding(r); }}>
                    终止
                  </Button>
                </Flex>
              ) : null,
          },
        ]}
      />
      <ResponsiveModal open={editing !== null} title={editing === 'new' ? '登记困境儿童' : '更新监护与照料信息'} onOk={() => void save()} onCancel={() => setEditing(null)} confirmLoading={busy} forceRender>
        <Form form={form} layout="vertical">
          {editing === 'new' && (
            <>
              <Form.Item name="personId" label="儿童" rules={[{ required: true, message: '请选择儿童' }]}>
                <PersonSelect />
              </Form.Item>
              <Form.Item name="kind" label="类别" rules={[{ required: true }]}>
                <Select options={opts(KIND_LABELS)} onChange={() => form.setFieldValue('reason', undefined)} />
              </Form.Item>
              <Form.Item name="reason" label="原因" rules={[{ required: true, message: '请选择原因' }]}>
                <Select options={opts(REASON_LABELS[formKind ?? 'orphan'] ?? {})} />
              </Form.Item>
              <Form.Item name="startedOn" label="认定日期" rules={[{ required: true }]}>
                <DatePicker style={{ width: '100%' }} />
              </Form.Item>
            </>
          )}
          {leftBehind ? (
            <>
              <Form.Item name="parentAway" label="外出务工的父母" rules={[{ required: true, whitespace: true, message: '请填写外出务工的父母' }]}>
                <Input placeholder="如：刘建军（父）" />
              </Form.Item>
              <Form.Item name="parentAwayPlace" label="务工地">
                <Input />
              </Form.Item>
              <Form.Item name="carerName" label="受托照料人" rules={[{ required: true, whitespace: true, message: '请填写受托照料人' }]}>
                <Input />
              </Form.Item>
              <Form.Item name="carerRelation" label="与儿童关系">
                <Input placeholder="如：祖母" />
              </Form.Item>
            </>
          ) : (
            <>
              <Form.Item name="guardianName" label="监护人" rules={[{ required: true, whitespace: true, message: '请填写监护人' }]}>
                <Input />
              </Form.Item>
              <Form.Item name="guardianRelation" label="与儿童关系">
                <Input placeholder="如：祖父、村（居）委会" />
              </Form.Item>
              <Form.Item name="guardianPhone" label="联系电话">
                <Input />
              </Form.Item>
              <Form.Item name="agreementSignedOn" label="监护协议签订日期">
                <DatePicker style={{ width: '100%' }} />
              </Form.Item>
              <Form.Item name="agreementUntil" label="协议有效期至">
                <DatePicker style={{ width: '100%' }} />
              </Form.Item>
            </>
          )}
          <Form.Item name="note" label="备注">
            <Input.TextArea rows={2} maxLength={500} />
          </Form.Item>
        </Form>
      </ResponsiveModal>
      <ResponsiveModal open={ending !== null} title={`终止登记：${ending?.personName ?? ''}`} onOk={() => void end()} onCancel={() => setEnding(null)} confirmLoading={busy} forceRender>
        <Form form={endForm} layout="vertical">
          <Form.Item name="endedOn" label="终止日期" rules={[{ required: true, message: '请选择终止日期' }]}>
            <DatePicker style={{ width: '100%' }} />
          </Form.Item>
          <Form.Item name="reason" label="终止原因" rules={[{ required: true, whitespace: true, message: '如：被收养、父母恢复监护' }]}>
            <Input placeholder="如：被收养、父母恢复监护" />
          </Form.Item>
        </Form>
      </ResponsiveModal>
    </Card>
  );
}
