import { App, Button, Card, DatePicker, Descriptions, Flex, Form, Input, InputNumber, Select, Tabs, Tag, Typography } from 'antd';
import dayjs from 'dayjs';
import { useState } from 'react';
import { errorMessageOf } from '../../components/api-error-feedback.ts';
import { isoDay, PersonField, RegisterList, useRegisterSave, useRegisterTab } from '../../components/register-list.tsx';
import { ResponsiveModal } from '../../components/responsive-modal.tsx';
import { usePagedList } from '../../components/use-paged-list.ts';
import { useT } from '../../i18n/index.tsx';
import { useSession } from '../../session.tsx';
import { CommunitySelect } from '../registry/community-select.tsx';
import { disabilityApi, type BaseEvaluation, type Certificate, type DisabilityService, type EmploymentBase } from './api.ts';
import { BASE_STATUS_LABELS, CATEGORY_LABELS, CRITERION_LABELS, GRADE_LABELS, options, SERVICE_KIND_LABELS, STATE_LABELS, yuan } from './labels.ts';
import { chinaToday } from '../../china-date.ts';

/** 残疾人: certificates, services (康复, 辅具, 无障碍), employment poverty-relief bases. */
export function DisabilityPage() {
  return (
    <Card title="残疾人服务">
      <Tabs
        items={[
          { key: 'certificates', label: '残疾证', children: <CertificatesTab /> },
          { key: 'services', label: '康复与辅具', children: <ServicesTab /> },
          { key: 'bases', label: '就业扶贫基地', children: <BasesTab /> },
        ]}
      />
    </Card>
  );
}

function CertificatesTab() {
  const [category, setCategory] = useState<string>();
  const [reviewDue, setReviewDue] = useState(false);
  const { access, list, open, setOpen, form, submit } = useRegisterTab((page, pageSize) => disabilityApi.certificates({ category, reviewDue: reviewDue ? 'true' : undefined, page, pageSize }), `${category}|${reviewDue}`);
  const save = async () => {
    const v = await form.validateFields();
    await submit.run(() => disabilityApi.saveCertificate({ ...v, issuedOn: isoDay(v.issuedOn), reviewOn: isoDay(v.reviewOn) }));
  };
  return (
    <>
      <RegisterList<Certificate>
        toolbar={
          <>
            <Select allowClear placeholder="残疾类别" options={options(CATEGORY_LABELS)} value={category} onChange={setCategory} style={{ width: 140 }} />
            <Button type={reviewDue ? 'primary' : 'default'} onClick={() => setReviewDue(!reviewDue)}>
              待复核
            </Button>
            {access.editHouseholds && (
              <Button type="primary" onClick={() => setOpen(true)} data-testid="certificate-add">
                登记残疾证
              </Button>
            )}
          </>
        }
        hint={<Typography.Paragraph type="secondary">残疾证是困难残疾人生活补贴和重度残疾人护理补贴认定残疾类别、等级的依据；注销后两项补贴不再认定。</Typography.Paragraph>}
        list={list}
        columns={[
          { title: '姓名', dataIndex: 'personName' },
          { title: '残疾证号', dataIndex: 'number' },
          { title: '类别', dataIndex: 'category', render: (c: string) => CATEGORY_LABELS[c] ?? c },
          { title: '等级', dataIndex: 'grade', render: (g: number) => GRADE_LABELS[g] ?? g },
          { title: '发证日期', dataIndex: 'issuedOn' },
          { title: '复核日期', dataIndex: 'reviewOn' },
          { title: '状态', dataIndex: 'state', render: (s: string) => <Tag color={s === 'valid' ? 'green' : s === 'review_due' ? 'orange' : 'default'}>{STATE_LABELS[s] ?? s}</Tag> },
        ]}
      />
      <ResponsiveModal open={open} title="登记或更正残疾证" onOk={() => void save()} onCancel={() => setOpen(false)} confirmLoading={submit.busy} destroyOnHidden>
        <Form form={form} layout="vertical" preserve={false} initialValues={{ status: 'valid' }}>
          <PersonField label="持证人" message="请选择持证人" />
          <Form.Item name="category" label="残疾类别" rules={[{ required: true, message: '请选择残疾类别' }]}>
            <Select options={options(CATEGORY_LABELS)} />
          </Form.Item>
          <Form.Item name="grade" label="残疾等级" rules={[{ required: true, message: '请选择残疾等级' }]}>
            <Select options={[1, 2, 3, 4].map((g) => ({ value: g, label: GRADE_LABELS[g] }))} />
          </Form.Item>
          <Form.Item name="number" label="残疾证号" extra="20 位：身份证号 + 类别代码 + 等级代码" rules={[{ required: true, whitespace: true, message: '请填写残疾证号' }]}>
            <Input maxLength={20} />
          </Form.Item>
          <Form.Item name="issuedOn" label="发证日期" rules={[{ required: true, message: '请选择发证日期' }]}>
            <DatePicker style={{ width: '100%' }} />
          </Form.Item>
          <Form.Item name="reviewOn" label="复核（换证）日期">
            <DatePicker style={{ width: '100%' }} />
          </Form.Item>
          <Form.Item name="status" label="证件状态">
            <Select options={[{ value: 'valid', label: '有效' }, { value: 'revoked', label: '注销' }]} />
          </Form.Item>
        </Form>
      </ResponsiveModal>
    </>
  );
}

