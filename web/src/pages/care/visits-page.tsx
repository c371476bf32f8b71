import { App, Button, Card, DatePicker, Flex, Form, Input, Select, Space, Tag, Typography } from 'antd';
import dayjs from 'dayjs';
import { useState } from 'react';
import { ApiError } from '../../api/client.ts';
import { ResponsiveModal } from '../../components/responsive-modal.tsx';
import { ResponsiveTable } from '../../components/responsive-table.tsx';
import { usePagedList } from '../../components/use-paged-list.ts';
import { useSession } from '../../session.tsx';
import { careApi, type DueItem, type DueList } from './api.ts';
import { useCareText } from './messages.ts';
import { CoverageCard } from './coverage-card.tsx';

const REFERRALS = ['review', 'temporary_assistance', 'service', 'medical', 'other'] as const;

/** 探访关爱: who is due a visit in the user's area, and the visit record taken at the door. */
export function VisitsPage() {
  const t = useCareText();
  const { user } = useSession();
  const { message } = App.useApp();
  const [before, setBefore] = useState<string | undefined>(undefined);
  const [visiting, setVisiting] = useState<DueItem | null>(null);
  const [reload, setReload] = useState(0);
  const [counts, setCounts] = useState<{ total: number; overdue: number }>({ total: 0, overdue: 0 });
  const [form] = Form.useForm();
  const list = usePagedList<DueItem>(
    (page, pageSize) =>
      careApi.due({ before, page, pageSize }).then((r: DueList) => {
        setCounts({ total: r.total, overdue: r.overdue });
        return r;
      }),
    `${before ?? ''}-${reload}`,
  );

  const save = async () => {
    if (!visiting) return;
    const v = await form.validateFields();
    try {
      const r = await careApi.recordVisit({
        personId: visiting.personId,
        health: v.health,
        livingConditions: v.livingConditions,
        ...(v.needs ? { needs: v.needs } : {}),
        referrals: ((v.referrals as string[] | undefined) ?? []).map((kind) => ({ kind: kind as (typeof REFERRALS)[number], note: '' })),
        photoRefs: [],
      });
      message.success(t('nextVisit', { date: r.nextVisit?.dueOn ?? '-' }));
      setVisiting(null);
      setReload((x) => x + 1);
    } catch (e) {
      message.error(e instanceof ApiError ? e.message : String(e));
    }
  };

  return (
    <Flex vertical gap={16}>
      {user.role !== 'community_worker' && <CoverageCard />}
      <Card
        title={t('dueTitle')}
        extra={
          <Space wrap>
            <Typography.Text>{t('before')}</Typography.Text>
            <DatePicker allowClear onChange={(d: dayjs.Dayjs | null) => setBefore(d ? d.format('YYYY-MM-DD') : undefined)} />
          </Space>
        }
      >
        <Space style={{ marginBottom: 12 }} wrap>
          <Tag color="blue">{t('totalDue', { n: counts.total })}</Tag>
          <Tag color="red">{t('overdueCount', { n: counts.overdue })}</Tag>
        </Space>
        <ResponsiveTable<DueItem>
          rowKey="personId"
          loading={list.loading}
          dataSource={list.items}
          pagination={{ current: list.page, pageSize: list.pageSize, total: list.total, onChange: list.changePage, hideOnSinglePage: true }}
          columns={[
            { title: t('name'), dataIndex: 'name' },
            { title: t('groups'), dataIndex: 'groups', render: (gs: string[]) => gs.map((g) => <Tag key={g}>{t(`group.${g}`)}</Tag>) },
            { title: t('area'), dataIndex: 'areaName' },
            { title: t('address'), dataIndex: 'address' },
            { title: t('lastVisitedOn'), dataIndex: 'lastVisitedOn', render: (d: string | null) => d ?? '—' },
            { title: t('dueOn'), dataIndex: 'dueOn', render: (d: string, r) => <Tag color={r.status === 'overdue' ? 'red' : 'gold'}>{`${d} ${r.status === 'overdue' ? t('overdue') : t('due')}`}</Tag> },
            {
              title: '',
              key: 'act',
              render: (_, r) =>
                user.role === 'auditor' ? null : (
                  <Button size="small" type="primary" onClick={() => { form.resetFields(); setVisiting(r); }}>
                    {t('recordVisit')}
                  </Button>
                ),
            },
          ]}
        />
        <ResponsiveModal open={visiting !== null} title={`${t('recordVisit')} · ${visiting?.name ?? ''}`} onOk={save} onCancel={() => setVisiting(null)} destroyOnHidden>
          <Form form={form} layout="vertical">
            <Form.Item name="health" label={t('health')} rules={[{ required: true }]}><Input.TextArea rows={2} /></Form.Item>
            <Form.Item name="livingConditions" label={t('livingConditions')} rules={[{ required: true }]}><Input.TextArea rows={2} /></Form.Item>
            <Form.Item name="needs" label={t('needs')}><Input.TextArea rows={2} /></Form.Item>
            <Form.Item name="referrals" label={t('referral')}><Select mode="multiple" options={REFERRALS.map((r) => ({ value: r, label: t(`referral.${r}`) }))} /></Form.Item>
          </Form>
        </ResponsiveModal>
      </Card>
    </Flex>
  );
}
