import { UploadOutlined } from '@ant-design/icons';
import { App, Button, Select, Space, Typography, Upload } from 'antd';
import { useCallback, useEffect, useState } from 'react';
import { ApiError } from '../../api/client.ts';
import { registryApi } from '../../api/endpoints.ts';
import type { DocumentItem, HouseholdFile } from '../../api/types.ts';
import { ResponsiveTable } from '../../components/responsive-table.tsx';
import { useI18n } from '../../i18n/index.tsx';
import { useSession } from '../../session.tsx';
import { useRegistryText } from './labels.ts';

export function DocumentsTab({ file, onChange }: { file: HouseholdFile; onChange(): void }) {
  const { t } = useI18n();
  const { r, code, options } = useRegistryText();
  const { access } = useSession();
  const { message } = App.useApp();
  const [items, setItems] = useState<DocumentItem[]>([]);
  const [kind, setKind] = useState('id_copy');
  const load = useCallback(() => registryApi.documents(file.id).then((d) => setItems(d.items)), [file.id]);
  useEffect(() => void load(), [load]);

  const upload = async (f: File) => {
    const form = new FormData();
    form.append('kind', kind); // before the file: the server reads fields that precede it
    form.append('file', f, f.name);
    try {
      await registryApi.uploadDocument(file.id, form);
      message.success(t('common.saved'));
      void load();
      onChange();
    } catch (e) {
      message.error(e instanceof ApiError ? e.message : String(e));
    }
  };

  return (
    <>
      {access.editHouseholds && file.status === 'active' && (
        <Space wrap style={{ marginBottom: 12 }}>
          <Select value={kind} onChange={setKind} style={{ width: 160 }} options={options('documentKind')} />
          <Upload accept=".jpg,.jpeg,.png,.pdf" showUploadList={false} beforeUpload={(f) => { void upload(f); return false; }}>
            <Button icon={<UploadOutlined />}>{t('common.upload')}</Button>
          </Upload>
          <Typography.Text type="secondary">{r('uploadHint')}</Typography.Text>
        </Space>
      )}
      <ResponsiveTable<DocumentItem>
        rowKey="id"
        size="small"
        pagination={false}
        dataSource={items}
        columns={[
          { title: r('kind'), dataIndex: 'kind', width: 140, render: (v: string) => code('documentKind', v) },
          { title: r('filename'), dataIndex: 'filename', render: (v: string, d) => <a href={`/api/v1/documents/${d.id}/content`}>{v}</a> },
          { title: r('size'), dataIndex: 'size', width: 100, render: (v: number) => `${(v / 1024).toFixed(1)} KB` },
          { title: r('uploadedAt'), dataIndex: 'uploadedAt', width: 180, render: (v: string) => new Date(v).toLocaleString() },
        ]}
      />
    </>
  );
}
