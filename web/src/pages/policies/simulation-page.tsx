import { ExperimentOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Col, DatePicker, Empty, Flex, Form, InputNumber, Result, Row, Spin, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import { useEffect, useState } from 'react';
import { ApiError } from '../../api/client.ts';
import { useSession } from '../../session.tsx';
import { policiesApi, type Policy, type PolicyKey, type SimulationResult } from './api.ts';
import { AreaCodeInput } from './area-code-input.tsx';
import { formatFen, yuanToFen } from './money.ts';
import type { PolicyMessageKey } from './messages.ts';
import { valueOf } from './parameter-catalog.ts';
import { SimulationAreaTable } from './simulation-area-table.tsx';
import { SimulationSummary } from './simulation-summary.tsx';
import { StreetChart } from './street-chart.tsx';
import { useAreaNames } from './use-area-names.ts';
import { usePolicyText } from './use-policy-text.ts';
import { chinaToday } from '../../china-date.ts';

const AREA_CODE = /^(\d{6}|\d{9}|\d{12})$/;

/** The parameters this page can change, each a yuan field of the form. */
const CHANGEABLE: { key: PolicyKey; field: 'urbanStandard' | 'ruralStandard' | 'minimumPerPerson'; label: PolicyMessageKey }[] = [
  { key: 'dibao.urbanStandard', field: 'urbanStandard', label: 'sim.urbanStandard' },
  { key: 'dibao.ruralStandard', field: 'ruralStandard', label: 'sim.ruralStandard' },
  { key: 'dibao.minimumPerPerson', field: 'minimumPerPerson', label: 'sim.minimumPerPerson' },
];

interface Values {
  area: string;
  asOf: Dayjs;
  urbanStandard?: string | null;
  ruralStandard?: string | null;
  minimumPerPerson?: string | null;
}

interface Run {
  result: SimulationResult;
  changes: string;
}

/** 政策模拟: "if the standard were X from date D", over every household of an area. */
export function SimulationPage() {
  const pt = usePolicyText();
  const { p } = pt;
  const { access } = useSession();
  const areas = useAreaNames();
  const [form] = Form.useForm<Values>();
  const [current, setCurrent] = useState<Policy | null>(null);
  const [running, setRunning] = useState(false);
  const [run, setRun] = useState<Run | null>(null);
  const [error, setError] = useState<string | null>(null);
  const area = Form.useWatch('area', form) ?? areas.userArea;
  const asOf = (Form.useWatch('asOf', form) ?? chinaToday()).format('YYYY-MM-DD');

  // The policy in force, so each field can say what it would change from.
  useEffect(() => {
    if (!AREA_CODE.test(area)) return setCurrent(null);
    let cancelled = false;
    const timer = setTimeout(() => {
      policiesApi.inForce(area, asOf).then(
        (res) => !cancelled && setCurrent(res.policy),
        () => !cancelled && setCurrent(null),
      );
    }, 250);
    return () => {
      cancelled = true;
      clearTimeout(timer);
    };
  }, [area, asOf]);

  if (!access.runSimulation) return <Result status="403" title="403" subTitle={p('sim.forbidden')} />;

  const simulate = async (v: Values) => {
    const changes: { key: PolicyKey; value: number; field: keyof Values; label: string; before?: number }[] = [];
    for (const c of CHANGEABLE) {
      const fen = yuanToFen(v[c.field] ?? null);
      const before = current ? (valueOf(current, c.key) as number) : undefined;
      if (fen !== null && fen !== before) changes.push({ key: c.key, value: fen, field: c.field, label: p(c.label), before });
    }
    if (changes.length === 0) {
      form.setFields([{ name: 'urbanStandard', errors: [p('sim.noChange')] }]);
      return;
    }
    const date = v.asOf.format('YYYY-MM-DD');
    setRunning(true);
    setError(null);
    try {
      const result = await policiesApi.simulate({ areaCode: v.area, asOf: date, program: 'dibao', changes: changes.map(({ key, value }) => ({ key, value })) });
      const described = changes
        .map((c) => `${c.label} ${c.before !== undefined ? `${formatFen(c.before)} → ` : ''}${pt.yuan(c.value)}`)
        .join(pt.lang === 'en' ? '; ' : '；');
      setRun({ result, changes: p('sim.changesApplied', { changes: described, date }) });
    } catch (e) {
      if (!(e instanceof ApiError)) throw e;
      const index = /^changes\.(\d+)/.exec(e.field ?? '')?.[1];
      const field: keyof Values | undefined = index !== undefined ? changes[Number(index)]?.field : e.field === 'areaCode' ? 'area' : e.field === 'asOf' ? 'asOf' : undefined;
      if (field) form.setFields([{ name: field, errors: [e.message] }]);
      else setError(e.message);
    } finally {
      setRunning(false);
    }
  };

  const yuanInput = (c: (typeof CHANGEABLE)[number]) => {
    const now = current ? (valueOf(current, c.key) as number) : undefined;
    return (
      <Col xs={24} sm={8} xl={4} key={c.field}>
        <Form.Item
          name={c.field}
          label={p(c.label)}
          extra={now !== undefined ? p('sim.currentValue', { value: pt.yuan(now) }) : undefined}
        >
          <InputNumber<string>
            stringMode
            min="0"
            precision={2}
            style={{ width: '100%' }}
            suffix={pt.lang === 'en' ? 'yuan' : '元'}
            placeholder={now !== undefined ? formatFen(now) : p('sim.unchanged')}
            data-testid={`sim-${c.field}`}
          />
        </Form.Item>
      </Col>
    );
  };

  return (
    <Flex vertical gap={16}>
      <Card title={p('sim.title')}>
        <Typography.Paragraph type="secondary" style={{ marginBottom: 12 }}>
          {p('sim.intro')}
        </Typography.Paragraph>
        <Form form={form} layout="vertical" onFinish={simulate} initialValues={{ area: areas.userArea, asOf: chinaToday() }} data-testid="simulation-form">
          <Row gutter={12} align="top">
            <Col xs={24} sm={12} xl={5}>
              <Form.Item name="area" label={p('sim.area')} rules={[{ required: true, pattern: AREA_CODE, message: p('policies.areaInvalid') }]} extra={areas.names[area] ? areas.label(area) : undefined}>
                <AreaCodeInput userArea={areas.userArea} userAreaName={areas.names[areas.userArea]} children={areas.children} placeholder={p('policies.areaPlaceholder')} width="100%" />
              </Form.Item>
            </Col>
            <Col xs={24} sm={12} xl={4}>
              <Form.Item name="asOf" label={p('sim.asOf')} rules={[{ required: true }]}>
                <DatePicker allowClear={false} style={{ width: '100%' }} />
              </Form.Item>
            </Col>
            {CHANGEABLE.map(yuanInput)}
            <Col xs={24} xl={3}>
              <Form.Item label={<span aria-hidden>&nbsp;</span>} colon={false}>
                <Button type="primary" htmlType="submit" icon={<ExperimentOutlined />} loading={running} block data-testid="run-simulation">
                  {p('sim.run')}
                </Button>
              </Form.Item>
            </Col>
          </Row>
        </Form>
      </Card>
      {error && <Alert type="error" showIcon title={error} />}
      <Spin spinning={running} description={p('sim.running')} size="large">
        {run ? (
          <Flex vertical gap={16} data-testid="simulation-result">
            <Card size="small">
              <Typography.Text strong>{run.changes}</Typography.Text>
              <br />
              <Typography.Text type="secondary" data-testid="simulation-meta">
                {areas.label(run.result.areaCode)} ·{' '}
                {p('sim.meta', { version: run.result.baselinePolicyVersion || '—', households: run.result.baseline.households.toLocaleString('en-US'), ms: run.result.elapsedMs.toLocaleString('en-US') })}
                {run.result.skipped > 0 && ` · ${p('sim.skipped', { n: run.result.skipped })}`}
              </Typography.Text>
            </Card>
            <SimulationSummary result={run.result} />
            <Card size="small" title={p('sim.chartTitle')}>
              <StreetChart rows={run.result.byStreet} />
            </Card>
            <Card size="small" title={p('sim.byStreet')} styles={{ body: { padding: 0 } }}>
              <SimulationAreaTable streets={run.result.byStreet} communities={run.result.byCommunity} />
            </Card>
          </Flex>
        ) : (
          <Card>
            <Empty description={running ? p('sim.running') : p('sim.empty')} />
          </Card>
        )}
      </Spin>
    </Flex>
  );
}
