import { InboxOutlined } from '@ant-design/icons';
import { Alert, Button, Modal, Typography, Upload } from 'antd';
import { useState } from 'react';
import { ApiError } from '../../api/client.ts';
import { paymentsApi, type BankResult } from './api.ts';
import { usePaymentText } from './labels.ts';

/** 上传银行回盘: the bank's result file; failed lines are marked (and paid again next month as back pay). */
export function BankResultModal({ payrollId, onClose }: { payrollId: number; onClose(changed: boolean): void }) {
  const { p } = usePaymentText();
  const [file, setFile] = useState<File | null>(null);
  const [busy, setBusy] = useState(false);
  const [result, setResult] = useState<BankResult | null>(null);
  const [error, setError] = useState<string | null>(null);

  const upload = async () => {
    if (!file) return;
    setBusy(true);
    setError(null);
    try {
      const form = new FormData();
      form.append('file', file);
      setResult(await paymentsApi.uploadBankResult(payrollId, form));
    } catch (e) {
      setError(e instanceof ApiError ? e.message : String(e));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Modal
      open
      title={p('uploadBankResult')}
      onCancel={() => onClose(result !== null)}
      footer={
        <Button type="primary" loading={busy} disabled={!file} onClick={() => void upload()}>
          {p('upload')}
        </Button>
      }
    >
      <Typography.Paragraph type="secondary">{p('uploadHint')}</Typography.Paragraph>
      <Upload.Dragger
        accept=".csv,.xlsx"
        maxCount={1}
        beforeUpload={(f) => {
          setFile(f);
          setResult(null);
          return false;
        }}
        onRemove={() => setFile(null)}
      >
        <p className="ant-upload-drag-icon">
          <InboxOutlined />
        </p>
        <p>{p('chooseFile')}</p>
      </Upload.Dragger>
      {error && <Alert type="error" showIcon title={error} style={{ marginTop: 16 }} data-testid="bank-result-error" />}
      {result && (
        <Alert
          style={{ marginTop: 16 }}
          type={result.failed > 0 || result.unknown.length > 0 ? 'warning' : 'success'}
          showIcon
          data-testid="bank-result"
          title={p('uploadResult', { paid: result.paid, failed: result.failed })}
          description={result.unknown.length > 0 ? p('unknownReferences', { refs: result.unknown.join('、') }) : undefined}
        />
      )}
    </Modal>
  );
}
