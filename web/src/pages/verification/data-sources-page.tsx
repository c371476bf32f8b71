import { UploadOutlined } from '@ant-design/icons';
import { Alert, App, Button, Card, Drawer, Input, Space, Table, Tag, Typography, Upload } from 'antd';
import { useCallback, useEffect, useState } from 'react';
import { ApiError } from '../../api/client.ts';
import type { JobView } from '../../api/types.ts';
import { useSession } from '../../session.tsx';
import { verificationApi, type DataSource, type ImportOutcome, type MatchingRun, type SourceRecord } from './api.ts';
import { useVerificationText } from './messages.ts';

const yuan = (fen: number | null) => (fen === null ? '' : (fen / 100).toFixed(2));
/** Record kinds as the departments name them (codes in src/domain/verification/sources.ts). */
const KINDS: Record<string, string> = {
  death: '死亡', move_out: '迁出', move_in: '迁入', cremation: '火化', pension: '养老金', wage: '工资', unemployment: '失业金', contribution: '社保缴费',
  house: '不动产', vehicle: '机动车', business: '市场主体（存续）', business_closed: '市场主体（注销/吊销）', housing_fund: '公积金', taxable_income: '年收入额',
  deposit: '存款', wealth: '理财', imprisonment: '服刑', medical_expense: '医疗自付',
};

/** 核对数据源: import each department's file, see the bad rows, browse the records (masked), run the matching. */
export function DataSourcesPage() {
  const { v } = useVerificationText();
  const { user } = useSession();
  const { message } = App.useApp();
  const [sources, setSources] = useState<DataSource[] | null>(null);
  const [outcome, setOutcome] = useState<ImportOutcome | null>(null);
  const [importing, setImporting] = useState<{ file: string; job: JobView<ImportOutcome> } | null>(null);
  const [viewing, setViewing] = useState<DataSource | null>(null);
  const [area, setArea] = useState(user.areaCode);
  const [run, setRun] = useState<MatchingRun | null>(null);

  const load = useCallback(() => verificationApi.sources().then((r) => setSources(r.items)), []);
  useEffect(() => void load(), [load]);

  // The upload is answered at once with a job; the page polls it, shows its progress, then the outcome.
  const upload = async (source: DataSource, f: File) => {
    const form = new FormData();
    form.append('file', f, f.name);
    try {
      let job = await verificationApi.importFile(source.id, form);
      setImporting({ file: f.name, job });
      while (job.status === 'queued' || job.status === 'running') {
        await new Promise((resolve) => setTimeout(resolve, 600));
        job = await verificationApi.job(job.id);
        setImporting({ file: f.name, job });
      }
      setImporting(null);
      if (job.status === 'succeeded' && job.result) {
        setOutcome(job.result);
        message.success(v('importDone', { rows: job.result.rowCount, bad: job.result.badRowCount }));
      } else message.error(job.error?.message ?? v('run_failed'));
      void load();
    } catch (e) {
      setImporting(null);
      message.error(e instanceof ApiError ? e.message : String(e));
    }
  };
  const importText = ({ file, job }: { file: string; job: JobView<ImportOutcome> }) => {
    if (job.status === 'queued') return v('importQueued', { file });
    const { phase, done, total } = job.progress;
    if ((phase === 'validate' || phase === 'write') && total !== null) return v('importProgress', { file, phase: v(`phase_${phase}`), done, total });
    return v('importParsing', { file });
  };

  const startRun = async () => {
    try {
      const { id } = await verificationApi.startRun(area.trim());
      message.success(v('runStarted', { id }));
      for (let i = 0; i < 120; i++) {
        const r = await verificationApi.run(id);
        setRun(r);
        if (r.status !== 'running') break;
        await new Promise((resolve) => setTimeout(resolve, 500));
      }
    } catch (e) {
      message.error(e instanceof ApiError ? e.message : String(e));
    }
  };

  return (
    <Space direction="vertical" size={16} style={{ width: '100%' }}>
      <Card title={v('sourcesTitle')}>
        <Typography.Paragraph type="secondary">{v('sourcesHint')}</Typography.Paragraph>
        {user.role === 'verifier' && (
          // The matching is run after an import and on demand, for the verifier's area or one within it.
          <Space wrap style={{ marginBottom: 12 }}>
            <Input aria-label={v('runArea')} addonBefore={v('runArea')} value={area} onChange={(e) => setArea(e.target.value)} style={{ width: 240, maxWidth: '100%' }} />
            <Button type="primary" onClick={() => void startRun()} data-testid="run-match">
              {v('runMatch')}
            </Button>
          </Space>
        )}
        {importing && (
          <Alert style={{ marginBottom: 12 }} type="info" showIcon data-testid="import-progress" message={importText(importing)} />
        )}
        {run && (
          <Alert
            style={{ marginBottom: 12 }}
            type={run.status === 'failed' ? 'error' : run.status === 'done' ? 'success' : 'info'}
            data-testid="run-status"
            message={v('runStatus', { id: run.id, status: v(`run_${run.status}`), households: run.counts.households, findings: run.counts.findings, alerts: run.counts.newAlerts })}
          />
        )}
        <Table<DataSource>
          rowKey="id"
          size="middle"
          loading={sources === null}
          dataSource={sources ?? []}
          pagination={false}
          scroll={{ x: 760 }}
          columns={[
            { title: v('source'), dataIndex: 'name', render: (name: string, s) => (<><div>{name}</div><Typography.Text type="secondary">{s.department}</Typography.Text></>) },
            { title: v('mode'), dataIndex: 'mode', width: 100, render: (m: 'replace' | 'append') => <Tag>{v(`mode_${m}`)}</Tag> },
            { title: v('records'), dataIndex: 'records', width: 90 },
            { title: v('lastImport'), dataIndex: 'lastImport', width: 190, render: (l: DataSource['lastImport']) => (l ? `${l.importedOn} · ${l.rowCount}/${l.rowCount + l.badRowCount}` : '—') },
            {
              title: '',
              key: 'actions',
              width: 220,
              render: (_: unknown, s) => (
                <Space>
                  <Upload accept=".xlsx,.csv" showUploadList={false} beforeUpload={(f) => { void upload(s, f); return false; }}>
                    <Button size="small" icon={<UploadOutlined />} data-testid={`import-${s.id}`}>{v('import')}</Button>
                  </Upload>
                  <Button size="small" onClick={() => setViewing(s)}>{v('viewRecords')}</Button>
                </Space>
              ),
            },
          ]}
        />
      </Card>
      {outcome && (
        <Card title={`${outcome.fileName} · ${v('importDone', { rows: outcome.rowCount, bad: outcome.badRowCount })}`} data-testid="import-outcome">
          <Table
            rowKey={(e) => `${e.row}-${e.column}`}
            size="small"
            dataSource={outcome.errors}
            pagination={{ pageSize: 20, hideOnSinglePage: true }}
            columns={[
              { title: v('row'), dataIndex: 'row', width: 70 },
              { title: v('column'), dataIndex: 'column', width: 140 },
              { title: v('problem'), dataIndex: 'message' },
            ]}
          />
        </Card>
      )}
      <RecordsDrawer source={viewing} onClose={() => setViewing(null)} />
    </Space>
  );
}

