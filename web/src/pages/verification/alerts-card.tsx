import { Card, Descriptions, Table, Tag } from 'antd';
import { Link } from 'react-router';
import { useVerificationText } from './messages.ts';

export interface AlertStats {
  areaCode: string;
  bySource: { source: string; name: string; open: number; confirmed: number; explained: number; overdue: number }[];
  openByAge: { d0_7: number; d8_30: number; d31_90: number; d90plus: number };
  total: { open: number; confirmed: number; explained: number; overdue: number };
}

const AGES = ['d0_7', 'd8_30', 'd31_90', 'd90plus'] as const;

/** 核对预警 on the dashboard: alerts per source and outcome, the open ones by age, linking to the alerts page. */
export function AlertsCard({ stats }: { stats: AlertStats }) {
  const { v } = useVerificationText();
  return (
    <Card
      size="small"
      title={v('alertsTitle')}
      data-testid="dashboard-alerts"
      extra={
        <Link to="/alerts">
          <Tag color={stats.total.overdue > 0 ? 'red' : 'orange'}>{`${v('status_open')} ${stats.total.open}${stats.total.overdue > 0 ? ` · ${v('overdue')} ${stats.total.overdue}` : ''}`}</Tag>
        </Link>
      }
    >
      <Table
        size="small"
        rowKey="source"
        pagination={false}
        dataSource={stats.bySource}
        columns={[
          { title: v('source'), dataIndex: 'name' },
          { title: v('status_open'), dataIndex: 'open', align: 'right' },
          { title: v('status_confirmed'), dataIndex: 'confirmed', align: 'right' },
          { title: v('status_explained'), dataIndex: 'explained', align: 'right' },
        ]}
      />
      <Descriptions size="small" column={2} style={{ marginTop: 8 }} title={<span style={{ fontSize: 13 }}>{v('alertsOpenByAge')}</span>}>
        {AGES.map((k) => (
          <Descriptions.Item key={k} label={v(`age_${k}`)}>
            {stats.openByAge[k]}
          </Descriptions.Item>
        ))}
      </Descriptions>
    </Card>
  );
}
