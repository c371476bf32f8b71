import { Button, Card, DatePicker, Descriptions, Flex, Form, Input, InputNumber, Radio, Select, Space, Tabs, Tag } from 'antd';
import type { Dayjs } from 'dayjs';
import { useEffect, useState } from 'react';
import { chinaToday } from '../../china-date.ts';
import { AreaTreeSelect } from '../../components/area-tree-select.tsx';
import { PersonSelect } from '../../components/person-select.tsx';
import { ResponsiveModal } from '../../components/responsive-modal.tsx';
import { ResponsiveTable } from '../../components/responsive-table.tsx';
import { usePagedList } from '../../components/use-paged-list.ts';
import { useSession } from '../../session.tsx';
import { volunteersApi, type Activity, type Points, type Team, type Volunteer } from './api.ts';
import { useSave } from './use-save.ts';

const day = (d: Dayjs | null | undefined) => (d ? d.format('YYYY-MM-DD') : null);

/** 志愿服务: volunteers and their points, teams, activities (hours → points). */
export function VolunteersPage() {
  return (
    <Card title="志愿服务">
      <Tabs
        items={[
          { key: 'volunteers', label: '志愿者与积分', children: <VolunteersTab /> },
          { key: 'activities', label: '服务活动', children: <ActivitiesTab /> },
          { key: 'teams', label: '志愿服务队', children: <TeamsTab /> },
        ]}
      />
    </Card>
  );
}

function useTeams() {
  const [teams, setTeams] = useState<Team[]>([]);
  const [tick, setTick] = useState(0);
  useEffect(() => {
    void volunteersApi.teams({ page: 1, pageSize: 200 }).then((r) => setTeams(r.items));
  }, [tick]);
  return { teams, reload: () => setTick((n) => n + 1) };
}

function VolunteersTab() {
  const { access } = useSession();
  const { teams } = useTeams();
  const [teamId, setTeamId] = useState<number>();
  const list = usePagedList((page, pageSize) => volunteersApi.list({ teamId, page, pageSize }), `${teamId}`);
  const [open, setOpen] = useState(false);
  const [viewing, setViewing] = useState<number | null>(null);
  const [form] = Form.useForm();
  const source = Form.useWatch('source', form) as string | undefined;
  const { busy, run } = useSave();
  const save = async () => {
    const v = await form.validateFields();
    const body = v.source === 'resident' ? { teamId: v.teamId, personId: v.personId, phone: v.phone || null, joinedOn: day(v.joinedOn) } : { teamId: v.teamId, name: v.name, phone: v.phone, joinedOn: day(v.joinedOn) };
    await run(form, () => volunteersApi.register(body), () => { setOpen(false); list.reload(); });
  };
  return (
    <>
      <Flex gap={8} wrap style={{ marginBottom: 12 }}>
        <Select allowClear placeholder="服务队" options={teams.map((t) => ({ value: t.id, label: t.name }))} value={teamId} onChange={setTeamId} style={{ width: 200 }} />
        {access.editHouseholds && (
          <Button type="primary" onClick={() => { form.resetFields(); form.setFieldsValue({ source: 'resident', joinedOn: chinaToday(), teamId }); setOpen(true); }}>
            登记志愿者
          </Button>
        )}
      </Flex>
      <ResponsiveTable<Volunteer>
        rowKey="id"
        size="middle"
        loading={list.loading}
        dataSource={list.items}
        pagination={{ current: list.page, pageSize: list.pageSize, total: list.total, onChange: list.changePage, hideOnSinglePage: true }}
        columns={[
          { title: '姓名', dataIndex: 'name', render: (n: string, r: Volunteer) => <>{n}{r.personId ? '' : <Tag style={{ marginInlineStart: 6 }}>非辖区居民</Tag>}</> },
          { title: '服务队', dataIndex: 'teamName' },
          { title: '电话', dataIndex: 'phone' },
          { title: '累计时长', dataIndex: 'hours', render: (h: number) => `${h} 小时` },
          { title: '积分余额', dataIndex: 'points', render: (p: number) => <Tag color="gold">{p} 分</Tag> },
          { title: '操作', key: 'actions', render: (_: unknown, r: Volunteer) => <Button size="small" onClick={() => setViewing(r.id)}>积分账户</Button> },
        ]}
      />
      <ResponsiveModal open={open} title="登记志愿者" onOk={() => void save()} onCancel={() => setOpen(false)} confirmLoading={busy} forceRender>
        <Form name="volunteer" form={form} layout="vertical">
          <Form.Item name="teamId" label="服务队" rules={[{ required: true, message: '请选择服务队' }]}>
            <Select options={teams.map((t) => ({ value: t.id, label: t.name }))} />
          </Form.Item>
          <Form.Item name="source" label="志愿者来源">
            <Radio.Group options={[{ value: 'resident', label: '辖区居民' }, { value: 'outsider', label: '非辖区居民' }]} />
          </Form.Item>
          {source === 'outsider' ? (
            <Form.Item name="name" label="姓名" rules={[{ required: true, whitespace: true, message: '请填写姓名' }]}>
              <Input maxLength={100} />
            </Form.Item>
          ) : (
            <Form.Item name="personId" label="居民" rules={[{ required: true, message: '请选择居民' }]}>
              <PersonSelect />
            </Form.Item>
          )}
          <Form.Item name="phone" label="联系电话" rules={source === 'outsider' ? [{ required: true, whitespace: true, message: '请填写联系电话' }] : []}>
            <Input maxLength={20} inputMode="tel" />
          </Form.Item>
          <Form.Item name="joinedOn" label="加入日期" rules={[{ required: true }]}>
            <DatePicker style={{ width: '100%' }} />
          </Form.Item>
        </Form>
      </ResponsiveModal>
      {viewing !== null && <PointsModal id={viewing} onClose={() => { setViewing(null); list.reload(); }} />}
    </>
  );
}

