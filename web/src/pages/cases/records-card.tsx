import { Button, Card, Descriptions, Empty, List, Space, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useSession } from '../../session.tsx';
import type { CaseRecord, CaseView, RecordKind } from './api.ts';
import { useCaseText } from './labels.ts';
import { RECORD_KINDS_BY_STATE, RecordModal } from './record-modal.tsx';

type Data = Record<string, unknown>;
const str = (v: unknown) => (v === undefined || v === null ? '' : String(v));

function RecordBody({ record }: { record: CaseRecord }) {
  const { c } = useCaseText();
  const d = record.data as Data;
  const staff = Array.isArray(d.staff) ? (d.staff as string[]).join('、') : '';
  switch (record.kind) {
    case 'investigation':
      return (
        <Descriptions size="small" column={1}>
          <Descriptions.Item label={c('staff')}>{staff}</Descriptions.Item>
          <Descriptions.Item label={c('findings')}>{str(d.findings)}</Descriptions.Item>
        </Descriptions>
      );
    case 'neighbour_interview':
      return (
        <Descriptions size="small" column={1}>
          <Descriptions.Item label={c('staff')}>{staff}</Descriptions.Item>
          <Descriptions.Item label={c('interviewee')}>{str(d.interviewee)}</Descriptions.Item>
          <Descriptions.Item label={c('statement')}>{str(d.statement)}</Descriptions.Item>
        </Descriptions>
      );
    case 'verification': {
      const items = Array.isArray(d.items) ? (d.items as { source: string; declared: string; found: string; matches: boolean }[]) : [];
      return (
        <Space direction="vertical" size={4} style={{ width: '100%' }}>
          {items.map((i, n) => (
            <Typography.Text key={n}>
              {i.source}：{c('declared')} {i.declared || '—'}，{c('found')} {i.found || '—'} {i.matches ? <Tag color="green">{c('matches')}</Tag> : <Tag color="red">≠</Tag>}
            </Typography.Text>
          ))}
          <Typography.Text>
            {c('conclusion')}：{str(d.conclusion)}
          </Typography.Text>
        </Space>
      );
    }
    case 'review_meeting':
      return (
        <Descriptions size="small" column={{ xs: 2, sm: 4 }}>
          <Descriptions.Item label={c('panelSize')}>{str(d.panelSize)}</Descriptions.Item>
          <Descriptions.Item label={c('attendance')}>{str(d.attendance)}</Descriptions.Item>
          <Descriptions.Item label={c('votesFor')}>{str(d.votesFor)}</Descriptions.Item>
          <Descriptions.Item label={c('votesAgainst')}>{str(d.votesAgainst)}</Descriptions.Item>
          <Descriptions.Item label={c('minutes')} span="filled">
            {str(d.minutes)}
          </Descriptions.Item>
        </Descriptions>
      );
  }
}

/** The records gathered on the way, with buttons for the ones the current step takes. */
export function RecordsCard({ view, onChange }: { view: CaseView; onChange(v: CaseView): void }) {
  const { c, label } = useCaseText();
  const { user } = useSession();
  const [adding, setAdding] = useState<RecordKind | null>(null);
  const kinds = (RECORD_KINDS_BY_STATE[view.state] ?? []).filter((k) => k.roles.includes(user.role));

  return (
    <Card
      size="small"
      title={c('records')}
      extra={
        <Space wrap>
          {kinds.map((k) => (
            <Button key={k.kind} size="small" onClick={() => setAdding(k.kind)}>
              {label('record', k.kind)}
            </Button>
          ))}
        </Space>
      }
      style={{ marginBottom: 16 }}
    >
      {view.records.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} />
      ) : (
        <List
          dataSource={view.records}
          renderItem={(r) => (
            <List.Item key={r.id}>
              <List.Item.Meta
                title={
                  <Space wrap size={[8, 0]}>
                    <Tag color="blue">{label('record', r.kind)}</Tag>
                    <span>{r.happenedOn}</span>
                    {r.staffCount > 0 && <Typography.Text type="secondary">{c('staffCount', { n: r.staffCount })}</Typography.Text>}
                  </Space>
                }
                description={<RecordBody record={r} />}
              />
            </List.Item>
          )}
        />
      )}
      {adding && (
        <RecordModal
          view={view}
          kind={adding}
          onClose={() => setAdding(null)}
          onDone={(v) => {
            setAdding(null);
            onChange(v);
          }}
        />
      )}
    </Card>
  );
}
