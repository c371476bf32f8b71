import { Alert, App, Button, Card, Form, Select, Typography } from 'antd';
import { useCallback, useEffect, useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { ApiError } from '../../api/client.ts';
import { AreaTreeSelect } from '../../components/area-tree-select.tsx';
import { errorMessageOf } from '../../components/api-error-feedback.ts';
import { fieldErrors } from '../../components/form-errors.ts';
import { ResponsiveModal } from '../../components/responsive-modal.tsx';
import { ResponsiveTable } from '../../components/responsive-table.tsx';
import { formatDateTime } from '../../i18n/format.ts';
import { useI18n } from '../../i18n/index.tsx';
import { useSession } from '../../session.tsx';
import { reviewsApi, type CampaignItem } from './api.ts';
import { useReviewText } from './text.ts';

/** 专项核查: the campaigns over the user's area; the county starts one over an area and program. */
export function CampaignListPage() {
  const { t } = useI18n();
  const { m, label, lang } = useReviewText();
  const { user } = useSession();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const [items, setItems] = useState<CampaignItem[] | null>(null);
  const [open, setOpen] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [form] = Form.useForm<{ areaCode: string; program: 'dibao' | 'tekun' }>();
  const county = user.role === 'county_approver';

  const load = useCallback(async () => {
    try {
      setItems((await reviewsApi.campaigns()).items);
    } catch (e) {
      void message.error(errorMessageOf(e, t));
    }
  }, [message, t]);
  useEffect(() => void load(), [load]);

  const start = async () => {
    setError(null);
    const v = await form.validateFields().catch(() => null);
    if (!v) return;
    setBusy(true);
    try {
      const r = await reviewsApi.startCampaign(v);
      void message.success(m('campaignStarted', { n: r.reviews }));
      void navigate(`/review-campaigns/${r.id}`);
    } catch (e) {
      if (!(e instanceof ApiError)) throw e;
      if (e.field === 'areaCode' || e.field === 'program') form.setFields(fieldErrors(e, ['areaCode', 'program']));
      else setError(e.message);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Card
      title={m('campaignsTitle')}
      extra={
        county && (
          <Button type="primary" onClick={() => setOpen(true)} data-testid="start-campaign">
            {m('startCampaign')}
          </Button>
        )
      }
    >
      <ResponsiveTable<CampaignItem>
        rowKey="id"
        size="middle"
        loading={items === null}
        dataSource={items ?? []}
        locale={{ emptyText: m('emptyCampaigns') }}
        pagination={{ pageSize: 20, hideOnSinglePage: true }}
        columns={[
          { title: '#', dataIndex: 'id', render: (id: number) => <Link to={`/review-campaigns/${id}`}>{id}</Link> },
          { title: m('area'), dataIndex: 'areaName' },
          { title: m('program'), dataIndex: 'program', render: (p: string) => label('program', p) },
          { title: m('reviews'), dataIndex: 'reviews', align: 'right' },
          { title: m('createdAt'), dataIndex: 'createdAt', render: (at: string) => formatDateTime(at, lang) },
        ]}
      />
      <ResponsiveModal open={open} title={m('startCampaign')} onOk={() => void start()} confirmLoading={busy} onCancel={() => setOpen(false)} destroyOnHidden>
        <Typography.Paragraph type="secondary">{m('startCampaignHint')}</Typography.Paragraph>
        {error && <Alert type="error" showIcon title={error} style={{ marginBottom: 16 }} />}
        <Form form={form} layout="vertical" preserve={false} initialValues={{ areaCode: user.areaCode, program: 'dibao' }}>
          <Form.Item name="areaCode" label={m('area')} rules={[{ required: true, message: m('required') }]}>
            <AreaTreeSelect />
          </Form.Item>
          <Form.Item name="program" label={m('program')} rules={[{ required: true, message: m('required') }]}>
            <Select options={(['dibao', 'tekun'] as const).map((p) => ({ value: p, label: label('program', p) }))} />
          </Form.Item>
        </Form>
      </ResponsiveModal>
    </Card>
  );
}