function PointsModal({ id, onClose }: { id: number; onClose: () => void }) {
  const { access } = useSession();
  const [data, setData] = useState<Points | null>(null);
  const [tick, setTick] = useState(0);
  const [form] = Form.useForm();
  const { busy, run } = useSave();
  useEffect(() => {
    void volunteersApi.points(id).then(setData);
  }, [id, tick]);
  const save = async () => {
    const v = await form.validateFields();
    await run(form, () => volunteersApi.exchange(id, { item: v.item, points: v.points, exchangedOn: day(v.exchangedOn)! }), () => { form.resetFields(); form.setFieldsValue({ exchangedOn: chinaToday() }); setTick((n) => n + 1); });
  };
  return (
    <ResponsiveModal open title={`积分账户：${data?.volunteer.name ?? ''}`} onCancel={onClose} footer={null} width={720}>
      {data && (
        <>
          <Descriptions size="small" column={{ xs: 1, sm: 3 }} items={[
            { key: 'p', label: '积分余额', children: <Tag color="gold">{data.volunteer.points} 分</Tag> },
            { key: 'h', label: '累计时长', children: `${data.volunteer.hours} 小时` },
            { key: 't', label: '服务队', children: data.volunteer.teamName },
          ]} />
          {access.editHouseholds && (
            <Form name="exchange" form={form} layout="inline" initialValues={{ exchangedOn: chinaToday() }} style={{ margin: '12px 0', rowGap: 8 }}>
              <Form.Item name="item" rules={[{ required: true, whitespace: true, message: '请填写兑换物品或服务' }]}>
                <Input placeholder="兑换物品或服务，如：大米 10 斤" maxLength={200} style={{ width: 220 }} />
              </Form.Item>
              <Form.Item name="points" rules={[{ required: true, message: '请填写积分' }]}>
                <InputNumber min={1} precision={0} placeholder="所需积分" style={{ width: 110 }} />
              </Form.Item>
              <Form.Item name="exchangedOn" rules={[{ required: true }]}>
                <DatePicker />
              </Form.Item>
              <Button type="primary" loading={busy} onClick={() => void save()}>积分兑换</Button>
            </Form>
          )}
          <ResponsiveTable
            rowKey="id"
            size="small"
            dataSource={data.entries}
            pagination={false}
            columns={[
              { title: '日期', dataIndex: 'occurredOn' },
              { title: '事项', key: 'what', render: (_: unknown, e: Points['entries'][number]) => (e.kind === 'earn' ? `${e.activityTitle ?? '服务活动'}（${e.hours} 小时）` : `兑换：${e.item}`) },
              { title: '积分', dataIndex: 'points', render: (p: number) => <Tag color={p >= 0 ? 'green' : 'red'}>{p > 0 ? `+${p}` : p}</Tag> },
            ]}
          />
        </>
      )}
    </ResponsiveModal>
  );
}

