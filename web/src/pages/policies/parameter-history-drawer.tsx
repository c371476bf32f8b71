import { EditOutlined } from '@ant-design/icons';
import { Alert, Button, Drawer, Table, Tag, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { ApiError } from '../../api/client.ts';
import { policiesApi, type ParameterVersion, type PolicyKey, type PolicySource } from './api.ts';
import { formatTimestamp } from './dates.ts';
import { usePolicyText } from './use-policy-text.ts';

interface Props {
  areaCode: string;
  asOf: string;
  /** The parameter shown; null closes the drawer. */
  parameterKey: PolicyKey | null;
  /** The row in force on `asOf`, marked 现行. */
  source: PolicySource | undefined;
  areaLabel: (code: string) => string;
  /** Changes after a save, so the history is fetched again. */
  reload: number;
  onClose(): void;
  onAdjust?: (key: PolicyKey) => void;
}

/** Every version of one parameter that applies to the area, its own and its ancestors', newest first. */
export function ParameterHistoryDrawer({ areaCode, asOf, parameterKey, source, areaLabel, reload, onClose, onAdjust }: Props) {
  const pt = usePolicyText();
  const { p } = pt;
  const [items, setItems] = useState<ParameterVersion[]>([]);
  const [loading, setLoading] = useState(false);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    if (!parameterKey) return;
    let cancelled = false;
    setLoading(true);
    setError(null);
    policiesApi.history(areaCode, parameterKey).then(
      (res) => {
        if (cancelled) return;
        setItems(res.items);
        setLoading(false);
      },
      (e: unknown) => {
        if (cancelled) return;
        setItems([]);
        setLoading(false);
        setError(e instanceof ApiError ? e.message : String(e));
      },
    );
    return () => {
      cancelled = true;
    };
  }, [areaCode, parameterKey, reload]);

  const inForce = (row: ParameterVersion) =>
    source !== undefined && row.areaCode === source.areaCode && row.effectiveFrom === source.effectiveFrom && row.version === source.version;

  return (
    <Drawer
      open={parameterKey !== null}
      onClose={onClose}
      size={940}
      title={parameterKey ? p('history.title', { label: pt.paramLabel(parameterKey) }) : ''}
      extra={
        parameterKey &&
        onAdjust && (
          <Button type="primary" icon={<EditOutlined />} onClick={() => onAdjust(parameterKey)}>
            {p('policies.adjust')}
          </Button>
        )
      }
    >
      {error && <Alert type="error" showIcon title={error} style={{ marginBottom: 12 }} />}
      {parameterKey && (
        <Table<ParameterVersion>
          data-testid="parameter-history"
          size="small"
          loading={loading}
          pagination={false}
          rowKey={(r) => `${r.areaCode}:${r.effectiveFrom}:${r.version}`}
          dataSource={items}
          locale={{ emptyText: p('history.empty') }}
          rowClassName={(r) => (inForce(r) ? 'ant-table-row-selected' : '')}
          columns={[
            {
              title: p('history.effectiveFrom'),
              width: 130,
              render: (_, r) => (
                <>
                  <div>{r.effectiveFrom}</div>
                  {inForce(r) && <Tag color="green">{p('history.inForce')}</Tag>}
                  {r.effectiveFrom > asOf && <Tag color="orange">{p('history.future')}</Tag>}
                </>
              ),
            },
            { title: p('history.value'), render: (_, r) => pt.valueText(parameterKey, r.value) },
            {
              title: p('history.area'),
              width: 150,
              render: (_, r) => (r.areaCode === areaCode ? p('policies.sourceLocal') : areaLabel(r.areaCode)),
            },
            { title: p('history.version'), dataIndex: 'version', width: 56, align: 'center' },
            { title: p('history.by'), width: 90, render: (_, r) => r.createdBy ?? <Typography.Text type="secondary">{p('history.system')}</Typography.Text> },
            { title: p('history.note'), dataIndex: 'note', width: 170, render: (v: string | null) => v ?? '—' },
            { title: p('history.createdAt'), width: 140, render: (_, r) => formatTimestamp(r.createdAt) },
          ]}
        />
      )}
    </Drawer>
  );
}
