import { ArrowDownOutlined, ArrowUpOutlined } from '@ant-design/icons';
import { Card, Col, Row, Statistic, Typography } from 'antd';
import type { ReactNode } from 'react';
import type { SimulationResult } from './api.ts';
import { formatFen } from './money.ts';
import { usePolicyText } from './use-policy-text.ts';

const UP = '#cf1322';
const DOWN = '#389e0d';

function signed(n: number, text: string): string {
  return n > 0 ? `+${text}` : text;
}

/** 现行 vs 模拟 side by side, with the difference under them. */
function Compare({ title, baseline, simulated, format, unit, testId }: { title: string; baseline: number; simulated: number; format: (n: number) => string; unit: string; testId: string }) {
  const { p } = usePolicyText();
  const diff = simulated - baseline;
  return (
    <Card size="small" title={title} data-testid={testId} style={{ height: '100%' }}>
      <Row gutter={12}>
        <Col span={12}>
          <Statistic title={p('sim.baseline')} value={format(baseline)} suffix={unit} styles={{ content: { fontSize: 20 } }} />
        </Col>
        <Col span={12}>
          <Statistic title={p('sim.simulated')} value={format(simulated)} suffix={unit} styles={{ content: { fontSize: 20, color: diff > 0 ? UP : diff < 0 ? DOWN : undefined } }} />
        </Col>
      </Row>
      <Typography.Text type="secondary">{diff === 0 ? '±0' : signed(diff, format(diff))}</Typography.Text>
    </Card>
  );
}

function Change({ title, value, text, unit, testId, neutral }: { title: string; value: number; text: string; unit: string; testId: string; neutral?: boolean }) {
  const color = neutral || value === 0 ? undefined : value > 0 ? UP : DOWN;
  const icon: ReactNode = neutral || value === 0 ? null : value > 0 ? <ArrowUpOutlined /> : <ArrowDownOutlined />;
  return (
    <Card size="small" data-testid={testId} data-value={value} style={{ height: '100%' }}>
      <Statistic title={title} value={text} prefix={icon} suffix={unit} styles={{ content: { fontSize: 22, color } }} />
    </Card>
  );
}

/** The totals of a simulation: what is covered now and simulated, and what the change costs. */
export function SimulationSummary({ result }: { result: SimulationResult }) {
  const { p, lang } = usePolicyText();
  const yuanUnit = lang === 'en' ? 'yuan' : '元';
  const count = (n: number) => n.toLocaleString('en-US');
  return (
    <Row gutter={[12, 12]}>
      <Col xs={24} md={8}>
        <Compare title={p('sim.households')} baseline={result.baseline.eligibleHouseholds} simulated={result.simulated.eligibleHouseholds} format={count} unit={p('sim.unitHouseholds')} testId="sim-households" />
      </Col>
      <Col xs={24} md={8}>
        <Compare title={p('sim.persons')} baseline={result.baseline.eligiblePersons} simulated={result.simulated.eligiblePersons} format={count} unit={p('sim.unitPersons')} testId="sim-persons" />
      </Col>
      <Col xs={24} md={8}>
        <Compare title={p('sim.monthlyAmount')} baseline={result.baseline.monthlyAmount} simulated={result.simulated.monthlyAmount} format={formatFen} unit={yuanUnit} testId="sim-amount" />
      </Col>
      <Col xs={12} md={6}>
        <Change title={p('sim.newlyEligible')} value={result.newlyEligible} text={count(result.newlyEligible)} unit={p('sim.unitHouseholds')} testId="sim-newly" neutral />
      </Col>
      <Col xs={12} md={6}>
        <Change title={p('sim.noLongerEligible')} value={result.noLongerEligible} text={count(result.noLongerEligible)} unit={p('sim.unitHouseholds')} testId="sim-lost" neutral />
      </Col>
      <Col xs={12} md={6}>
        <Change title={p('sim.monthlyChange')} value={result.monthlyChange} text={signed(result.monthlyChange, formatFen(result.monthlyChange))} unit={yuanUnit} testId="sim-monthly-change" />
      </Col>
      <Col xs={12} md={6}>
        <Change title={p('sim.yearlyChange')} value={result.yearlyChange} text={signed(result.yearlyChange, formatFen(result.yearlyChange))} unit={yuanUnit} testId="sim-yearly-change" />
      </Col>
    </Row>
  );
}
