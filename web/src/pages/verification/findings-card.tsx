import { UploadOutlined } from '@ant-design/icons';
import { App, Button, Card, Input, Space, Table, Tag, Typography, Upload } from 'antd';
import { useCallback, useEffect, useState } from 'react';
import { ApiError } from '../../api/client.ts';
import { useSession } from '../../session.tsx';
import type { CaseView } from '../cases/api.ts';
import { verificationApi, type Consent, type Finding } from './api.ts';
import { useVerificationText } from './messages.ts';

const AFTER_VERIFICATION = ['verification', 'democratic_review', 'street_review', 'public_notice', 'county_confirmation', 'approved', 'rejected'];

/**
 * 核对 on the case page: the members' 核对授权书, then the findings of every source (the verifier
 * writes the report from them; the street reads them before deciding).
 */
export function FindingsCard({ view, onChange }: { view: CaseView; onChange(v: CaseView): void }) {
  const { v, rule } = useVerificationText();
  const { user, access } = useSession();
  const { message } = App.useApp();
  const [consents, setConsents] = useState<Consent[]>([]);
  const [findings, setFindings] = useState<Finding[] | null>(null);
  const [blocked, setBlocked] = useState<string | null>(null);
  const [conclusion, setConclusion] = useState('');
  const shown = view.path === 'full' && AFTER_VERIFICATION.includes(view.state) && user.role !== 'admin';

  const load = useCallback(async () => {
    if (!shown) return;
    setConsents((await verificationApi.consents(view.householdId).catch(() => ({ items: [] }))).items);
    try {
      setFindings((await verificationApi.findings(view.id)).findings);
      setBlocked(null);
    } catch (e) {
      if (!(e instanceof ApiError)) throw e;
      setFindings(null);
      setBlocked(e.message);
    }
  }, [shown, view.householdId, view.id]);
  useEffect(() => void load(), [load]);
  if (!shown) return null;

  const upload = async (personId: number, f: File) => {
    const form = new FormData();
    form.append('file', f, f.name);
    try {
      await verificationApi.uploadConsent(view.householdId, personId, form);
      message.success(v('saved'));
      await load();
    } catch (e) {
      message.error(e instanceof ApiError ? e.message : String(e));
    }
  };
  const generate = async () => {
    try {
      onChange((await verificationApi.generateReport(view.id, conclusion)) as CaseView);
      message.success(v('saved'));
    } catch (e) {
      message.error(e instanceof ApiError ? e.message : String(e));
    }
  };

  return (
    <Card size="small" title={v('findingsTitle')} style={{ marginBottom: 16 }} data-testid="verification-findings"
      extra={view.records.some((r) => r.kind === 'verification') && <a href={verificationApi.reportPdfUrl(view.id)} target="_blank" rel="noreferrer">{v('reportPdf')}</a>}>
      <Typography.Text strong>{v('consentsTitle')}</Typography.Text>
      <div style={{ margin: '8px 0 12px' }}>
        <Space wrap>
          {consents.filter((c) => c.adult).map((c) => (
            <Space key={c.personId} size={4}>
              <span>{c.name}</span>
              <Tag color={c.documentId ? 'green' : 'red'}>{c.documentId ? v('consentOk') : v('consentMissing')}</Tag>
              {!c.documentId && access.editHouseholds && (
                <Upload accept=".jpg,.jpeg,.png,.pdf" showUploadList={false} beforeUpload={(f) => { void upload(c.personId, f); return false; }}>
                  <Button size="small" icon={<UploadOutlined />}>{v('uploadConsent')}</Button>
                </Upload>
              )}
            </Space>
          ))}
        </Space>
      </div>
      {blocked && <Typography.Paragraph type="warning">{blocked}</Typography.Paragraph>}
      {findings && (
        <Table<Finding>
          rowKey={(f) => `${f.source}-${f.personId}-${f.matched}`}
          size="small"
          pagination={false}
          dataSource={findings}
          scroll={{ x: 640 }}
          locale={{ emptyText: v('findingsNone') }}
          columns={[
            { title: v('source'), dataIndex: 'sourceName', width: 150 },
            { title: v('person'), dataIndex: 'personName', width: 80 },
            { title: v('declared'), dataIndex: 'declared' },
            { title: v('matched'), dataIndex: 'matched' },
            { title: v('rule'), dataIndex: 'rule', width: 120, render: (r: string | null) => (r ? <Tag color="red">{rule(r)}</Tag> : <Tag>{v('info')}</Tag>) },
          ]}
        />
      )}
      {findings && view.state === 'verification' && user.role === 'verifier' && (
        <Space.Compact style={{ width: '100%', marginTop: 12 }}>
          <Input placeholder={v('conclusion')} aria-label={v('conclusion')} value={conclusion} onChange={(e) => setConclusion(e.target.value)} maxLength={2000} />
          <Button type="primary" disabled={conclusion.trim() === ''} onClick={() => void generate()}>{v('generate')}</Button>
        </Space.Compact>
      )}
    </Card>
  );
}
