import { HistoryOutlined, EditOutlined } from '@ant-design/icons';
import { Alert, Button, Card, DatePicker, Flex, Form, Grid, Space, Table, Tag, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useEffect, useState } from 'react';
import { useSearchParams } from 'react-router';
import { ApiError } from '../../api/client.ts';
import { useSession } from '../../session.tsx';
import { policiesApi, type PolicyInForce, type PolicyKey } from './api.ts';
import { AdjustParameterModal } from './adjust-parameter-modal.tsx';
import { AreaCodeInput } from './area-code-input.tsx';
import { ISO_DATE, todayIso } from './dates.ts';
import { PROGRAM_GROUPS, valueOf, type ParameterDef } from './parameter-catalog.ts';
import { ParameterHistoryDrawer } from './parameter-history-drawer.tsx';
import { SourceLabel } from './source-label.tsx';
import { useAreaNames } from './use-area-names.ts';
import { usePolicyText, type ValueLine } from './use-policy-text.ts';

const AREA_CODE = /^(\d{6}|\d{9}|\d{12})$/;

/** 政策参数: the policy in force for an area on a date, grouped by program, with history and editing. */
export function PolicyPage() {
  const pt = usePolicyText();
  const { p } = pt;
  const { access } = useSession();
  const areas = useAreaNames();
  const [params, setParams] = useSearchParams();
  const areaCode = params.get('area') ?? areas.userArea;
  const asOfParam = params.get('asOf');
  const asOf = asOfParam && ISO_DATE.test(asOfParam) ? asOfParam : todayIso();
  const [data, setData] = useState<PolicyInForce | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [loading, setLoading] = useState(false);
  const [reload, setReload] = useState(0);
  const [historyKey, setHistoryKey] = useState<PolicyKey | null>(null);
  const [adjustKey, setAdjustKey] = useState<PolicyKey | null>(null);
  const [form] = Form.useForm<{ area: string; asOf: Dayjs }>();
  const narrow = !Grid.useBreakpoint().sm;
  const { ensure } = areas;

  useEffect(() => {
    let cancelled = false;
    setLoading(true);
    setError(null);
    ensure(areaCode);
    policiesApi.inForce(areaCode, asOf).then(
      (res) => {
        if (cancelled) return;
        setData(res);
        setLoading(false);
        for (const source of Object.values(res.sources)) ensure(source.areaCode);
      },
      (e: unknown) => {
        if (cancelled) return;
        setData(null);
        setLoading(false);
        setError(e instanceof ApiError ? e.message : p('policies.loadFailed'));
      },
    );
    return () => {
      cancelled = true;
    };
    // `ensure` changes as names arrive; reloading the policy for that would loop
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [areaCode, asOf, reload]);
  useEffect(() => form.setFieldsValue({ area: areaCode, asOf: dayjs(asOf) }), [form, areaCode, asOf]);

  const show = (v: { area: string; asOf: Dayjs | null }) => {
    const next = new URLSearchParams();
    if (v.area && v.area !== areas.userArea) next.set('area', v.area);
    if (v.asOf && v.asOf.format('YYYY-MM-DD') !== todayIso()) next.set('asOf', v.asOf.format('YYYY-MM-DD'));
    if (next.toString() === params.toString()) setReload((n) => n + 1);
    else setParams(next);
  };

  const renderLines = (lines: ValueLine[]) =>
    lines.length === 1 && !lines[0]!.label ? (
      <span>{lines[0]!.text}</span>
    ) : (
      <div style={{ display: 'grid', gridTemplateColumns: lines.some((l) => l.label) ? 'max-content max-content' : 'max-content', columnGap: 16 }}>
        {lines.map((l, i) => (
          <div key={i} style={{ display: 'contents' }}>
            {l.label && <Typography.Text type="secondary">{l.label}</Typography.Text>}
            <span>{l.text}</span>
          </div>
        ))}
      </div>
    );

  const current = data && adjustKey ? valueOf(data.policy, adjustKey) : undefined;

  return (
    <Flex vertical gap={16}>
      <Card title={p('policies.title')} extra={data && <Typography.Text type="secondary" data-testid="policy-version">{p('policies.versionLabel')}：{data.version}</Typography.Text>}>
        <Form form={form} layout="inline" onFinish={show} initialValues={{ area: areaCode, asOf: dayjs(asOf) }} style={{ rowGap: 8 }}>
          <Form.Item name="area" label={p('policies.area')} rules={[{ required: true, pattern: AREA_CODE, message: p('policies.areaInvalid') }]}>
            <AreaCodeInput width={narrow ? 170 : 260} userArea={areas.userArea} userAreaName={areas.names[areas.userArea]} children={areas.children} placeholder={p('policies.areaPlaceholder')} />
          </Form.Item>
          <Form.Item name="asOf" label={p('policies.asOf')}>
            <DatePicker allowClear={false} />
          </Form.Item>
          <Form.Item>
            <Button type="primary" htmlType="submit" loading={loading}>
              {p('policies.query')}
            </Button>
          </Form.Item>
        </Form>
        <Typography.Paragraph type="secondary" style={{ margin: '12px 0 0' }}>
          {areas.label(areaCode)} · {p('policies.asOfHint', { date: asOf })} · {p('policies.clickHint')}
        </Typography.Paragraph>
      </Card>
      {error && <Alert type="error" showIcon title={error} />}
      {data &&
        PROGRAM_GROUPS.map((group) => (
          <Card key={group.program} title={p(`program.${group.program}`)} size="small" styles={{ body: { padding: 0 } }} data-testid={`program-${group.program}`}>
            <Table<ParameterDef>
              size="small"
              rowKey="key"
              pagination={false}
              loading={loading}
              dataSource={group.parameters}
              tableLayout="fixed"
              // A phone scrolls the table sideways instead of squeezing the values to nothing.
              scroll={{ x: 960 }}
              columns={[
                {
                  title: p('policies.colParameter'),
                  width: 210,
                  render: (_, def) => (
                    <Typography.Link onClick={() => setHistoryKey(def.key)} data-testid={`param-${def.key}`}>
                      {pt.paramLabel(def.key)}
                    </Typography.Link>
                  ),
                },
                { title: p('policies.colValue'), render: (_, def) => renderLines(pt.valueLines(def.key, valueOf(data.policy, def.key))) },
                {
                  title: p('policies.colSource'),
                  width: 360,
                  render: (_, def) => <SourceLabel source={data.sources[def.key]} areaCode={data.areaCode} areaLabel={areas.label} />,
                },
                {
                  title: p('policies.colActions'),
                  width: (access.editPolicies ? 160 : 90) + (pt.lang === 'en' ? 30 : 0),
                  render: (_, def) => (
                    <Space size={4}>
                      <Button type="link" size="small" icon={<HistoryOutlined />} onClick={() => setHistoryKey(def.key)}>
                        {p('policies.history')}
                      </Button>
                      {access.editPolicies && (
                        <Button type="link" size="small" icon={<EditOutlined />} onClick={() => setAdjustKey(def.key)} data-testid={`adjust-${def.key}`}>
                          {p('policies.adjust')}
                        </Button>
                      )}
                    </Space>
                  ),
                },
              ]}
            />
          </Card>
        ))}
      {data && (
        <ParameterHistoryDrawer
          areaCode={data.areaCode}
          asOf={data.asOf}
          parameterKey={historyKey}
          source={historyKey ? data.sources[historyKey] : undefined}
          areaLabel={areas.label}
          reload={reload}
          onClose={() => setHistoryKey(null)}
          onAdjust={access.editPolicies ? (key) => setAdjustKey(key) : undefined}
        />
      )}
      {data && adjustKey && (
        <AdjustParameterModal
          areaCode={data.areaCode}
          areaLabel={areas.label(data.areaCode)}
          parameterKey={adjustKey}
          currentValue={current}
          onClose={() => setAdjustKey(null)}
          onSaved={() => {
            setAdjustKey(null);
            setReload((n) => n + 1);
          }}
        />
      )}
    </Flex>
  );
}
