import { Button, Card, DatePicker, Flex, Form, Input, InputNumber, Select, Tabs, Tag } from 'antd';
import type { Dayjs } from 'dayjs';
import { useEffect, useState } from 'react';
import { chinaToday } from '../../china-date.ts';
import { AreaTreeSelect } from '../../components/area-tree-select.tsx';
import { ResponsiveModal } from '../../components/responsive-modal.tsx';
import { ResponsiveTable } from '../../components/responsive-table.tsx';
import { usePagedList } from '../../components/use-paged-list.ts';
import { useSession } from '../../session.tsx';
import { formatFen, yuanToFen } from '../policies/money.ts';
import { useSave } from '../volunteers/use-save.ts';
import { listsApi, NEED_CATEGORY_LABELS, NEED_STATUS_COLORS, NEED_STATUS_LABELS, RESOURCE_CATEGORY_LABELS, type Need, type Project, type Resource, type Totals } from './api.ts';

const day = (d: Dayjs | null | undefined) => (d ? d.format('YYYY-MM-DD') : null);
const opts = (labels: Record<string, string>) => Object.entries(labels).map(([value, label]) => ({ value, label }));

/** 三张清单: residents' needs matched to community resources and carried out as projects. */
export function CommunityListsPage() {
  const [tab, setTab] = useState('needs');
  return (
    <Card title="三张清单">
      <Tabs
        activeKey={tab}
        onChange={setTab}
        destroyOnHidden
        items={[
          { key: 'needs', label: '需求清单', children: <NeedsTab /> },
          { key: 'resources', label: '资源清单', children: <ResourcesTab /> },
          { key: 'projects', label: '项目清单', children: <ProjectsTab /> },
          { key: 'totals', label: '汇总', children: <TotalsTab /> },
        ]}
      />
    </Card>
  );
}

