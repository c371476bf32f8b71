import { Button, Card, DatePicker, Form, Input, InputNumber, Select, Tabs, Tag } from 'antd';
import { useState } from 'react';
import { isoDay, PersonField, RegisterList, useRegisterSave, useRegisterTab } from '../../components/register-list.tsx';
import { ResponsiveModal } from '../../components/responsive-modal.tsx';
import { usePagedList } from '../../components/use-paged-list.ts';
import { useSession } from '../../session.tsx';
import { DOCUMENT_LABELS, GROUP_LABELS, STATUS_LABELS, veteransApi, type Entitled, type VeteranTask } from './api.ts';
import { chinaMonth, chinaToday } from '../../china-date.ts';
import { ForumsTab, LiaisonsTab, PlaquesTab, VisitsTab } from './care-tabs.tsx';
import dayjs, { type Dayjs } from 'dayjs';

const opts = (labels: Record<string, string>) => Object.entries(labels).map(([value, label]) => ({ value, label }));

/** 优抚: the entitled persons and the follow-up tasks (a recipient's death: comfort the family). */
export function VeteransPage() {
  return (
    <Card title="优抚对象">
      <Tabs
        items={[
          { key: 'tasks', label: '慰问任务', children: <TasksTab /> },
          { key: 'entitled', label: '优抚对象名册', children: <EntitledTab /> },
          { key: 'liaisons', label: '联络员', children: <LiaisonsTab /> },
          { key: 'visits', label: '走访', children: <VisitsTab /> },
          { key: 'forums', label: '座谈会', children: <ForumsTab /> },
          { key: 'plaques', label: '光荣牌', children: <PlaquesTab /> },
        ]}
      />
    </Card>
  );
}

function TasksTab() {
  const { access } = useSession();
  const [status, setStatus] = useState<string | undefined>('open');
  const list = usePagedList((page, pageSize) => veteransApi.tasks({ status, page, pageSize }), `${status}`);
  const [doing, setDoing] = useState<VeteranTask | null>(null);
  const [form] = Form.useForm();
  const { busy, run } = useRegisterSave(form, () => { setDoing(null); list.reload(); });
  const save = async () => {
    const v = await form.validateFields();
    if (doing) await run(() => veteransApi.done(doing.id, { doneOn: isoDay(v.doneOn)!, outcome: v.outcome }));
  };
  return (
    <>
      <RegisterList<VeteranTask>
        toolbar={<Select allowClear placeholder="状态" options={[{ value: 'open', label: '待办' }, { value: 'done', label: '已办结' }]} value={status} onChange={setStatus} style={{ width: 110 }} />}
        list={list}
        columns={[
          { title: '优抚对象', dataIndex: 'personName' },
          { title: '事由', dataIndex: 'reason' },
          { title: '办理期限', dataIndex: 'dueOn', render: (d: string, r: VeteranTask) => (r.overdue ? <Tag color="red">{d} 已超期</Tag> : d) },
          { title: '状态', dataIndex: 'status', render: (s: string, r: VeteranTask) => (s === 'open' ? <Tag color="orange">待办</Tag> : <Tag color="green">已办结 {r.doneOn}</Tag>) },
          { title: '办理情况', dataIndex: 'outcome' },
          {
            title: '操作',
            key: 'actions',
            render: (_: unknown, r: VeteranTask) =>
              access.editHouseholds && r.status === 'open' ? (
                <Button size="small" type="primary" onClick={() => { form.resetFields(); form.setFieldsValue({ doneOn: chinaToday() }); setDoing(r); }}>
                  办结
                </Button>
              ) : null,
          },
        ]}
      />
      <ResponsiveModal open={doing !== null} title={`慰问办结：${doing?.personName ?? ''}家属`} onOk={() => void save()} onCancel={() => setDoing(null)} confirmLoading={busy} forceRender>
        <Form form={form} layout="vertical">
          <Form.Item name="doneOn" label="走访日期" rules={[{ required: true }]}>
            <DatePicker style={{ width: '100%' }} />
          </Form.Item>
          <Form.Item name="outcome" label="办理情况" rules={[{ required: true, whitespace: true, message: '如：上门慰问，送慰问金，告知遗属抚恤办理' }]}>
            <Input.TextArea rows={3} maxLength={500} placeholder="如：上门慰问，送慰问金，告知遗属抚恤办理" />
          </Form.Item>
        </Form>
      </ResponsiveModal>
    </>
  );
}