function ServicesTab() {
  const [kind, setKind] = useState<string>();
  const { access, list, open, setOpen, form, submit } = useRegisterTab((page, pageSize) => disabilityApi.services({ kind, page, pageSize }), `${kind}`);
  const save = async () => {
    const v = await form.validateFields();
    await submit.run(() => disabilityApi.addService({ ...v, startOn: isoDay(v.startOn), endOn: isoDay(v.endOn), amount: v.amount === undefined || v.amount === null ? null : Math.round(v.amount * 100), note: v.note || null }));
  };
  return (
    <>
      <RegisterList<DisabilityService>
        toolbar={
          <>
            <Select allowClear placeholder="服务类型" options={options(SERVICE_KIND_LABELS)} value={kind} onChange={setKind} style={{ width: 140 }} />
            {access.editHouseholds && (
              <Button type="primary" onClick={() => setOpen(true)}>
                登记服务
              </Button>
            )}
          </>
        }
        list={list}
        columns={[
          { title: '姓名', dataIndex: 'personName' },
          { title: '类型', dataIndex: 'kind', render: (k: string) => SERVICE_KIND_LABELS[k] ?? k },
          { title: '服务内容', dataIndex: 'serviceType' },
          { title: '服务机构', dataIndex: 'provider' },
          { title: '开始', dataIndex: 'startOn' },
          { title: '结束', dataIndex: 'endOn' },
          { title: '金额', dataIndex: 'amount', render: (a: number | null) => yuan(a) },
        ]}
      />
      <ResponsiveModal open={open} title="登记康复服务、辅具或无障碍改造" onOk={() => void save()} onCancel={() => setOpen(false)} confirmLoading={submit.busy} destroyOnHidden>
        <Form form={form} layout="vertical" preserve={false} initialValues={{ kind: 'rehabilitation', startOn: chinaToday() }}>
          <PersonField label="服务对象" message="请选择服务对象" />
          <Form.Item name="kind" label="类型" rules={[{ required: true }]}>
            <Select options={options(SERVICE_KIND_LABELS)} />
          </Form.Item>
          <Form.Item name="serviceType" label="服务内容" rules={[{ required: true, whitespace: true, message: '如：肢体康复训练、轮椅、卫生间扶手改造' }]}>
            <Input placeholder="如：肢体康复训练、轮椅、卫生间扶手改造" />
          </Form.Item>
          <Form.Item name="provider" label="服务机构" rules={[{ required: true, whitespace: true, message: '请填写服务机构' }]}>
            <Input />
          </Form.Item>
          <Form.Item name="startOn" label="开始日期" rules={[{ required: true }]}>
            <DatePicker style={{ width: '100%' }} />
          </Form.Item>
          <Form.Item name="endOn" label="结束日期">
            <DatePicker style={{ width: '100%' }} />
          </Form.Item>
          <Form.Item name="amount" label="金额（元）">
            <InputNumber min={0} precision={2} style={{ width: '100%' }} />
          </Form.Item>
          <Form.Item name="note" label="备注">
            <Input.TextArea rows={2} maxLength={500} />
          </Form.Item>
        </Form>
      </ResponsiveModal>
    </>
  );
}

function EvaluationView({ e }: { e: BaseEvaluation }) {
  return (
    <Descriptions size="small" column={1} bordered title={<span>核查结果（{e.evaluatedOn}）：{e.qualified ? <Tag color="green">符合条件</Tag> : <Tag color="red">不符合条件</Tag>}</span>}>
      {e.criteria.map((c) => (
        <Descriptions.Item key={c.code} label={CRITERION_LABELS[c.code] ?? c.code}>
          {c.met ? <Tag color="green">达到</Tag> : <Tag color="red">未达到</Tag>} {typeof c.actual === 'number' ? yuan(c.actual) : c.code === 'disabled_beneficiaries' && c.actual ? `残疾职工/带动户数：${c.actual}` : (c.actual ?? '未核查')}
        </Descriptions.Item>
      ))}
    </Descriptions>
  );
}