function NeedsTab() {
  const { access, user } = useSession();
  const [status, setStatus] = useState<string>();
  const list = usePagedList((page, pageSize) => listsApi.needs({ status, page, pageSize }), `${status}`);
  const [creating, setCreating] = useState(false);
  const [matching, setMatching] = useState<Need | null>(null);
  const [starting, setStarting] = useState<Need | null>(null);
  const [resources, setResources] = useState<Resource[]>([]);
  const [form] = Form.useForm();
  const [matchForm] = Form.useForm();
  const [projectForm] = Form.useForm();
  const { busy, run } = useSave();
  useEffect(() => {
    if (matching) void listsApi.resources({ page: 1, pageSize: 200 }).then((r) => setResources(r.items.filter((x) => x.status === 'available')));
  }, [matching]);
  const create = async () => {
    const v = await form.validateFields();
    await run(form, () => listsApi.createNeed({ areaCode: v.areaCode, title: v.title, category: v.category, raisedBy: v.raisedBy, description: v.description || null, raisedOn: day(v.raisedOn) }), () => { setCreating(false); list.reload(); });
  };
  const match = async () => {
    const v = await matchForm.validateFields();
    if (matching) await run(matchForm, () => listsApi.match(matching.id, { resourceIds: v.resourceIds, matchedOn: day(v.matchedOn)! }), () => { setMatching(null); list.reload(); });
  };
  const start = async () => {
    const v = await projectForm.validateFields();
    if (starting) await run(projectForm, () => listsApi.startProject({ needId: starting.id, name: v.name, lead: v.lead, budget: v.budget ? yuanToFen(v.budget) : null, startOn: day(v.startOn) }), () => { setStarting(null); list.reload(); });
  };
  return (
    <>
      <Flex gap={8} wrap style={{ marginBottom: 12 }}>
        <Select allowClear placeholder="状态" options={opts(NEED_STATUS_LABELS)} value={status} onChange={setStatus} style={{ width: 120 }} />
        {access.editHouseholds && (
          <Button type="primary" onClick={() => { form.resetFields(); form.setFieldsValue({ areaCode: user?.areaCode, raisedOn: chinaToday() }); setCreating(true); }}>
            登记需求
          </Button>
        )}
      </Flex>
      <ResponsiveTable<Need>
        rowKey="id"
        size="middle"
        loading={list.loading}
        dataSource={list.items}
        pagination={{ current: list.page, pageSize: list.pageSize, total: list.total, onChange: list.changePage, hideOnSinglePage: true }}
        columns={[
          { title: '需求', dataIndex: 'title' },
          { title: '类别', dataIndex: 'category', render: (c: string) => NEED_CATEGORY_LABELS[c] ?? c },
          { title: '提出人', dataIndex: 'raisedBy', render: (r: string, n: Need) => `${r}（${n.raisedOn}）` },
          { title: '对接资源', dataIndex: 'resources', render: (rs: Need['resources']) => rs.map((r) => r.name).join('、') },
          { title: '状态', dataIndex: 'status', render: (s: string) => <Tag color={NEED_STATUS_COLORS[s]}>{NEED_STATUS_LABELS[s] ?? s}</Tag> },
          {
            title: '操作',
            key: 'actions',
            render: (_: unknown, n: Need) =>
              !access.editHouseholds ? null : n.status === 'open' || n.status === 'matched' ? (
                <Flex gap={4} wrap>
                  <Button size="small" onClick={() => { matchForm.resetFields(); matchForm.setFieldsValue({ matchedOn: chinaToday(), resourceIds: n.resources.map((r) => r.id) }); setMatching(n); }}>对接资源</Button>
                  {n.status === 'matched' && (
                    <Button size="small" type="primary" onClick={() => { projectForm.resetFields(); projectForm.setFieldsValue({ name: n.title, startOn: chinaToday() }); setStarting(n); }}>立项实施</Button>
                  )}
                </Flex>
              ) : null,
          },
        ]}
      />
      <ResponsiveModal open={creating} title="登记居民需求" onOk={() => void create()} onCancel={() => setCreating(false)} confirmLoading={busy} forceRender>
        <Form name="need" form={form} layout="vertical">
          <Form.Item name="areaCode" label="所属社区" rules={[{ required: true, message: '请选择区划' }]}>
            <AreaTreeSelect />
          </Form.Item>
          <Form.Item name="title" label="需求" rules={[{ required: true, whitespace: true, message: '请填写需求' }]}>
            <Input maxLength={200} />
          </Form.Item>
          <Form.Item name="category" label="类别" rules={[{ required: true, message: '请选择类别' }]}>
            <Select options={opts(NEED_CATEGORY_LABELS)} />
          </Form.Item>
          <Form.Item name="raisedBy" label="提出人" rules={[{ required: true, whitespace: true, message: '请填写提出人' }]}>
            <Input maxLength={100} placeholder="居民姓名、居民代表会议、楼栋长…" />
          </Form.Item>
          <Form.Item name="raisedOn" label="提出日期" rules={[{ required: true }]}>
            <DatePicker style={{ width: '100%' }} />
          </Form.Item>
          <Form.Item name="description" label="说明">
            <Input.TextArea rows={2} maxLength={1000} />
          </Form.Item>
        </Form>
      </ResponsiveModal>
      <ResponsiveModal open={matching !== null} title={`对接资源：${matching?.title ?? ''}`} onOk={() => void match()} onCancel={() => setMatching(null)} confirmLoading={busy} forceRender>
        <Form name="match" form={matchForm} layout="vertical">
          <Form.Item name="resourceIds" label="资源" rules={[{ required: true, message: '请至少选择一项资源' }]}>
            <Select mode="multiple" options={resources.map((r) => ({ value: r.id, label: `${r.name}（${r.provider}）` }))} />
          </Form.Item>
          <Form.Item name="matchedOn" label="对接日期" rules={[{ required: true }]}>
            <DatePicker style={{ width: '100%' }} />
          </Form.Item>
        </Form>
      </ResponsiveModal>
      <ResponsiveModal open={starting !== null} title={`立项实施：${starting?.title ?? ''}`} onOk={() => void start()} onCancel={() => setStarting(null)} confirmLoading={busy} forceRender>
        <Form name="project" form={projectForm} layout="vertical">
          <Form.Item name="name" label="项目名称" rules={[{ required: true, whitespace: true, message: '请填写项目名称' }]}>
            <Input maxLength={200} />
          </Form.Item>
          <Form.Item name="lead" label="负责人" rules={[{ required: true, whitespace: true, message: '请填写负责人' }]}>
            <Input maxLength={100} />
          </Form.Item>
          <Form.Item name="budget" label="预算（元）">
            <Input inputMode="decimal" />
          </Form.Item>
          <Form.Item name="startOn" label="立项日期" rules={[{ required: true }]}>
            <DatePicker style={{ width: '100%' }} />
          </Form.Item>
        </Form>
      </ResponsiveModal>
    </>
  );
}

