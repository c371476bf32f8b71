import type { EChartsCoreOption } from 'echarts/core';
import { Alert, Card, Col, Empty, Flex, Row, Statistic, Typography } from 'antd';
import { useMemo } from 'react';
import { Link } from 'react-router';
import { formatDateTime } from '../../i18n/format.ts';
import { monthLabel, yuan, type Dashboard } from '../reports/api.ts';
import { Chart } from '../reports/chart.tsx';
import { useReportText } from '../reports/labels.ts';
import { RiskCard } from '../risk/risk-card.tsx';
import { AlertsCard } from '../verification/alerts-card.tsx';
import { CareCard } from '../care/care-card.tsx';
import { amountOption, casesOption, coverageOption, distributionOption, flowOption, fundsOption, type ChartText } from './dashboard-charts.ts';

/** 首页统计: twelve months from the pre-aggregated table, live open cases, the areas below. */
export function DashboardView({ data, compact = false }: { data: Dashboard; compact?: boolean }) {
  const { r, lang, program, state, column } = useReportText();
  const text = useMemo<ChartText>(
    () => ({
      program,
      state,
      month: (m) => (lang === 'en' ? m : `${Number(m.slice(5))}月`),
      householdsOf: (p) => r('householdsOf', { program: program(p) }),
      personsOf: (p) => r('personsOf', { program: program(p) }),
      newEnrolments: column('newEnrolments'),
      exits: column('exits'),
      open: r('openCases'),
      overdue: r('overdueCases'),
      city: column('cityAmount'),
      district: column('districtAmount'),
    }),
    [r, lang, program, state, column],
  );
  const month = monthLabel(data.month, lang);
  const childLevel = data.area.level === 'district' ? r('street') : r('community');
  const options = useMemo(
    () => ({
      coverage: coverageOption(data, text),
      amount: amountOption(data, text),
      cases: casesOption(data, text),
      flow: flowOption(data, text),
      distribution: distributionOption(data, text),
      funds: fundsOption(data, text),
    }),
    [data, text],
  );
  const card = (title: string, testId: string, option: EChartsCoreOption, height = 280) => (
    <Card size="small" title={title} style={{ height: '100%' }}>
      <Chart option={option} height={height} testId={testId} />
    </Card>
  );
  return (
    <Flex vertical gap={16} data-testid="dashboard">
      <Card
        size="small"
        title={r('dashboardTitle', { area: data.area.name })}
        extra={<Link to={`/reports/monthly?areaCode=${data.area.code}&month=${data.month}`}>{r('openReport')}</Link>}
      >
        {data.refreshedAt ? (
          <Typography.Text type="secondary">{r('asOf', { month, time: formatDateTime(data.refreshedAt, lang) })}</Typography.Text>
        ) : (
          <Alert type="info" showIcon title={r('notRefreshed')} />
        )}
        <Row gutter={16} style={{ marginTop: 12 }}>
          <Col xs={12} md={5}>
            <Statistic title={r('kpiHouseholds')} value={data.latest.households} />
          </Col>
          <Col xs={12} md={5}>
            <Statistic title={r('kpiPersons')} value={data.latest.persons} />
          </Col>
          <Col xs={12} md={5}>
            <Statistic title={r('kpiAmount')} value={yuan(data.latest.amount)} />
          </Col>
          <Col xs={12} md={4}>
            <Statistic title={r('kpiNew')} value={`${data.latest.newEnrolments} / ${data.latest.exits}`} />
          </Col>
          <Col xs={12} md={5}>
            <Statistic title={r('kpiOpenCases')} value={data.cases.open} suffix={<span style={{ color: data.cases.overdue ? '#f5222d' : undefined }}>/ {data.cases.overdue}</span>} />
          </Col>
        </Row>
      </Card>
      <Row gutter={[16, 16]}>
        <Col xs={24} xl={12}>
          {card(r('coverageTrend'), 'chart-coverage', options.coverage)}
        </Col>
        <Col xs={24} xl={12}>
          {card(r('amountTrend'), 'chart-amount', options.amount)}
        </Col>
        <Col xs={24} xl={12}>
          {card(r('casesByStage'), 'chart-cases', options.cases)}
        </Col>
        <Col xs={24} xl={12}>
          {card(r('newVsExits'), 'chart-flow', options.flow)}
        </Col>
        {!compact && (
          <Col xs={24} xl={16}>
            {data.children.length ? (
              card(r('distribution', { month, level: childLevel }), 'chart-distribution', options.distribution, Math.max(280, data.children.length * 22 + 60))
            ) : (
              <Card size="small" title={r('distribution', { month, level: childLevel })}>
                <Empty />
              </Card>
            )}
          </Col>
        )}
        <Col xs={24} xl={compact ? 12 : 8}>
          {card(r('fundsSplit', { month }), 'chart-funds', options.funds)}
        </Col>
        {data.risk && (
          <Col xs={24} xl={compact ? 12 : 8}>
            <RiskCard stats={data.risk} />
          </Col>
        )}
        {data.alerts && (data.alerts.total.open + data.alerts.total.confirmed + data.alerts.total.explained > 0) && (
          <Col xs={24} xl={compact ? 12 : 8}>
            <AlertsCard stats={data.alerts} />
          </Col>
        )}
        {data.care && (
          <Col xs={24} xl={compact ? 12 : 8}>
            <CareCard stats={data.care} />
          </Col>
        )}
      </Row>
    </Flex>
  );
}
