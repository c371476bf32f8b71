import { Card, Table } from 'antd';
import { Link } from 'react-router';
import { yuan, type Dashboard } from '../reports/api.ts';
import { useCareStatisticsText } from './statistics-messages.ts';

type CareDashboard = NonNullable<Dashboard['care']>;
type Figures = CareDashboard['thisMonth'];

/** 走访慰问、探访关爱、居家养老 on the dashboard: this month so far beside the year to date. */
export function CareCard({ stats }: { stats: CareDashboard }) {
  const t = useCareStatisticsText();
  const rows: { key: string; label: string; value: (f: Figures) => string }[] = [
    { key: 'condolenceHouseholds', label: t('condolenceHouseholds'), value: (f) => String(f.condolences.households) },
    { key: 'condolencePersons', label: t('condolencePersons'), value: (f) => String(f.condolences.persons) },
    { key: 'condolenceMoney', label: t('condolenceMoney'), value: (f) => yuan(f.condolences.total) },
    { key: 'visits', label: t('visits'), value: (f) => String(f.visits.visits) },
    { key: 'services', label: t('services'), value: (f) => String(f.services.orders) },
    { key: 'serviceMoney', label: t('serviceMoney'), value: (f) => yuan(f.services.amount) },
    { key: 'credits', label: t('credits'), value: (f) => yuan(f.credits.amount) },
  ];
  return (
    <Card size="small" title={t('cardTitle')} data-testid="dashboard-care" extra={<Link to="/condolences">{t('condolences')}</Link>}>
      <Table
        size="small"
        rowKey="key"
        pagination={false}
        dataSource={rows}
        columns={[
          { title: t('figure'), dataIndex: 'label' },
          { title: t('thisMonth'), key: 'month', align: 'right', render: (_, r) => r.value(stats.thisMonth) },
          { title: t('yearToDate'), key: 'year', align: 'right', render: (_, r) => r.value(stats.yearToDate) },
        ]}
      />
    </Card>
  );
}
