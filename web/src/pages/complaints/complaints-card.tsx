import { Card, Col, Row, Statistic, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { Link } from 'react-router';
import { useSession } from '../../session.tsx';
import { complaintAccess } from './access.ts';
import { complaintsApi, type ComplaintStats } from './api.ts';
import { useComplaintText } from './text.ts';
import { chinaToday } from '../../china-date.ts';

/** 本月举报投诉 on the home dashboard: received by channel, found (partly) true, corrected. */
export function ComplaintsCard() {
  const { user } = useSession();
  const { m, label } = useComplaintText();
  const [stats, setStats] = useState<ComplaintStats | null>(null);
  const readable = complaintAccess(user.role).read;
  useEffect(() => {
    if (!readable) return;
    const today = chinaToday();
    // A failure here leaves the card out: the dashboard above it is what the page is for.
    complaintsApi.stats(today.startOf('month').format('YYYY-MM-DD'), today.format('YYYY-MM-DD')).then(setStats, () => setStats(null));
  }, [readable]);
  if (!readable || !stats) return null;
  const channels = Object.entries(stats.byChannel).sort((a, b) => b[1] - a[1]);
  return (
    <Card size="small" title={m('statsTitle')} extra={<Link to="/complaints">{m('listTitle')}</Link>} data-testid="complaints-card">
      <Row gutter={16}>
        <Col xs={12} md={6}>
          <Statistic title={m('statsReceived')} value={stats.received} />
        </Col>
        <Col xs={12} md={6}>
          <Statistic title={m('statsTrue')} value={stats.foundTrue} />
        </Col>
        <Col xs={12} md={6}>
          <Statistic title={m('statsPartly')} value={stats.partlyTrue} />
        </Col>
        <Col xs={12} md={6}>
          <Statistic title={m('statsCorrected')} value={stats.corrected} />
        </Col>
      </Row>
      {channels.length > 0 && (
        <Typography.Text type="secondary">{channels.map(([c, n]) => `${label('channel', c)} ${n}`).join(' · ')}</Typography.Text>
      )}
    </Card>
  );
}