function ResourcesTab() {
  const { access, user } = useSession();
  const list = usePagedList((page, pageSize) => listsApi.resources({ page, pageSize }), '');
  const [open, setOpen] = useState(false);
  const [form] = Form.useForm();
  const { busy, run } = useSave();
  const save = async () => {
    const v = await form.validateFields();
    await run(form, () => listsApi.createResource({ areaCode: v.areaCode, name: v.name, category: v.category, provider: v.provider, contact: v.contact || null, description: v.description || null }), () => { setOpen(false); list.reload(); });
  };
  return (
    <>
      <Flex gap={8} wrap style={{ marginBottom: 12 }}>
        {access.editHouseholds && (
          <Button type="primary" onClick={() => { form.resetFields(); form.setFieldsValue({ areaCode: user?.areaCode }); setOpen(true); }}>
            登记资源
          </Button>
        )}
      </Flex>
      <ResponsiveTable<Resource>
        rowKey="id"
        size="middle"
        loading={list.loading}
        dataSource={list.items}
        pagination={{ current: list.page, pageSize: list.pageSize, total: list.total, onChange: list.changePage, hideOnSinglePage: true }}
        columns={[
          { title: '资源', dataIndex: 'name' },
          { title: '类别', dataIndex: 'category', render: (c: string) => RESOURCE_CATEGORY_LABELS[c] ?? c },
          { title: '提供方', dataIndex: 'provider', render: (p: string, r: Resource) => [p, r.contact].filter(Boolean).join(' ') },
          { title: '已对接需求', dataIndex: 'needs', render: (n: number) => `${n} 项` },
        ]}
      />
      <ResponsiveModal open={open} title="登记社区资源" onOk={() => void save()} onCancel={() => setOpen(false)} confirmLoading={busy} forceRender>
        <Form name="resource" form={form} layout="vertical">
          <Form.Item name="areaCode" label="所属区划" rules={[{ required: true, message: '请选择区划' }]}>
            <AreaTreeSelect />
          </Form.Item>
          <Form.Item name="name" label="资源名称" rules={[{ required: true, whitespace: true, message: '请填写资源名称' }]}>
            <Input maxLength={200} />
          </Form.Item>
          <Form.Item name="category" label="类别" rules={[{ required: true, message: '请选择类别' }]}>
            <Select options={opts(RESOURCE_CATEGORY_LABELS)} />
          </Form.Item>
          <Form.Item name="provider" label="提供方" rules={[{ required: true, whitespace: true, message: '请填写提供方' }]}>
            <Input maxLength={200} />
          </Form.Item>
          <Form.Item name="contact" label="联系方式">
            <Input maxLength={100} />
          </Form.Item>
          <Form.Item name="description" label="说明">
            <Input.TextArea rows={2} maxLength={1000} />
          </Form.Item>
        </Form>
      </ResponsiveModal>
    </>
  );
}