function ActivitiesTab() {
  const { access } = useSession();
  const { teams } = useTeams();
  const list = usePagedList((page, pageSize) => volunteersApi.activities({ page, pageSize }), '');
  const [open, setOpen] = useState(false);
  const [form] = Form.useForm();
  const teamId = Form.useWatch('teamId', form) as number | undefined;
  const [members, setMembers] = useState<Volunteer[]>([]);
  const { busy, run } = useSave();
  useEffect(() => {
    if (teamId) void volunteersApi.list({ teamId, page: 1, pageSize: 200 }).then((r) => setMembers(r.items));
    else setMembers([]);
  }, [teamId]);
  const save = async () => {
    const v = await form.validateFields();
    await run(form, () => volunteersApi.recordActivity({ teamId: v.teamId, title: v.title, heldOn: day(v.heldOn), place: v.place || null, participants: (v.participants ?? []).map((p: { volunteerId: number; hours: number }) => ({ volunteerId: p.volunteerId, hours: p.hours })) }), () => { setOpen(false); list.reload(); });
  };
  return (
    <>
      <Flex gap={8} wrap style={{ marginBottom: 12 }}>
        {access.editHouseholds && (
          <Button type="primary" onClick={() => { form.resetFields(); form.setFieldsValue({ heldOn: chinaToday(), participants: [{ hours: 2 }] }); setOpen(true); }}>
            登记服务活动
          </Button>
        )}
      </Flex>
      <ResponsiveTable<Activity>
        rowKey="id"
        size="middle"
        loading={list.loading}
        dataSource={list.items}
        pagination={{ current: list.page, pageSize: list.pageSize, total: list.total, onChange: list.changePage, hideOnSinglePage: true }}
        columns={[
          { title: '日期', dataIndex: 'heldOn' },
          { title: '活动', dataIndex: 'title' },
          { title: '服务队', dataIndex: 'teamName' },
          { title: '人次', dataIndex: 'participants' },
          { title: '时长', dataIndex: 'hours', render: (h: number) => `${h} 小时` },
          { title: '积分', dataIndex: 'points', render: (p: number, r: Activity) => `${p} 分（每小时 ${r.rate} 分）` },
        ]}
      />
      <ResponsiveModal open={open} title="登记服务活动" onOk={() => void save()} onCancel={() => setOpen(false)} confirmLoading={busy} forceRender>
        <Form name="activity" form={form} layout="vertical">
          <Form.Item name="teamId" label="服务队" rules={[{ required: true, message: '请选择服务队' }]}>
            <Select options={teams.map((t) => ({ value: t.id, label: t.name }))} />
          </Form.Item>
          <Form.Item name="title" label="活动名称" rules={[{ required: true, whitespace: true, message: '请填写活动名称' }]}>
            <Input maxLength={200} />
          </Form.Item>
          <Form.Item name="heldOn" label="活动日期" rules={[{ required: true }]}>
            <DatePicker style={{ width: '100%' }} />
          </Form.Item>
          <Form.Item name="place" label="地点">
            <Input maxLength={200} />
          </Form.Item>
          <Form.List name="participants">
            {(fields, { add, remove }) => (
              <>
                {fields.map((f) => (
                  <Space key={f.key} align="baseline" wrap>
                    <Form.Item name={[f.name, 'volunteerId']} rules={[{ required: true, message: '请选择志愿者' }]}>
                      <Select placeholder="志愿者" options={members.map((m) => ({ value: m.id, label: m.name }))} style={{ width: 160 }} />
                    </Form.Item>
                    <Form.Item name={[f.name, 'hours']} rules={[{ required: true, message: '请填写时长' }]}>
                      <InputNumber min={0.1} max={24} step={0.5} precision={1} suffix="小时" style={{ width: 140 }} />
                    </Form.Item>
                    <Button type="link" onClick={() => remove(f.name)}>删除</Button>
                  </Space>
                ))}
                <Button onClick={() => add({ hours: 2 })} block>添加参加的志愿者</Button>
              </>
            )}
          </Form.List>
        </Form>
      </ResponsiveModal>
    </>
  );
}