function BasesTab() {
  const { access } = useSession();
  const { message } = App.useApp();
  const t = useT();
  const list = usePagedList((page, pageSize) => disabilityApi.bases({ page, pageSize }), '');
  const [editing, setEditing] = useState<EmploymentBase | 'new' | null>(null);
  const [shown, setShown] = useState<BaseEvaluation | null>(null);
  const [form] = Form.useForm();
  const submit = useRegisterSave(form, () => {
    setEditing(null);
    list.reload();
  });
  const openForm = (b: EmploymentBase | 'new') => {
    setEditing(b);
    form.setFieldsValue(
      b === 'new'
        ? { year: chinaToday().year() }
        : { ...b, appliedOn: dayjs(b.appliedOn), inspectedOn: b.inspectedOn ? dayjs(b.inspectedOn) : null, annualOutput: b.annualOutput / 100, perCapitaIncome: b.perCapitaIncome / 100 },
    );
  };
  const save = async () => {
    const v = await form.validateFields();
    const body = { ...v, appliedOn: isoDay(v.appliedOn), inspectedOn: isoDay(v.inspectedOn), annualOutput: Math.round(v.annualOutput * 100), perCapitaIncome: Math.round(v.perCapitaIncome * 100) };
    await submit.run(() => (editing === 'new' || editing === null ? disabilityApi.addBase(body) : disabilityApi.updateBase(editing.id, body)));
  };
  const evaluate = async (b: EmploymentBase) => {
    try {
      setShown(await disabilityApi.evaluate(b.id));
      list.reload();
    } catch (e) {
      message.error(errorMessageOf(e, t));
    }
  };
  return (
    <>
      <RegisterList<EmploymentBase>
        toolbar={
          access.editHouseholds && (
            <Button type="primary" onClick={() => openForm('new')}>
              申报基地
            </Button>
          )
        }
        hint={<Typography.Paragraph type="secondary">认定条件：安置残疾职工 10 名以上或带动残疾人家庭 20 户以上；年产值 10 万元以上；人均年收入 1 万元以上；4 月底前申报，7 月实地核查，核查通过后拨付资金。</Typography.Paragraph>}
        list={list}
        columns={[
          { title: '基地名称', dataIndex: 'name' },
          { title: '年度', dataIndex: 'year' },
          { title: '残疾职工', dataIndex: 'disabledEmployees' },
          { title: '带动户数', dataIndex: 'householdsServed' },
          { title: '年产值', dataIndex: 'annualOutput', render: (a: number) => yuan(a) },
          { title: '状态', dataIndex: 'status', render: (s: string) => <Tag color={s === 'qualified' ? 'green' : s === 'not_qualified' ? 'red' : 'blue'}>{BASE_STATUS_LABELS[s] ?? s}</Tag> },
          {
            title: '操作',
            key: 'actions',
            render: (_: unknown, b: EmploymentBase) => (
              <Flex gap={4} wrap>
                {b.evaluation && <Button size="small" onClick={() => setShown(b.evaluation)}>结果</Button>}
                {access.editHouseholds && (
                  <>
                    <Button size="small" onClick={() => openForm(b)}>
                      更新
                    </Button>
                    <Button size="small" type="primary" onClick={() => void evaluate(b)} data-testid={`evaluate-${b.id}`}>
                      认定核查
                    </Button>
                  </>
                )}
              </Flex>
            ),
          },
        ]}
      />
      <ResponsiveModal open={editing !== null} title={editing === 'new' ? '申报就业扶贫基地' : '更新基地情况'} onOk={() => void save()} onCancel={() => setEditing(null)} confirmLoading={submit.busy} forceRender>
        <Form form={form} layout="vertical">
          <Form.Item name="areaCode" label="所在社区" rules={[{ required: true, message: '请选择社区' }]}>
            <CommunitySelect />
          </Form.Item>
          <Form.Item name="name" label="基地名称" rules={[{ required: true, whitespace: true, message: '请填写基地名称' }]}>
            <Input />
          </Form.Item>
          <Form.Item name="operator" label="经营主体" rules={[{ required: true, whitespace: true, message: '请填写经营主体' }]}>
            <Input />
          </Form.Item>
          <Form.Item name="year" label="年度" rules={[{ required: true }]}>
            <InputNumber min={2000} max={2100} style={{ width: '100%' }} />
          </Form.Item>
          <Form.Item name="appliedOn" label="申报日期" rules={[{ required: true, message: '请选择申报日期' }]}>
            <DatePicker style={{ width: '100%' }} />
          </Form.Item>
          <Form.Item name="inspectedOn" label="实地核查日期">
            <DatePicker style={{ width: '100%' }} />
          </Form.Item>
          <Form.Item name="disabledEmployees" label="安置残疾职工（名）" rules={[{ required: true }]}>
            <InputNumber min={0} style={{ width: '100%' }} />
          </Form.Item>
          <Form.Item name="householdsServed" label="带动残疾人家庭（户）" rules={[{ required: true }]}>
            <InputNumber min={0} style={{ width: '100%' }} />
          </Form.Item>
          <Form.Item name="annualOutput" label="年产值（元）" rules={[{ required: true }]}>
            <InputNumber min={0} precision={2} style={{ width: '100%' }} />
          </Form.Item>
          <Form.Item name="perCapitaIncome" label="人均年收入（元）" rules={[{ required: true }]}>
            <InputNumber min={0} precision={2} style={{ width: '100%' }} />
          </Form.Item>
        </Form>
      </ResponsiveModal>
      <ResponsiveModal open={shown !== null} title="就业扶贫基地认定核查" onOk={() => setShown(null)} onCancel={() => setShown(null)} destroyOnHidden>
        {shown && <EvaluationView e={shown} />}
      </ResponsiveModal>
    </>
  );
}