function EntitledTab() {
  const [group, setGroup] = useState<string>();
  const { access, list, open, setOpen, form, submit: { busy, run } } = useRegisterTab((page, pageSize) => veteransApi.list({ group, page, pageSize }), `${group}`);
  const groupNow = Form.useWatch('group', form) as string | undefined;
  const [benefitFor, setBenefitFor] = useState<Entitled | null>(null);
  const [benefitForm] = Form.useForm();
  const benefit = useRegisterSave(benefitForm, () => {
    setBenefitFor(null);
    list.reload();
  });
  const grant = async () => {
    const v = await benefitForm.validateFields();
    await benefit.run(() => veteransApi.benefits(benefitFor!.id, { startMonth: (v.startMonth as Dayjs).format('YYYY-MM') }));
  };
  const save = async () => {
    const v = await form.validateFields();
    await run(() => veteransApi.register({ ...v, registeredOn: isoDay(v.registeredOn), disabilityLevel: v.group === 'disabled_serviceman' ? v.disabilityLevel : null, note: v.note || null }));
  };
  return (
    <>
      <RegisterList<Entitled>
        toolbar={
          <>
            <Select allowClear placeholder="优抚类别" options={opts(GROUP_LABELS)} value={group} onChange={setGroup} style={{ width: 180 }} />
            {access.editHouseholds && (
              <Button type="primary" onClick={() => { form.resetFields(); form.setFieldsValue({ registeredOn: chinaToday() }); setOpen(true); }}>
                登记优抚对象
              </Button>
            )}
          </>
        }
        list={list}
        columns={[
          { title: '姓名', dataIndex: 'personName' },
          { title: '类别', dataIndex: 'group', render: (g: string, r: Entitled) => `${GROUP_LABELS[g] ?? g}${r.disabilityLevel ? `（${r.disabilityLevel} 级）` : ''}` },
          { title: '证件', dataIndex: 'documentNumber', render: (n: string, r: Entitled) => `${DOCUMENT_LABELS[r.documentKind] ?? r.documentKind} ${n}` },
          { title: '登记日期', dataIndex: 'registeredOn' },
          { title: '状态', dataIndex: 'status', render: (s: string, r: Entitled) => <Tag color={s === 'active' ? 'green' : 'default'}>{STATUS_LABELS[s] ?? s}{r.endedOn ? ` ${r.endedOn}` : ''}</Tag> },
          { title: '优先', dataIndex: 'priority', render: (p: boolean) => (p ? <Tag color="gold">低保、特困、临时救助优先</Tag> : '') },
          ...(access.approvePayrolls
            ? [
                {
                  title: '操作',
                  key: 'benefits',
                  render: (_: unknown, r: Entitled) =>
                    r.status === 'active' ? (
                      <Button size="small" onClick={() => { benefitForm.setFieldsValue({ startMonth: dayjs(`${chinaMonth()}-01`) }); setBenefitFor(r); }}>
                        核定优抚金
                      </Button>
                    ) : null,
                },
              ]
            : []),
        ]}
      />
      <ResponsiveModal open={benefitFor !== null} title={`核定优抚金：${benefitFor?.personName ?? ''}`} onOk={() => void grant()} onCancel={() => setBenefitFor(null)} confirmLoading={benefit.busy} forceRender>
        <p style={{ color: 'rgba(0,0,0,0.55)' }}>按政策参数“优抚金”中该类别的标准纳入发放：定期抚恤补助按月进入发放名册；义务兵家庭优待金、春节慰问金用“一次性补助”发放。</p>
        <Form form={benefitForm} layout="vertical">
          <Form.Item name="startMonth" label="起始月份" rules={[{ required: true, message: '请选择起始月份' }]}>
            <DatePicker picker="month" style={{ width: '100%' }} />
          </Form.Item>
        </Form>
      </ResponsiveModal>
      <ResponsiveModal open={open} title="登记优抚对象" onOk={() => void save()} onCancel={() => setOpen(false)} confirmLoading={busy} forceRender>
        <Form form={form} layout="vertical">
          <PersonField label="优抚对象" message="请选择人员" />
          <Form.Item name="group" label="优抚类别" rules={[{ required: true, message: '请选择类别' }]}>
            <Select options={opts(GROUP_LABELS)} />
          </Form.Item>
          {groupNow === 'disabled_serviceman' && (
            <Form.Item name="disabilityLevel" label="伤残等级" rules={[{ required: true, message: '请填写伤残等级（1–10 级）' }]}>
              <InputNumber min={1} max={10} style={{ width: '100%' }} />
            </Form.Item>
          )}
          <Form.Item name="documentKind" label="证件类型" rules={[{ required: true, message: '请选择证件类型' }]}>
            <Select options={opts(DOCUMENT_LABELS)} />
          </Form.Item>
          <Form.Item name="documentNumber" label="证件编号" rules={[{ required: true, whitespace: true, message: '请填写证件编号' }]}>
            <Input />
          </Form.Item>
          <Form.Item name="registeredOn" label="登记日期" rules={[{ required: true }]}>
            <DatePicker style={{ width: '100%' }} />
          </Form.Item>
          <Form.Item name="note" label="备注">
            <Input.TextArea rows={2} maxLength={500} />
          </Form.Item>
        </Form>
      </ResponsiveModal>
    </>
  );
}
