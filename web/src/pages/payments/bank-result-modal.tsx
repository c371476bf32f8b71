import { Alert } from 'antd';
import { useState } from 'react';
import { UploadDialog } from '../../components/upload-dialog.tsx';
import { paymentsApi, type BankResult } from './api.ts';
import { usePaymentText } from './labels.ts';

/** The server's limit on a bank result file (src/modules/payments/routes.ts). */
const MAX_BANK_RESULT_MB = 100;

/** 上传银行回盘: the bank's result file; failed lines are marked (and paid again next month as back pay). */
export function BankResultModal({ payrollId, onClose }: { payrollId: number; onClose(changed: boolean): void }) {
  const { p } = usePaymentText();
  const [result, setResult] = useState<BankResult | null>(null);
  const upload = async (file: File) => {
    const form = new FormData();
    form.append('file', file);
    setResult(await paymentsApi.uploadBankResult(payrollId, form));
  };
  return (
    <UploadDialog
      open
      title={p('uploadBankResult')}
      hint={p('uploadHint')}
      accept=".csv,.xlsx"
      maxMegabytes={MAX_BANK_RESULT_MB}
      chooseText={p('chooseFile')}
      submitText={p('upload')}
      errorTestId="bank-result-error"
      onSubmit={upload}
      onFileChange={() => setResult(null)}
      onClose={() => onClose(result !== null)}
    >
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
    </UploadDialog>
  );
}
