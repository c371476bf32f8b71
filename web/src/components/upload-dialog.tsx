import { InboxOutlined } from '@ant-design/icons';
import { Alert, Button, Space, Typography, Upload } from 'antd';
import { useState, type ReactNode } from 'react';
import { ApiError } from '../api/client.ts';
import { useT } from '../i18n/index.tsx';
import { ResponsiveModal } from './responsive-modal.tsx';

export interface UploadDialogProps {
  open: boolean;
  title: ReactNode;
  /** what the file must look like (columns, sheets); shown above the picker */
  hint: ReactNode;
  /** the picker's accept list, e.g. ".xlsx" or ".csv,.xlsx" */
  accept: string;
  /** the server's size limit: shown under the picker, a larger file is refused before sending */
  maxMegabytes: number;
  /** the picker's text (点击或拖动文件到此处 …) */
  chooseText: ReactNode;
  /** the submit button's text */
  submitText: ReactNode;
  /** sends the file; what it throws is shown in the dialog (an ApiError's Chinese message) */
  onSubmit(file: File): Promise<void>;
  /** the dialog is closed (× or cancel); the file picked is forgotten */
  onClose(): void;
  /** a new file was picked or the file was removed: the caller drops the previous result */
  onFileChange?(file: File | null): void;
  /** controls before the submit button (a template link, a "validate only" switch) */
  extraActions?: ReactNode;
  width?: number;
  /** data-testid of the error alert */
  errorTestId?: string;
  /** progress and result, shown under the picker */
  children?: ReactNode;
}

/**
 * The upload dialog: a file picker (drag or click) with the accepted types and the size limit,
 * a submit button that spins while the file is sent, the error in Chinese, and the caller's
 * progress and result below. A modal on a desk, a full-screen drawer on a phone.
 * The household import and the bank result upload both use it.
 */
export function UploadDialog(props: UploadDialogProps) {
  const t = useT();
  const [file, setFile] = useState<File | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const pick = (f: File | null) => {
    setFile(f);
    setError(null);
    props.onFileChange?.(f);
  };
  const submit = async () => {
    if (!file) return;
    setBusy(true);
    setError(null);
    try {
      await props.onSubmit(file);
    } catch (e) {
      setError(e instanceof ApiError ? e.message : e instanceof Error ? e.message : String(e));
    } finally {
      setBusy(false);
    }
  };
  const close = () => {
    setFile(null);
    setError(null);
    props.onClose();
  };
  return (
    <ResponsiveModal
      open={props.open}
      width={props.width}
      title={props.title}
      onCancel={close}
      footer={
        <Space wrap>
          {props.extraActions}
          <Button type="primary" loading={busy} disabled={!file} onClick={() => void submit()}>
            {props.submitText}
          </Button>
        </Space>
      }
    >
      <Typography.Paragraph type="secondary">{props.hint}</Typography.Paragraph>
      <Upload.Dragger
        accept={props.accept}
        maxCount={1}
        fileList={file ? [{ uid: 'picked', name: file.name, size: file.size, type: file.type, status: 'done' }] : []}
        beforeUpload={(f) => {
          if (f.size > props.maxMegabytes * 1024 * 1024) {
            pick(null);
            setError(t('upload.tooLarge', { name: f.name, mb: props.maxMegabytes }));
          } else pick(f);
          return false;
        }}
        onRemove={() => pick(null)}
      >
        <p className="ant-upload-drag-icon">
          <InboxOutlined />
        </p>
        <p>{props.chooseText}</p>
        <Typography.Text type="secondary">{t('upload.limits', { accept: props.accept.split(',').join(' / '), mb: props.maxMegabytes })}</Typography.Text>
      </Upload.Dragger>
      {error && <Alert type="error" showIcon title={error} style={{ marginTop: 16 }} data-testid={props.errorTestId} />}
      {props.children}
    </ResponsiveModal>
  );
}
