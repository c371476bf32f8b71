import { DownloadOutlined, PlusOutlined, UploadOutlined } from '@ant-design/icons';
import { Button, Card, Checkbox, Form, Input, Select, Space, Tag } from 'antd';
import { useCallback, useEffect, useState } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { registryApi, type HouseholdFilters } from '../../api/endpoints.ts';
import type { HouseholdListItem, Page } from '../../api/types.ts';
import { ResponsiveTable } from '../../components/responsive-table.tsx';
import { useI18n } from '../../i18n/index.tsx';
import { useSession } from '../../session.tsx';
import { ImportModal } from './import-modal.tsx';
import { useRegistryText } from './labels.ts';

const PAGE_SIZE = 20;

/** 户籍档案 list: search and filters run on the server, page by page. */
export function HouseholdListPage() {
  const { t } = useI18n();
  const { r, options } = useRegistryText();
  const { access } = useSession();
  const navigate = useNavigate();
  const [params, setParams] = useSearchParams();
  const filters: HouseholdFilters = {
    q: params.get('q') ?? undefined,
    areaCode: params.get('areaCode') ?? undefined,
    urbanRural: params.get('urbanRural') ?? undefined,
    flag: params.get('flag') ?? undefined,
    disabled: params.get('disabled') ?? undefined,
  };
  const page = Number(params.get('page') ?? 1);
  const [data, setData] = useState<Page<HouseholdListItem>>({ items: [], total: 0 });
  const [loading, setLoading] = useState(false);
  const [importing, setImporting] = useState(false);
  const [form] = Form.useForm();
  const key = params.toString();

  const load = useCallback(async () => {
    setLoading(true);
    try {
      setData(await registryApi.list({ ...filters, page, pageSize: PAGE_SIZE }));
    } finally {
      setLoading(false);
    }
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key]);
  useEffect(() => void load(), [load]);
  useEffect(() => form.setFieldsValue({ ...filters, disabled: filters.disabled === 'true' }), [key]); // eslint-disable-line react-hooks/exhaustive-deps

  const search = (v: Record<string, unknown>) => {
    const next = new URLSearchParams();
    for (const [k, val] of Object.entries(v)) {
      if (k === 'disabled') {
        if (val) next.set('disabled', 'true');
      } else if (typeof val === 'string' && val.trim()) next.set(k, val.trim());
    }
    setParams(next);
  };

  return (
    <Card
      title={r('title')}
      extra={
        <Space wrap>
          {access.editHouseholds && (
            <Button type="primary" icon={<PlusOutlined />} onClick={() => navigate('/households/new')}>
              {r('newHousehold')}
            </Button>
          )}
          {access.editHouseholds && (
            <Button icon={<UploadOutlined />} onClick={() => setImporting(true)}>
              {r('import')}
            </Button>
          )}
          {access.revealIdNumbers && (
            <Button icon={<DownloadOutlined />} href={registryApi.exportUrl(filters)}>
              {r('export')}
            </Button>
          )}
        </Space>
      }
    >
      <Form form={form} layout="inline" onFinish={search} style={{ marginBottom: 16, rowGap: 8 }}>
        <Form.Item name="q">
          <Input.Search allowClear placeholder={r('search')} style={{ width: 340, maxWidth: '100%' }} onSearch={() => form.submit()} data-testid="household-search" />
        </Form.Item>
        <Form.Item name="areaCode">
          <Input allowClear placeholder={r('area')} style={{ width: 150 }} />
        </Form.Item>
        <Form.Item name="urbanRural">
          <Select allowClear placeholder={r('urbanRural')} style={{ width: 110 }} options={[{ value: 'urban', label: r('urban') }, { value: 'rural', label: r('rural') }]} />
        </Form.Item>
        <Form.Item name="flag">
          <Select allowClear placeholder={r('flag')} style={{ width: 170 }} options={options('flags')} />
        </Form.Item>
        <Form.Item name="disabled" valuePropName="checked">
          <Checkbox>{r('disabledOnly')}</Checkbox>
        </Form.Item>
        <Form.Item>
          <Space>
            <Button type="primary" htmlType="submit">{t('common.search')}</Button>
            <Button onClick={() => { form.resetFields(); setParams(new URLSearchParams()); }}>{t('common.reset')}</Button>
          </Space>
        </Form.Item>
      </Form>
      <ResponsiveTable<HouseholdListItem>
        rowKey="id"
        loading={loading}
        dataSource={data.items}
        size="middle"
        pagination={{
          current: page,
          pageSize: PAGE_SIZE,
          total: data.total,
          showSizeChanger: false,
          showTotal: (total) => (data.totalCapped ? t('common.totalCapped', { total }) : t('common.total', { total })),
          onChange: (p) => { const next = new URLSearchParams(params); next.set('page', String(p)); setParams(next); },
        }}
        columns={[
          { title: '#', dataIndex: 'id', width: 70 },
          { title: r('head'), dataIndex: 'headName', width: 100, render: (v: string, h) => <Link to={`/households/${h.id}`}>{v}</Link> },
          { title: r('headId'), dataIndex: 'headIdNumberMasked', width: 190, render: (v: string) => <span style={{ fontFamily: 'monospace' }}>{v}</span> },
          { title: r('members'), dataIndex: 'memberCount', width: 70, align: 'right' },
          { title: r('community'), dataIndex: 'areaName', width: 120 },
          { title: r('address'), dataIndex: 'address', ellipsis: true },
          { title: r('urbanRural'), dataIndex: 'urbanRural', width: 80, render: (v: string) => <Tag>{v === 'urban' ? r('urban') : r('rural')}</Tag> },
          { title: r('updatedAt'), dataIndex: 'updatedAt', width: 170, render: (v: string) => new Date(v).toLocaleString() },
        ]}
        onRow={(h) => ({ onDoubleClick: () => navigate(`/households/${h.id}`) })}
      />
      <ImportModal open={importing} onClose={(changed) => { setImporting(false); if (changed) void load(); }} />
    </Card>
  );
}
