import { App, Card, Select, Space, Switch, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { useSearchParams } from 'react-router';
import { ApiError } from '../../api/client.ts';
import { ResponsiveTable } from '../../components/responsive-table.tsx';
import { CASE_STATES, casesApi, type CaseListItem } from './api.ts';
import { useCaseColumns } from './case-columns.tsx';
import { useCaseText } from './labels.ts';

/** 案件: every case in the user's area, filtered by step; the filter lives in the URL. */
export function CaseListPage() {
  const { c, options } = useCaseText();
  const { message } = App.useApp();
  const [params, setParams] = useSearchParams();
  const state = params.get('state') ?? undefined;
  const overdue = params.get('overdue') === 'true';
  const [items, setItems] = useState<CaseListItem[] | null>(null);
  const columns = useCaseColumns<CaseListItem>();

  useEffect(() => {
    let cancelled = false;
    setItems(null);
    casesApi.list({ state, overdue }).then(
      (res) => !cancelled && setItems(res.items),
      (e: unknown) => {
        if (e instanceof ApiError) message.error(e.message);
        if (!cancelled) setItems([]);
      },
    );
    return () => {
      cancelled = true;
    };
  }, [state, overdue, message]);

  const setFilter = (next: { state?: string | undefined; overdue?: boolean }) => {
    const merged = { state, overdue, ...next };
    const p = new URLSearchParams();
    if (merged.state) p.set('state', merged.state);
    if (merged.overdue) p.set('overdue', 'true');
    setParams(p);
  };

  return (
    <Card
      title={c('casesTitle')}
      extra={
        <Space size="middle" wrap>
          <Select style={{ width: 180 }} allowClear placeholder={c('allStates')} value={state} onChange={(v?: string) => setFilter({ state: v })} options={options('state', CASE_STATES)} />
          <Space>
            <Switch checked={overdue} onChange={(v) => setFilter({ overdue: v })} />
            <Typography.Text style={{ whiteSpace: 'nowrap' }}>{c('onlyOverdue')}</Typography.Text>
          </Space>
        </Space>
      }
    >
      <ResponsiveTable<CaseListItem>
        rowKey="id"
        scroll={{ x: 'max-content' }}
        size="middle"
        loading={items === null}
        dataSource={items ?? []}
        columns={columns}
        pagination={{ pageSize: 20, hideOnSinglePage: true }}
      />
    </Card>
  );
}
