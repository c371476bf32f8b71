import { Button, Card, Descriptions, Empty, Image, List, Space, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useSession } from '../../session.tsx';
import type { CaseRecord, CaseView, RecordKind } from './api.ts';
import { useCaseText } from './labels.ts';
import { RECORD_KINDS_BY_STATE, RecordModal } from './record-modal.tsx';

type Data = Record<string, unknown>;
const str = (v: unknown) => (v === undefined || v === null ? '' : String(v));

/** Photos, drawn signatures, time and place a home visit brought back from the phone. */
function evidenceItems(d: Data, c: ReturnType<typeof useCaseText>['c']) {
  const photos = Array.isArray(d.photoDocumentIds) ? (d.photoDocumentIds as number[]) : [];
  const signatures = Array.isArray(d.signatures) ? (d.signatures as { role: string; name: string; documentId: number }[]) : [];
  const loc = d.location as { latitude: number; longitude: number } | undefined;
  if (photos.length === 0 && signatures.length === 0 && !loc && !d.recordedAt) return null;
  const src = (id: number) => `/api/v1/documents/${id}/content`;
  return (
    <>
      {typeof d.recordedAt === 'string' && <Descriptions.Item label={c('recordedAt')}>{new Date(d.recordedAt).toLocaleString('zh-CN', { timeZone: 'Asia/Shanghai', hour12: false })}</Descriptions.Item>}
      {loc && <Descriptions.Item label={c('location')}>{c('located', { lat: loc.latitude.toFixed(5), lng: loc.longitude.toFixed(5) })}</Descriptions.Item>}
      {photos.length > 0 && (
        <Descriptions.Item label={c('photos')}>
          <Image.PreviewGroup>
            <Space wrap size={6}>
              {photos.map((id) => (
                <Image key={id} src={src(id)} width={72} height={72} style={{ objectFit: 'cover', borderRadius: 4 }} data-testid="record-evidence-photo" />
              ))}
            </Space>
          </Image.PreviewGroup>
        </Descriptions.Item>
      )}
      {signatures.length > 0 && (
        <Descriptions.Item label={c('signatures')}>
          <Space wrap size={8}>
            {signatures.map((s) => (
              <span key={s.documentId} style={{ display: 'inline-flex', flexDirection: 'column', alignItems: 'center' }}>
                <img src={src(s.documentId)} alt={c('signatureOf', { name: s.name })} data-testid="record-evidence-signature" style={{ height: 40, maxWidth: 120, border: '1px solid #f0f0f0', background: '#fff' }} />
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                  {s.role === 'resident' ? c('resident') : c('staff')} {s.name}
                </Typography.Text>
              </span>
            ))}
          </Space>
        </Descriptions.Item>
      )}
    </>
  );
}

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
          {evidenceItems(d, c)}
        </Descriptions>
      );
    case 'neighbour_interview':
      return (
        <Descriptions size="small" column={1}>
          <Descriptions.Item label={c('staff')}>{staff}</Descriptions.Item>
          <Descriptions.Item label={c('interviewee')}>{str(d.interviewee)}</Descriptions.Item>
          <Descriptions.Item label={c('statement')}>{str(d.statement)}</Descriptions.Item>
          {evidenceItems(d, c)}
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
