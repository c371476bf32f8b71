import { UserOutlined } from '@ant-design/icons';
import { App, Avatar, Card, Flex, Skeleton, Tag, Typography } from 'antd';
import { Suspense, useEffect, useState } from 'react';
import { Link } from 'react-router';
import { ApiError } from '../../api/client.ts';
import { ResponsiveTable } from '../../components/responsive-table.tsx';
import { roleLabelKey } from '../../i18n/labels.ts';
import { useT } from '../../i18n/index.tsx';
import { useSession } from '../../session.tsx';
import { casesApi, type InboxItem } from '../cases/api.ts';
import { reportsApi, type Dashboard } from '../reports/api.ts';
import { useReportText } from '../reports/labels.ts';
import { lazyPage } from '../../components/lazy-page.tsx';

// The charts (echarts) load after the welcome and the inbox, in their own chunk.
const DashboardView = lazyPage(() => import('./dashboard.tsx'), 'DashboardView');
import { ComplaintsCard } from '../complaints/complaints-card.tsx';
import { ReviewAlert } from '../reviews/review-alert.tsx';

/**
 * 首页: the county and street see their area's statistics (dashboard); the community worker
 * sees their own inbox first, then their community's numbers.
 */
export function HomePage() {
  const { user, access } = useSession();
  const t = useT();
  const { message } = App.useApp();
  const [data, setData] = useState<Dashboard | null>(null);
  const community = user.role === 'community_worker';
  useEffect(() => {
    reportsApi.dashboard().then(setData, (e: unknown) => {
      if (e instanceof ApiError) message.error(e.message);
      else throw e;
    });
  }, [message]);
  const role = t(roleLabelKey(user.role));
  return (
    <Flex vertical gap={16}>
      <Card size="small" data-testid="welcome-card">
        <Flex align="center" gap={16}>
          <Avatar size={40} icon={<UserOutlined />} style={{ background: '#1677ff', flex: 'none' }} />
          <div style={{ minWidth: 0 }}>
            <Typography.Title level={5} style={{ margin: 0 }}>
              {t('home.welcome', { name: user.displayName })}
            </Typography.Title>
            <Typography.Text type="secondary">{t('home.welcomeText', { role, area: user.areaName })}</Typography.Text>
          </div>
        </Flex>
      </Card>
      {data?.reviews && access.workCases && <ReviewAlert counts={data.reviews} />}
      {community && <MyInbox />}
      {data ? (
        <Suspense fallback={<Skeleton active />}>
          <DashboardView data={data} compact={community} />
        </Suspense>
      ) : (
        <Skeleton active />
      )}
      <ComplaintsCard />
    </Flex>
  );
}

/** 我的待办 on the community worker's home: the cases waiting for them, most urgent first. */
function MyInbox() {
  const { r, program, state } = useReportText();
  const { message } = App.useApp();
  const [items, setItems] = useState<InboxItem[] | null>(null);
  useEffect(() => {
    casesApi.inbox().then(
      (x) => setItems(x.items),
      (e: unknown) => {
        if (e instanceof ApiError) message.error(e.message);
        else throw e;
      },
    );
  }, [message]);
  return (
    <Card size="small" title={r('myInbox')} extra={<Link to="/inbox">{items ? items.length : ''}</Link>} data-testid="my-inbox">
      <ResponsiveTable<InboxItem>
        rowKey="id"
        size="small"
        loading={items === null}
        dataSource={items ?? []}
        pagination={{ pageSize: 5, hideOnSinglePage: true }}
        columns={[
          { title: '#', dataIndex: 'id', render: (id: number) => <Link to={`/cases/${id}`}>{id}</Link> },
          { title: r('program'), dataIndex: 'program', render: program },
          { title: r('head'), dataIndex: 'headName' },
          { title: r('step'), dataIndex: 'state', render: (s: string) => <Tag>{state(s)}</Tag> },
          { title: r('dueOn'), dataIndex: 'dueOn', render: (d: string | null, row) => (row.overdue ? <Tag color="red">{d}</Tag> : d) },
        ]}
      />
    </Card>
  );
}
