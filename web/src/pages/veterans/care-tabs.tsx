import { App, Button, DatePicker, Flex, Form, Input, InputNumber, Select, Tag, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import { useState, type ReactNode } from 'react';
import { AreaTreeSelect } from '../../components/area-tree-select.tsx';
import { errorMessageOf, showFieldError } from '../../components/api-error-feedback.ts';
import { ResponsiveModal } from '../../components/responsive-modal.tsx';
import { ResponsiveTable } from '../../components/responsive-table.tsx';
import { usePagedList } from '../../components/use-paged-list.ts';
import { useT } from '../../i18n/index.tsx';
import { useSession } from '../../session.tsx';
import { chinaToday } from '../../china-date.ts';
import { careApi, FORUM_OCCASION_LABELS, veteransApi, type Entitled, type Forum, type Liaison, type Plaque, type Visit } from './api.ts';

/** 精神抚慰 registers (issue 22): liaisons, visits, forums and 光荣牌 — a list and a form each. */

const day = (d: Dayjs | null | undefined) => (d ? d.format('YYYY-MM-DD') : null);
type Page<T> = { items: T[]; total: number };

function CareTab<T extends { id: number }>(props: {
  load: (p: { page: number; pageSize: number }) => Promise<Page<T>>;
  columns: { title: string; dataIndex?: string; key?: string; render?: (v: unknown, r: T) => ReactNode }[];
  addLabel: string;
  fields: ReactNode;
  defaults: Record<string, unknown>;
  save: (v: Record<string, unknown>) => Promise<unknown>;
  header?: (page: Page<T> | null) => ReactNode;
}) {
  const { access } = useSession();
  const { message } = App.useApp();
  const t = useT();
  const [last, setLast] = useState<Page<T> | null>(null);
  const list = usePagedList(async (page, pageSize) => {
    const p = await props.load({ page, pageSize });
    setLast(p);
    return p;
  }, '');
  const [open, setOpen] = useState(false);
  const [busy, setBusy] = useState(false);
  const [form] = Form.useForm();
  const submit = async () => {
    const v = await form.validateFields();
    setBusy(true);
    try {
      const saved = (await props.save(v)) as { warning?: string | null };
      if (saved?.warning) message.warning(saved.warning);
      else message.success('已保存');
      setOpen(false);
      list.reload();
    } catch (e) {
      if (!showFieldError(form, e)) message.error(errorMessageOf(e, t));
    } finally {
      setBusy(false);
    }
  };
  return (
    <>
      <Flex gap={8} wrap align="center" style={{ marginBottom: 12 }}>
        {props.header?.(last)}
        {access.editHouseholds && (
          <Button type="primary" onClick={() => { form.resetFields(); form.setFieldsValue(props.defaults); setOpen(true); }}>
            {props.addLabel}
          </Button>
        )}
      </Flex>
      <ResponsiveTable<T>
        rowKey="id"
        size="middle"
        loading={list.loading}
        dataSource={list.items}
        pagination={{ current: list.page, pageSize: list.pageSize, total: list.total, onChange: list.changePage, hideOnSinglePage: true }}
        columns={props.columns as never}
      />
      <ResponsiveModal open={open} title={props.addLabel} onOk={() => void submit()} onCancel={() => setOpen(false)} confirmLoading={busy} forceRender>
        <Form form={form} layout="vertical">
          {props.fields}
        </Form>
      </ResponsiveModal>
    </>
  );
}

/** The active recipients of the user's area, to pick from (the first 200). */
function EntitledSelect({ value, onChange, multiple }: { value?: number | number[]; onChange?: (v: number | number[]) => void; multiple?: boolean }) {
  const list = usePagedList((page) => veteransApi.list({ status: 'active', page, pageSize: 200 }), 'active');
  return (
    <Select
      mode={multiple ? 'multiple' : undefined}
      value={value}
      onChange={onChange}
      loading={list.loading}
      showSearch
      optionFilterProp="label"
      options={list.items.map((r: Entitled) => ({ value: r.id, label: r.personName }))}
    />
  );
}

const required = (message: string) => [{ required: true, message }];

export function LiaisonsTab() {
  return (
    <CareTab<Liaison>
      load={careApi.liaisons}
      addLabel="聘任联络员"
      defaults={{ appointedOn: chinaToday() }}
      save={(v) => careApi.appoint({ ...v, appointedOn: day(v.appointedOn as Dayjs), phone: v.phone || null })}
      header={() => <Typography.Text type="secondary">每名联络员联系 15–25 名优抚对象，一年一聘</Typography.Text>}
      columns={[
        { title: '联络员', dataIndex: 'name' },
        { title: '片区', dataIndex: 'zone' },
        { title: '电话', dataIndex: 'phone' },
        { title: '联系对象', dataIndex: 'recipients', render: (n, r) => (r.load === 'within' ? `${String(n)} 人` : <Tag color="orange">{String(n)} 人（应为 15–25 人）</Tag>) },
        { title: '聘期', key: 'term', render: (_, r) => `${r.appointedOn} 至 ${r.untilOn}` },
      ]}
      fields={
        <>
          <Form.Item name="areaCode" label="片区所在区划" rules={required('请选择区划')}>
            <AreaTreeSelect />
          </Form.Item>
          <Form.Item name="zone" label="片区名称" rules={[{ required: true, whitespace: true, message: '请填写片区名称' }]}>
            <Input maxLength={100} />
          </Form.Item>
          <Form.Item name="name" label="联络员姓名" rules={[{ required: true, whitespace: true, message: '请填写姓名' }]}>
            <Input maxLength={50} />
          </Form.Item>
          <Form.Item name="phone" label="联系电话">
            <Input maxLength={30} />
          </Form.Item>
          <Form.Item name="appointedOn" label="聘任日期" rules={required('请选择日期')}>
            <DatePicker style={{ width: '100%' }} />
          </Form.Item>
          <Form.Item name="entitledPersonIds" label="联系的优抚对象" rules={required('请选择优抚对象')}>
            <EntitledSelect multiple />
          </Form.Item>
        </>
      }
    />
  );
}

export function VisitsTab() {
  return (
    <CareTab<Visit>
      load={careApi.visits}
      addLabel="登记走访"
      defaults={{ visitedOn: chinaToday() }}
      save={(v) => careApi.visit({ ...v, visitedOn: day(v.visitedOn as Dayjs), problems: v.problems || null })}
      columns={[
        { title: '优抚对象', dataIndex: 'personName' },
        { title: '走访日期', dataIndex: 'visitedOn' },
        { title: '走访人', dataIndex: 'visitor' },
        { title: '走访情况', dataIndex: 'content' },
        { title: '反映问题', dataIndex: 'problems' },
      ]}
      fields={
        <>
          <Form.Item name="entitledPersonId" label="优抚对象" rules={required('请选择优抚对象')}>
            <EntitledSelect />
          </Form.Item>
          <Form.Item name="visitedOn" label="走访日期" rules={required('请选择日期')}>
            <DatePicker style={{ width: '100%' }} />
          </Form.Item>
          <Form.Item name="visitor" label="走访人" rules={[{ required: true, whitespace: true, message: '请填写走访人' }]}>
            <Input maxLength={100} />
          </Form.Item>
          <Form.Item name="content" label="走访情况" rules={[{ required: true, whitespace: true, message: '请填写走访情况' }]}>
            <Input.TextArea rows={3} maxLength={1000} />
          </Form.Item>
          <Form.Item name="problems" label="反映的问题">
            <Input.TextArea rows={2} maxLength={1000} />
          </Form.Item>
        </>
      }
    />
  );
}

export function ForumsTab() {
  return (
    <CareTab<Forum>
      load={careApi.forums}
      addLabel="登记座谈会"
      defaults={{ heldOn: chinaToday(), occasion: 'army_day' }}
      save={(v) => careApi.forum({ ...v, heldOn: day(v.heldOn as Dayjs), summary: v.summary || null })}
      header={(p) => {
        const y = (p as { thisYear?: { year: number; held: number; required: number } } | null)?.thisYear;
        return y ? <Tag color={y.held >= y.required ? 'green' : 'orange'}>{`${y.year} 年已开 ${y.held} 次（每年不少于 ${y.required} 次）`}</Tag> : null;
      }}
      columns={[
        { title: '日期', dataIndex: 'heldOn' },
        { title: '类型', dataIndex: 'occasion', render: (o) => FORUM_OCCASION_LABELS[String(o)] ?? String(o) },
        { title: '主题', dataIndex: 'topic' },
        { title: '参加人数', dataIndex: 'attendees' },
        { title: '纪要', dataIndex: 'summary' },
      ]}
      fields={
        <>
          <Form.Item name="areaCode" label="举办单位区划" rules={required('请选择区划')}>
            <AreaTreeSelect />
          </Form.Item>
          <Form.Item name="heldOn" label="日期" rules={required('请选择日期')}>
            <DatePicker style={{ width: '100%' }} />
          </Form.Item>
          <Form.Item name="occasion" label="类型" rules={required('请选择类型')}>
            <Select options={Object.entries(FORUM_OCCASION_LABELS).map(([value, label]) => ({ value, label }))} />
          </Form.Item>
          <Form.Item name="topic" label="主题" rules={[{ required: true, whitespace: true, message: '请填写主题' }]}>
            <Input maxLength={200} />
          </Form.Item>
          <Form.Item name="attendees" label="参加人数" rules={required('请填写人数')}>
            <InputNumber min={1} max={10000} style={{ width: '100%' }} />
          </Form.Item>
          <Form.Item name="summary" label="纪要">
            <Input.TextArea rows={3} maxLength={1000} />
          </Form.Item>
        </>
      }
    />
  );
}

export function PlaquesTab() {
  return (
    <CareTab<Plaque>
      load={careApi.plaques}
      addLabel="登记光荣牌"
      defaults={{ hungOn: chinaToday() }}
      save={(v) => careApi.plaque({ ...v, hungOn: day(v.hungOn as Dayjs), note: v.note || null })}
      columns={[
        { title: '优抚对象', dataIndex: 'personName' },
        { title: '户', dataIndex: 'householdId', render: (id) => `#${String(id)}` },
        { title: '悬挂日期', dataIndex: 'hungOn' },
        { title: '备注', dataIndex: 'note' },
      ]}
      fields={
        <>
          <Form.Item name="entitledPersonId" label="优抚对象（每户一块）" rules={required('请选择优抚对象')}>
            <EntitledSelect />
          </Form.Item>
          <Form.Item name="hungOn" label="悬挂日期" rules={required('请选择日期')}>
            <DatePicker style={{ width: '100%' }} />
          </Form.Item>
          <Form.Item name="note" label="备注">
            <Input maxLength={500} />
          </Form.Item>
        </>
      }
    />
  );
}
