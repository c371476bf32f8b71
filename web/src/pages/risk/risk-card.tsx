import { Card, Table, Tag } from 'antd';
import { Link } from 'react-router';
import type { RiskRule } from './api.ts';
import { useRiskText } from './labels.ts';

export interface RiskStats {
  areaCode: string;
  byRule: { rule: RiskRule; open: number; confirmed: number; dismissed: number }[];
  total: { open: number; confirmed: number; dismissed: number };
}

/** 风险核查 on the dashboard: findings per rule and outcome, linking to the findings page. */
export function RiskCard({ stats }: { stats: RiskStats }) {
  const { r } = useRiskText();
  const rows = stats.byRule.filter((x) => x.open + x.confirmed + x.dismissed > 0);
  return (
    <Card
      size="small"
      title={r('title')}
      data-testid="dashboard-risk"
      extra={
        <Link to="/risk">
          <Tag color="orange">{`${r('status.open')} ${stats.total.open}`}</Tag>
        </Link>
      }
    >
      <Table
        size="small"
        rowKey="rule"
        pagination={false}
        dataSource={rows}
        columns={[
          { title: r('rule'), dataIndex: 'rule', render: (v: string) => r(`rule.${v}`) },
          { title: r('status.open'), dataIndex: 'open', align: 'right' },
          { title: r('status.confirmed'), dataIndex: 'confirmed', align: 'right' },
          { title: r('status.dismissed'), dataIndex: 'dismissed', align: 'right' },
        ]}
      />
    </Card>
  );
}
