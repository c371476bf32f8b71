import { Card, Tag, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { ApiError } from '../../api/client.ts';
import { ResponsiveTable } from '../../components/responsive-table.tsx';
import { careApi, type Coverage } from './api.ts';
import { useCareStatisticsText } from './statistics-messages.ts';

type Row = Coverage['items'][number];

const rate = (r: { persons: number; onTime: number }) => (r.persons === 0 ? '—' : `${Math.round((r.onTime / r.persons) * 100)}%`);

/** 探访覆盖: per community of the street (per street of the district), on time / due today / overdue. */
export function CoverageCard() {
  const t = useCareStatisticsText();
  const [data, setData] = useState<Coverage | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    careApi.coverage().then(setData, (e: unknown) => setError(e instanceof ApiError ? e.message : String(e)));
  }, []);
  // Areas with no one in care are counted, not listed: a street's twenty empty communities would bury the rest on a phone.
  const listed = data ? data.items.filter((i) => i.persons > 0) : [];
  const empty = data ? data.items.length - listed.length : 0;
  const rows: (Row & { key: string; total?: boolean })[] = data ? [...listed.map((i) => ({ ...i, key: i.areaCode })), { ...data.total, areaCode: data.areaCode, areaName: t('coverageTotal'), key: 'total', total: true }] : [];
  return (
    <Card size="small" title={t('coverageTitle')} extra={data ? <Typography.Text type="secondary">{t('coverageAsOf', { date: data.asOf })}</Typography.Text> : null} data-testid="visit-coverage">
      {error ? (
        <Typography.Text type="danger">{error}</Typography.Text>
      ) : (
        <ResponsiveTable
          rowKey="key"
          size="small"
          loading={data === null}
          dataSource={rows}
          pagination={false}
          columns={[
            { title: t('coverageArea'), dataIndex: 'areaName', render: (n: string | null, r) => <span style={r.total ? { fontWeight: 600 } : undefined}>{n ?? r.areaCode}</span> },
            { title: t('coveragePersons'), dataIndex: 'persons', align: 'right' },
            { title: t('coverageOnTime'), dataIndex: 'onTime', align: 'right' },
            { title: t('coverageDue'), dataIndex: 'due', align: 'right', render: (n: number) => (n > 0 ? <Tag color="gold">{n}</Tag> : n) },
            { title: t('coverageOverdue'), dataIndex: 'overdue', align: 'right', render: (n: number) => (n > 0 ? <Tag color="red">{n}</Tag> : n) },
            { title: t('coverageRate'), key: 'rate', align: 'right', render: (_, r) => rate(r) },
          ]}
        />
      )}
      {empty > 0 && (
        <Typography.Text type="secondary" style={{ display: 'block', marginTop: 8 }}>
          {t('coverageEmpty', { n: empty })}
        </Typography.Text>
      )}
    </Card>
  );
}
