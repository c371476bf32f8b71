import { InboxOutlined } from '@ant-design/icons';
import { Alert, Button, Checkbox, Modal, Space, Table, Typography, Upload } from 'antd';
import { useState } from 'react';
import { ApiError, post } from '../../api/client.ts';
import { registryApi } from '../../api/endpoints.ts';
import type { ImportResult } from '../../api/types.ts';
import { useI18n } from '../../i18n/index.tsx';
import { useRegistryText } from './labels.ts';

/** Excel import: pick the workbook, validate or import, read the per-row report. */
export function ImportModal({ open, onClose }: { open: boolean; onClose(changed: boolean): void }) {
  const { t } = useI18n();
  const { r } = useRegistryText();
  const [file, setFile] = useState<File | null>(null);
  const [dryRun, setDryRun] = useState(true);
  const [busy, setBusy] = useState(false);
  const [result, setResult] = useState<ImportResult | null>(null);
  const [error, setError] = useState<string | null>(null);
  const run = async () => {
    if (!file) return;
    setBusy(true);
    setError(null);
    try {
      const form = new FormData();
      form.append('file', file);
      setResult(await post<ImportResult>(`/households/import?dryRun=${dryRun}`, form));
    } catch (e) {
      setError(e instanceof ApiError ? e.message : String(e));
    } finally {
      setBusy(false);
    }
  };
  return (
    <Modal
      open={open}
      width={860}
      title={r('importTitle')}
      onCancel={() => { onClose(Boolean(result && !result.dryRun)); setResult(null); setFile(null); }}
      footer={
        <Space>
          <Button href={registryApi.templateUrl()}>{r('template')}</Button>
          <Checkbox checked={dryRun} onChange={(e) => setDryRun(e.target.checked)}>{r('dryRun')}</Checkbox>
          <Button type="primary" loading={busy} disabled={!file} onClick={() => void run()}>{r('import')}</Button>
        </Space>
      }
    >
      <Typography.Paragraph type="secondary">{r('importHint')}</Typography.Paragraph>
      <Upload.Dragger accept=".xlsx" maxCount={1} beforeUpload={(f) => { setFile(f); setResult(null); return false; }} onRemove={() => setFile(null)}>
        <p className="ant-upload-drag-icon"><InboxOutlined /></p>
        <p>{r('chooseFile')}</p>
      </Upload.Dragger>
      {error && <Alert type="error" showIcon title={error} style={{ marginTop: 16 }} />}
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
    </Modal>
  );
}
