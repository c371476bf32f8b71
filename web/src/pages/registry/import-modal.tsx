import { Alert, Button, Checkbox, Progress, Table, Typography } from 'antd';
import { useEffect, useRef, useState } from 'react';
import { get, post } from '../../api/client.ts';
import { registryApi } from '../../api/endpoints.ts';
import type { ImportResult, JobView } from '../../api/types.ts';
import { UploadDialog } from '../../components/upload-dialog.tsx';
import { useI18n } from '../../i18n/index.tsx';
import { useRegistryText } from './labels.ts';

const POLL_MS = 700;
/** The server's limit on an import workbook (MAX_IMPORT_BYTES in src/modules/registry/excel-import.ts). */
const MAX_IMPORT_MB = 50;

/**
 * Excel import: pick the workbook, validate or import, read the per-row report. The upload is
 * answered at once with a job; the dialog polls the job, shows its progress, then its result.
 */
export function ImportModal({ open, onClose }: { open: boolean; onClose(changed: boolean): void }) {
  const { t } = useI18n();
  const { r } = useRegistryText();
  const [dryRun, setDryRun] = useState(true);
  const [job, setJob] = useState<JobView<ImportResult> | null>(null);
  const [result, setResult] = useState<ImportResult | null>(null);
  const alive = useRef(true);
  useEffect(() => {
    alive.current = true;
    return () => {
      alive.current = false;
    };
  }, []);
  const run = async (file: File) => {
    setResult(null);
    try {
      const form = new FormData();
      form.append('file', file);
      let current = await post<JobView<ImportResult>>(`/households/import?dryRun=${dryRun}`, form);
      setJob(current);
      while (alive.current && (current.status === 'queued' || current.status === 'running')) {
        await new Promise((resolve) => setTimeout(resolve, POLL_MS));
        current = await get<JobView<ImportResult>>(`/jobs/${current.id}`);
        setJob(current);
      }
      if (current.status === 'succeeded') setResult(current.result);
      else if (current.error) throw new Error(current.error.message);
    } finally {
      setJob(null);
    }
  };
  const progressText = (j: JobView<ImportResult>): string => {
    if (j.status === 'queued') return r('importQueued');
    if (j.progress.phase === 'apply' && j.progress.total !== null) {
      return r('importApplying', { mode: r(dryRun ? 'importModeDry' : 'importModeReal'), done: j.progress.done, total: j.progress.total });
    }
    return r(j.progress.phase === 'report' ? 'importReporting' : 'importParsing');
  };
  const percent = (j: JobView<ImportResult>): number =>
    j.progress.phase === 'report' ? 99 : j.progress.total ? Math.floor((100 * j.progress.done) / Math.max(1, j.progress.total)) : 0;
  return (
    <UploadDialog
      open={open}
      width={860}
      title={r('importTitle')}
      hint={r('importHint')}
      accept=".xlsx"
      maxMegabytes={MAX_IMPORT_MB}
      chooseText={r('chooseFile')}
      submitText={r('import')}
      extraActions={
        <>
          <Button href={registryApi.templateUrl()}>{r('template')}</Button>
          <Checkbox checked={dryRun} onChange={(e) => setDryRun(e.target.checked)}>{r('dryRun')}</Checkbox>
        </>
      }
      onSubmit={run}
      onFileChange={() => setResult(null)}
      onClose={() => {
        onClose(Boolean(result && !result.dryRun));
        setResult(null);
      }}
    >
      {job && (
        <div style={{ marginTop: 16 }} data-testid="import-progress">
          <Progress percent={percent(job)} status="active" />
          <Typography.Text type="secondary">{progressText(job)}</Typography.Text>
        </div>
      )}
      {result && (
        <div style={{ marginTop: 16 }}>
          <Alert
            type={result.errors.length ? 'warning' : 'success'}
            showIcon
            title={`${result.dryRun ? `[${r('dryRun')}] ` : ''}${r('importSummary', { households: result.households, created: result.created, updated: result.updated, skipped: result.skipped, errors: result.errors.length })}`}
            action={result.reportId ? <Button size="small" href={`/api/v1/imports/${result.reportId}/report`}>{r('importReport')}</Button> : undefined}
          />
          {result.errors.length > 0 && (
            <Table
              style={{ marginTop: 12 }}
              size="small"
              rowKey={(e) => `${e.sheet}-${e.row}-${e.column}-${e.message}`}
              dataSource={result.errors}
              pagination={{ pageSize: 8, showTotal: (total) => t('common.total', { total }) }}
              scroll={{ x: 'max-content' }}
              columns={[
                { title: r('sheet'), dataIndex: 'sheet', width: 80 },
                { title: r('row'), dataIndex: 'row', width: 60 },
                { title: r('column'), dataIndex: 'column', width: 140 },
                { title: r('message'), dataIndex: 'message' },
              ]}
            />
          )}
        </div>
      )}
    </UploadDialog>
  );
}