function TeamsTab() {
  const { access, user } = useSession();
  const list = usePagedList((page, pageSize) => volunteersApi.teams({ page, pageSize }), '');
  const [open, setOpen] = useState(false);
  const [form] = Form.useForm();
  const { busy, run } = useSave();
  const save = async () => {
    const v = await form.validateFields();
    await run(form, () => volunteersApi.createTeam({ areaCode: v.areaCode, name: v.name, leader: v.leader || null, phone: v.phone || null, foundedOn: day(v.foundedOn) }), () => { setOpen(false); list.reload(); });
  };
  return (
    <>
      <Flex gap={8} wrap style={{ marginBottom: 12 }}>
        {access.editHouseholds && (
          <Button type="primary" onClick={() => { form.resetFields(); form.setFieldsValue({ areaCode: user?.areaCode, foundedOn: chinaToday() }); setOpen(true); }}>
            成立服务队
          </Button>
        )}
      </Flex>
      <ResponsiveTable<Team>
        rowKey="id"
        size="middle"
        loading={list.loading}
        dataSource={list.items}
        pagination={{ current: list.page, pageSize: list.pageSize, total: list.total, onChange: list.changePage, hideOnSinglePage: true }}
        columns={[
          { title: '服务队', dataIndex: 'name' },
          { title: '负责人', dataIndex: 'leader', render: (l: string | null, r: Team) => [l, r.phone].filter(Boolean).join(' ') },
          { title: '成立日期', dataIndex: 'foundedOn' },
          { title: '在册志愿者', dataIndex: 'volunteers', render: (n: number) => `${n} 人` },
          { title: '累计时长', dataIndex: 'hours', render: (h: number) => `${h} 小时` },
        ]}
      />
      <ResponsiveModal open={open} title="成立志愿服务队" onOk={() => void save()} onCancel={() => setOpen(false)} confirmLoading={busy} forceRender>
        <Form name="team" form={form} layout="vertical">
          <Form.Item name="areaCode" label="所属区划" rules={[{ required: true, message: '请选择区划' }]}>
            <AreaTreeSelect />
          </Form.Item>
          <Form.Item name="name" label="名称" rules={[{ required: true, whitespace: true, message: '请填写服务队名称' }]}>
            <Input maxLength={100} />
          </Form.Item>
          <Form.Item name="leader" label="负责人">
            <Input maxLength={100} />
          </Form.Item>
          <Form.Item name="phone" label="联系电话">
            <Input maxLength={20} inputMode="tel" />
          </Form.Item>
          <Form.Item name="foundedOn" label="成立日期" rules={[{ required: true }]}>
            <DatePicker style={{ width: '100%' }} />
          </Form.Item>
        </Form>
      </ResponsiveModal>
    </>
  );
}
