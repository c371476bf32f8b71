import { Empty, Tag, Timeline, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { registryApi } from '../../api/endpoints.ts';
import type { HistoryEntry } from '../../api/types.ts';
import { useRegistryText } from './labels.ts';

function brief(v: unknown): string {
  if (v === null || v === undefined) return '';
  const s = JSON.stringify(v, null, 0);
  return s.length > 300 ? `${s.slice(0, 300)}…` : s;
}

/** 变更记录: who changed what, when, old → new (from the audit log). */
export function HistoryTab({ householdId, refreshKey }: { householdId: number; refreshKey: number }) {
  const { r, code } = useRegistryText();
  const [items, setItems] = useState<HistoryEntry[] | null>(null);
  useEffect(() => {
    registryApi.history(householdId).then((h) => setItems(h.items));
  }, [householdId, refreshKey]);
  if (items && items.length === 0) return <Empty description={r('noHistory')} />;
  return (
    <Timeline
      style={{ marginTop: 12 }}
      items={(items ?? []).map((e) => ({
        key: e.seq,
        children: (
          <div>
            <Typography.Text strong>{code('action', e.action) || e.action}</Typography.Text>{' '}
            <Typography.Text type="secondary">
              {new Date(e.at).toLocaleString()} · {e.actorUsername ?? '系统'}
            </Typography.Text>
            {e.redacted && (
              <Tag style={{ marginLeft: 8 }} data-testid="history-redacted">
                {r('healthRedacted')}
              </Tag>
            )}
            {(e.oldValue !== null || e.newValue !== null) && (
              <div style={{ fontSize: 12, color: '#666', wordBreak: 'break-all' }}>
                {e.oldValue !== null && <span style={{ textDecoration: 'line-through' }}>{brief(e.oldValue)}</span>}
                {e.oldValue !== null && e.newValue !== null && ' → '}
                {brief(e.newValue)}
              </div>
            )}
          </div>
        ),
      }))}
    />
  );
}
