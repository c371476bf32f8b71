import { App, Card, Col, Descriptions, Flex, Progress, Result, Row, Skeleton, Statistic } from 'antd';
import { useEffect, useState } from 'react';
import { Link, useParams } from 'react-router';
import { ApiError } from '../../api/client.ts';
import { errorMessageOf } from '../../components/api-error-feedback.ts';
import { ResponsiveTable } from '../../components/responsive-table.tsx';
import { formatDateTime } from '../../i18n/format.ts';
import { useI18n } from '../../i18n/index.tsx';
import { formatFen } from '../policies/money.ts';
import { reviewsApi, type CampaignView, type Tally } from './api.ts';
import { useReviewText } from './text.ts';

type AreaTally = CampaignView['streets'][number];

/** 专项核查进度: the summary (re-checked, continued, changed, exited, money per month) and progress per street and community. */
export function CampaignPage() {
  const { id } = useParams();
  const { t } = useI18n();
  const { m, label, lang } = useReviewText();
  const { message } = App.useApp();
  const [view, setView] = useState<CampaignView | null>(null);
  const [missing, setMissing] = useState<string | null>(null);
  useEffect(() => {
    reviewsApi.campaign(Number(id)).then(setView, (e: unknown) => {
      if (e instanceof ApiError && (e.status === 404 || e.status === 403)) setMissing(e.message);
      else void message.error(errorMessageOf(e, t));
    });
  }, [id, message, t]);
  if (missing) return <Result status="404" title={missing} />;
  if (!view) return <Skeleton active />;
  const s = view.summary;
  const pct = (x: Tally) => (x.total === 0 ? 0 : Math.round((x.rechecked / x.total) * 100));
  const columns = [
    { title: m('area'), dataIndex: 'areaName', render: (name: string, row: AreaTally) => <Link to={`/reviews?tab=open&campaignId=${view.id}&areaCode=${row.areaCode}`}>{name}</Link> },
    { title: m('reviews'), dataIndex: 'total', align: 'right' as const },
    { title: m('progress'), key: 'progress', width: 140, render: (_: unknown, row: AreaTally) => <Progress percent={pct(row)} size="small" /> },
    { title: m('continued'), dataIndex: 'continued', align: 'right' as const },
    { title: m('changed'), dataIndex: 'changed', align: 'right' as const },
    { title: m('exited'), dataIndex: 'exited', align: 'right' as const },
    { title: m('monthlyDifference'), dataIndex: 'monthlyDifference', align: 'right' as const, render: (fen: number) => formatFen(fen) },
  ];
  return (
    <Flex vertical gap={16}>
      <Card title={m('campaignTitle', { id: view.id })}>
        <Descriptions size="small" column={{ xs: 1, sm: 3 }}>
          <Descriptions.Item label={m('area')}>{view.areaName}</Descriptions.Item>
          <Descriptions.Item label={m('program')}>{label('program', view.program)}</Descriptions.Item>
          <Descriptions.Item label={m('createdAt')}>{formatDateTime(view.createdAt, lang)}</Descriptions.Item>
        </Descriptions>
        <Progress percent={pct(s)} style={{ marginBottom: 12 }} data-testid="campaign-progress" />
        <Row gutter={[16, 16]} data-testid="campaign-summary">
          <Col xs={12} md={4}>
            <Statistic title={m('reviews')} value={s.total} />
          </Col>
          <Col xs={12} md={4}>
            <Statistic title={m('rechecked')} value={s.rechecked} />
          </Col>
          <Col xs={12} md={4}>
            <Statistic title={m('continued')} value={s.continued} />
          </Col>
          <Col xs={12} md={4}>
            <Statistic title={m('changed')} value={s.changed} />
          </Col>
          <Col xs={12} md={4}>
            <Statistic title={m('exited')} value={s.exited} suffix={s.gradualExits ? `（${m('gradualExits')} ${s.gradualExits}）` : undefined} />
          </Col>
          <Col xs={12} md={4}>
            <Statistic title={m('monthlyDifference')} value={formatFen(s.monthlyDifference)} valueStyle={{ color: s.monthlyDifference < 0 ? '#cf1322' : undefined }} />
          </Col>
        </Row>
      </Card>
      <Card size="small" title={m('byStreet')}>
        <ResponsiveTable<AreaTally> rowKey="areaCode" size="small" dataSource={view.streets} columns={columns} pagination={{ pageSize: 20, hideOnSinglePage: true }} />
      </Card>
      <Card size="small" title={m('byCommunity')}>
        <ResponsiveTable<AreaTally> rowKey="areaCode" size="small" dataSource={view.communities} columns={columns} pagination={{ pageSize: 20, hideOnSinglePage: true }} />
      </Card>
    </Flex>
  );
}