function RecordsDrawer({ source, onClose }: { source: DataSource | null; onClose(): void }) {
  const { v } = useVerificationText();
  const [page, setPage] = useState(1);
  const [data, setData] = useState<{ items: SourceRecord[]; total: number } | null>(null);
  useEffect(() => {
    if (!source) return;
    setData(null);
    void verificationApi.records(source.id, page, 20).then(setData, () => setData({ items: [], total: 0 }));
  }, [source, page]);
  return (
    <Drawer open={source !== null} onClose={onClose} title={source?.name} width={Math.min(900, window.innerWidth)} destroyOnHidden>
      <Table<SourceRecord>
        rowKey="id"
        size="small"
        loading={data === null}
        dataSource={data?.items ?? []}
        scroll={{ x: 700 }}
        pagination={{ current: page, pageSize: 20, total: data?.total ?? 0, onChange: setPage, hideOnSinglePage: true }}
        columns={[
          { title: v('name'), dataIndex: 'name', width: 90 },
          { title: v('idNumber'), dataIndex: 'idNumber', width: 190 },
          { title: v('kind'), dataIndex: 'kind', width: 110, render: (k: string) => KINDS[k] ?? k },
          { title: v('date'), dataIndex: 'eventDate', width: 110 },
          { title: v('amount'), dataIndex: 'amount', width: 110, render: yuan },
          { title: v('item'), dataIndex: 'item' },
          { title: v('exempt'), dataIndex: 'exempt', width: 70, render: (x: boolean) => (x ? '是' : '') },
        ]}
      />
    </Drawer>
  );
}