function ProjectsTab() {
  const { access } = useSession();
  const list = usePagedList((page, pageSize) => listsApi.projects({ page, pageSize }), '');
  const [finishing, setFinishing] = useState<Project | null>(null);
  const [form] = Form.useForm();
  const { busy, run } = useSave();
  const save = async () => {
    const v = await form.validateFields();
    if (finishing) await run(form, () => listsApi.finishProject(finishing.id, { doneOn: day(v.doneOn)!, outcome: v.outcome, beneficiaries: v.beneficiaries }), () => { setFinishing(null); list.reload(); });
  };
  return (
    <>
      <ResponsiveTable<Project>
        rowKey="id"
        size="middle"
        loading={list.loading}
        dataSource={list.items}
        pagination={{ current: list.page, pageSize: list.pageSize, total: list.total, onChange: list.changePage, hideOnSinglePage: true }}
        columns={[
          { title: '项目', dataIndex: 'name' },
          { title: '对应需求', dataIndex: 'needTitle' },
          { title: '负责人', dataIndex: 'lead' },
          { title: '预算', dataIndex: 'budget', render: (b: number | null) => (b === null ? '' : `${formatFen(b)} 元`) },
          { title: '状态', dataIndex: 'status', render: (s: string, p: Project) => (s === 'done' ? <Tag color="green">已完成 {p.doneOn}</Tag> : <Tag color="purple">实施中（{p.startOn} 起）</Tag>) },
          { title: '成效', dataIndex: 'outcome', render: (o: string | null, p: Project) => (o ? `${o}（受益 ${p.beneficiaries ?? 0} 人）` : '') },
          {
            title: '操作',
            key: 'actions',
            render: (_: unknown, p: Project) =>
              access.editHouseholds && p.status === 'in_progress' ? (
                <Button size="small" type="primary" onClick={() => { form.resetFields(); form.setFieldsValue({ doneOn: chinaToday() }); setFinishing(p); }}>完成</Button>
              ) : null,
          },
        ]}
      />
      <ResponsiveModal open={finishing !== null} title={`项目完成：${finishing?.name ?? ''}`} onOk={() => void save()} onCancel={() => setFinishing(null)} confirmLoading={busy} forceRender>
        <Form name="finish" form={form} layout="vertical">
          <Form.Item name="doneOn" label="完成日期" rules={[{ required: true }]}>
            <DatePicker style={{ width: '100%' }} />
          </Form.Item>
          <Form.Item name="outcome" label="实施成效" rules={[{ required: true, whitespace: true, message: '请填写实施成效' }]}>
            <Input.TextArea rows={3} maxLength={1000} />
          </Form.Item>
          <Form.Item name="beneficiaries" label="受益人数" rules={[{ required: true, message: '请填写受益人数' }]}>
            <InputNumber min={0} precision={0} style={{ width: '100%' }} />
          </Form.Item>
        </Form>
      </ResponsiveModal>
    </>
  );
}

function TotalsTab() {
  const [data, setData] = useState<Totals | null>(null);
  useEffect(() => {
    void listsApi.totals().then(setData);
  }, []);
  const rows = data ? [...data.rows, { ...data.total, areaCode: 'total', areaName: '合计' }] : [];
  return (
    <ResponsiveTable<Totals['rows'][number]>
      rowKey="areaCode"
      size="middle"
      loading={!data}
      dataSource={rows}
      pagination={false}
      columns={[
        { title: '社区', dataIndex: 'areaName' },
        { title: '需求：待对接', key: 'open', render: (_: unknown, r) => r.needs.open },
        { title: '已对接', key: 'matched', render: (_: unknown, r) => r.needs.matched },
        { title: '实施中', key: 'in_progress', render: (_: unknown, r) => r.needs.in_progress },
        { title: '已完成', key: 'done', render: (_: unknown, r) => r.needs.done },
        { title: '资源', dataIndex: 'resources' },
        { title: '项目（完成/实施中）', key: 'projects', render: (_: unknown, r) => `${r.projects.done} / ${r.projects.inProgress}` },
        { title: '受益人数', key: 'beneficiaries', render: (_: unknown, r) => r.projects.beneficiaries },
      ]}
    />
  );
}
