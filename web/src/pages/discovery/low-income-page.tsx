import { Card, Flex, Segmented, Space, Statistic, Table, Tag, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { chinaMonth } from '../../china-date.ts';
import { ResponsiveTable } from '../../components/responsive-table.tsx';
import { usePagedList } from '../../components/use-paged-list.ts';
import { MonthPicker } from '../payments/month-picker.tsx';
import { discoveryApi, type RegisterMonthly, type RegisterPage, type RegisterPerson } from './api.ts';
import { useDiscoveryText } from './messages.ts';

type Key = Parameters<ReturnType<typeof useDiscoveryText>['d']>[0];
type Group = RegisterPerson['group'];

/** 低收入人口: the register of a month, by group, and its monthly counts. */
export function LowIncomePage() {
  const { d } = useDiscoveryText();
  const [month, setMonth] = useState(chinaMonth());
  const [group, setGroup] = useState<string>('all');
  const [counts, setCounts] = useState<RegisterPage['counts']>([]);
  const [monthly, setMonthly] = useState<RegisterMonthly | null>(null);
  const list = usePagedList<RegisterPerson>(async (page, pageSize) => {
    const res = await discoveryApi.register({ month, group: group === 'all' ? undefined : group }, page, pageSize);
    setCounts(res.counts);
    return res;
  }, `${month}|${group}`);
  useEffect(() => {
    discoveryApi.monthly(12).then(setMonthly, () => setMonthly(null));
  }, []);
  const groupName = (g: Group) => d(`group_${g}` as Key);

  return (
    <Space direction="vertical" size={16} style={{ width: '100%' }}>
      <Card title={d('registerTitle')} extra={<MonthPicker value={month} onChange={(m) => setMonth(m ?? chinaMonth())} allowClear={false} />}>
        <Typography.Paragraph type="secondary">{d('registerHint')}</Typography.Paragraph>
        <Flex wrap gap={24} style={{ marginBottom: 16 }} data-testid="low-income-counts">
          {counts.map((c) => (
            <Statistic key={c.group} title={groupName(c.group)} value={c.persons} suffix={`${d('personUnit')} · ${c.households} ${d('householdUnit')}`} styles={{ content: { fontSize: 22 } }} />
          ))}
        </Flex>
        <Segmented
          style={{ marginBottom: 12, maxWidth: '100%', overflowX: 'auto' }}
          value={group}
          onChange={(g) => setGroup(String(g))}
          options={[{ value: 'all', label: d('all') }, ...counts.map((c) => ({ value: c.group, label: groupName(c.group) }))]}
        />
        <ResponsiveTable<RegisterPerson>
          rowKey="personId"
          size="middle"
          loading={list.loading}
          dataSource={list.items}
          pagination={{ current: list.page, pageSize: list.pageSize, total: list.total, onChange: list.changePage, hideOnSinglePage: true }}
          columns={[
            { title: d('name'), dataIndex: 'name', width: 100 },
            { title: d('idNumber'), dataIndex: 'idNumber', width: 200 },
            { title: d('group'), dataIndex: 'group', render: (g: Group) => <Tag>{groupName(g)}</Tag> },
            { title: d('household'), dataIndex: 'householdId', width: 100 },
            { title: d('area'), dataIndex: 'areaCode', width: 140, render: (a: string) => <Typography.Text type="secondary">{a}</Typography.Text> },
          ]}
        />
      </Card>
      <Card title={d('monthlyTitle')}>
        <Table
          rowKey="month"
          size="small"
          pagination={false}
          scroll={{ x: 900 }}
          dataSource={monthly?.months ?? []}
          columns={[
            { title: d('month'), dataIndex: 'month', width: 90, fixed: 'left' },
            ...(monthly?.groups ?? []).map((g) => ({
              title: groupName(g),
              key: g,
              render: (_: unknown, m: RegisterMonthly['months'][number]) => m.groups.find((x) => x.group === g)?.persons ?? 0,
            })),
            { title: `${d('total')}（${d('persons')}）`, key: 'persons', render: (_: unknown, m: RegisterMonthly['months'][number]) => m.total.persons },
            { title: `${d('total')}（${d('households')}）`, key: 'households', render: (_: unknown, m: RegisterMonthly['months'][number]) => m.total.households },
          ]}
        />
      </Card>
    </Space>
  );
}
