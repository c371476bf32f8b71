import { App, Button, Card, DatePicker, Space, Tabs, Tag } from 'antd';
import dayjs from 'dayjs';
import { useEffect, useState } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { errorMessageOf } from '../../components/api-error-feedback.ts';
import { ResponsiveTable } from '../../components/responsive-table.tsx';
import { usePagedList } from '../../components/use-paged-list.ts';
import { useI18n } from '../../i18n/index.tsx';
import { useSession } from '../../session.tsx';
import { Amount } from '../payments/amount-cell.tsx';
import { reviewsApi, type DueItem, type ReviewView } from './api.ts';
import { ReviewDueCell } from './due-cell.tsx';
import { useReviewText } from './text.ts';

/**
 * 复核: the community's and street's inbox of enrolments due or overdue for review (overdue
 * first, with working days left), and the reviews under way with what this user may do next.
 */
export function ReviewInboxPage() {
  const { m } = useReviewText();
  const [params, setParams] = useSearchParams();
  const tab = params.get('tab') === 'open' ? 'open' : 'due';
  return (
    <Card title={m('inboxTitle')}>
      <Tabs
        activeKey={tab}
        onChange={(k) => setParams(k === 'open' ? { tab: 'open' } : {})}
        items={[
          { key: 'due', label: m('dueTab'), children: <DueTable /> },
          { key: 'open', label: m('openTab'), children: <OpenReviews /> },
        ]}
      />
    </Card>
  );
}

function DueTable() {
  const { t } = useI18n();
  const { m, label } = useReviewText();
  const { user } = useSession();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const [before, setBefore] = useState<string | undefined>(undefined);
  const [capped, setCapped] = useState(false);
  const [opening, setOpening] = useState<number | null>(null);
  const list = usePagedList<DueItem>(async (page, pageSize) => {
    const r = await reviewsApi.due({ page, pageSize, ...(before ? { before } : {}) });
    setCapped(r.capped);
    return r;
  }, before ?? '');
  useEffect(() => {
    if (list.error) void message.error(errorMessageOf(list.error, t));
  }, [list.error, message, t]);
  const canOpen = ['community_worker', 'street_reviewer', 'county_approver'].includes(user.role);

  const start = async (row: DueItem) => {
    setOpening(row.enrolmentId);
    try {
      const r = await reviewsApi.open(row.enrolmentId);
      void navigate(`/reviews/${r.id}`);
    } catch (e) {
      void message.error(errorMessageOf(e, t));
    } finally {
      setOpening(null);
    }
  };

  return (
    <>
      <Space wrap style={{ marginBottom: 12 }}>
        <span>{m('before')}</span>
        <DatePicker value={before ? dayjs(before) : null} onChange={(d) => setBefore(d ? d.format('YYYY-MM-DD') : undefined)} data-testid="due-before" />
      </Space>
      <ResponsiveTable<DueItem>
        rowKey="enrolmentId"
        size="middle"
        loading={list.loading}
        dataSource={list.items}
        locale={{ emptyText: m('empty') }}
        pagination={{
          current: list.page,
          pageSize: list.pageSize,
          total: list.total,
          onChange: list.changePage,
          showTotal: (total) => (capped ? m('totalCapped', { total }) : m('total', { total })),
        }}
        columns={[
          { title: m('head'), dataIndex: 'headName', render: (name: string | null, row) => <Link to={`/households/${row.householdId}`}>{name ?? `#${row.householdId}`}</Link> },
          { title: m('program'), dataIndex: 'program', render: (p: string) => label('program', p) },
          { title: m('category'), dataIndex: 'category', width: 70, render: (c: string | null) => c ?? '—' },
          { title: m('amount'), dataIndex: 'monthlyAmount', align: 'right', render: (fen: number) => <Amount fen={fen} /> },
          { title: m('dueDate'), dataIndex: 'dueDate', render: (_: string, row) => <ReviewDueCell dueDate={row.dueDate} overdue={row.overdue} workingDaysLeft={row.workingDaysLeft} /> },
          {
            title: m('actions'),
            key: 'actions',
            render: (_: unknown, row) =>
              row.openReviewId ? (
                <Link to={`/reviews/${row.openReviewId}`}>{m('continueReview')}</Link>
              ) : canOpen ? (
                <Button size="small" type="primary" loading={opening === row.enrolmentId} onClick={() => void start(row)} data-testid={`start-review-${row.enrolmentId}`}>
                  {m('startReview')}
                </Button>
              ) : null,
          },
        ]}
      />
    </>
  );
}

function OpenReviews() {
  const { t } = useI18n();
  const { m, label } = useReviewText();
  const { message } = App.useApp();
  const [params] = useSearchParams();
  // From a campaign's progress: its reviews in one street or community.
  const areaCode = params.get('areaCode') ?? undefined;
  const campaignId = params.get('campaignId') ? Number(params.get('campaignId')) : undefined;
  const list = usePagedList<ReviewView>((page, pageSize) => reviewsApi.list({ state: 'open', page, pageSize, ...(areaCode ? { areaCode } : {}), ...(campaignId ? { campaignId } : {}) }), params.toString());
  useEffect(() => {
    if (list.error) void message.error(errorMessageOf(list.error, t));
  }, [list.error, message, t]);
  return (
    <ResponsiveTable<ReviewView>
      rowKey="id"
      size="middle"
      loading={list.loading}
      dataSource={list.items}
      locale={{ emptyText: m('emptyOpen') }}
      pagination={{ current: list.page, pageSize: list.pageSize, total: list.total, onChange: list.changePage, showTotal: (total) => t('common.total', { total }) }}
      columns={[
        { title: '#', dataIndex: 'id', render: (id: number) => <Link to={`/reviews/${id}`}>{id}</Link> },
        { title: m('head'), dataIndex: 'headName', render: (name: string | null, row) => name ?? `#${row.householdId}` },
        { title: m('program'), dataIndex: 'program', render: (p: string) => label('program', p) },
        { title: m('state'), dataIndex: 'state', render: (s: string) => <Tag color={s === 'county_confirmation' ? 'orange' : 'blue'}>{label('state', s)}</Tag> },
        { title: m('dueDate'), dataIndex: 'dueDate' },
        {
          title: m('actions'),
          dataIndex: 'allowedActions',
          render: (actions: string[], row) => <Link to={`/reviews/${row.id}`}>{actions.length ? actions.map((a) => label('action', a)).join('、') : m('view')}</Link>,
        },
      ]}
    />
  );
}
