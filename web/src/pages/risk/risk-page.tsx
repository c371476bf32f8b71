import { App, Button, Card, Descriptions, Drawer, Form, Input, Progress, Select, Space, Table, Tag, Typography } from 'antd';
import { useCallback, useEffect, useState } from 'react';
import { ApiError } from '../../api/client.ts';
import { formatDateTime } from '../../i18n/format.ts';
import { useI18n } from '../../i18n/index.tsx';
import { useSession } from '../../session.tsx';
import { riskApi, RISK_RULES, type FindingStatus, type RiskFinding, type RiskFindingDetail, type RiskRule, type RiskRun } from './api.ts';
import { usePhone } from '../../components/use-phone.ts';
import { useRiskText } from './labels.ts';
import { EvidenceValue, useEvidenceLabel } from './evidence-value.tsx';

const STATUS_COLORS: Record<FindingStatus, string> = { open: 'orange', confirmed: 'red', dismissed: 'default' };

/** 风险核查: run the rules (county, admin), list the findings by rule, work one to its outcome (county, street). */
export function RiskPage() {
  const { r } = useRiskText();
  const evidenceLabel = useEvidenceLabel();
  const phone = usePhone();
  const { lang } = useI18n();
  const { user } = useSession();
  const { message } = App.useApp();
  const mayRun = user?.role === 'county_approver' || user?.role === 'admin';
  const mayWork = user?.role === 'county_approver' || user?.role === 'street_reviewer';
  const [run, setRun] = useState<RiskRun | null>(null);
  const [rule, setRule] = useState<RiskRule | undefined>();
  const [status, setStatus] = useState<FindingStatus | undefined>('open');
  const [page, setPage] = useState(1);
  const [data, setData] = useState<{ items: RiskFinding[]; total: number } | null>(null);
  const [detail, setDetail] = useState<RiskFindingDetail | null>(null);
  const [form] = Form.useForm<{ note: string }>();

  const fail = useCallback(
    (e: unknown) => {
      if (e instanceof ApiError) message.error(e.message);
      else throw e;
    },
    [message],
  );
  const load = useCallback(async () => {
    try {
      setData(await riskApi.findings({ rule, status, page, pageSize: 20 }));
    } catch (e) {
      fail(e);
    }
  }, [rule, status, page, fail]);
  useEffect(() => void load(), [load]);
  useEffect(() => {
    riskApi.runs().then((x) => setRun(x.items[0] ?? null), fail);
  }, [fail]);

  // While a run is queued or running, poll it; when it ends, reload the findings.
  useEffect(() => {
    if (!run || (run.status !== 'queued' && run.status !== 'running')) return;
    const timer = setTimeout(async () => {
      try {
        const next = await riskApi.run(run.id);
        setRun(next);
        if (next.status === 'succeeded') await load();
      } catch (e) {
        fail(e);
      }
    }, 1000);
    return () => clearTimeout(timer);
  }, [run, load, fail]);

  const start = async () => {
    try {
      const { id } = await riskApi.start();
      const next = await riskApi.run(id);
      setRun(next);
      // A small area may be checked before the first poll: its findings are there already.
      if (next.status === 'succeeded') await load();
    } catch (e) {
      fail(e);
    }
  };
  const open = async (id: number) => {
    try {
      form.resetFields();
      setDetail(await riskApi.finding(id));
    } catch (e) {
      fail(e);
    }
  };
  const decide = async (outcome: 'confirmed' | 'dismissed') => {
    if (!detail) return;
    const { note } = await form.validateFields();
    try {
      await riskApi.outcome(detail.id, { status: outcome, note });
      message.success(r('saved'));
      setDetail(await riskApi.finding(detail.id));
      await load();
    } catch (e) {
      fail(e);
    }
  };

  const summary = run?.summary ? Object.values(run.summary) : [];
  const busy = run && (run.status === 'queued' || run.status === 'running');
  return (
    <Space direction="vertical" size="middle" style={{ width: '100%' }}>
      <Card
        title={r('title')}
        extra={
          mayRun && (
            <Button type="primary" onClick={start} loading={Boolean(busy)} data-testid="risk-run">
              {r('run')}
            </Button>
          )
        }
      >
        {busy && (
          <div data-testid="risk-progress">
            <Typography.Text>{r('running', { phase: run.progress.phase ? r(`rule.${run.progress.phase}`) : '…', done: run.progress.done, total: run.progress.total ?? RISK_RULES.length })}</Typography.Text>
            <Progress percent={Math.round((100 * run.progress.done) / (run.progress.total ?? RISK_RULES.length))} />
          </div>
        )}
        {run?.status === 'succeeded' && (
          <Typography.Text type="secondary">
            {r('lastRun', {
              at: formatDateTime(run.finishedAt ?? run.createdAt, lang),
              found: summary.reduce((s, x) => s + x.found, 0),
              created: summary.reduce((s, x) => s + x.created, 0),
              seconds: ((run.durationMs ?? 0) / 1000).toFixed(1),
            })}
          </Typography.Text>
        )}
        {run?.status === 'failed' && <Typography.Text type="danger">{r('failed', { error: run.error ?? '' })}</Typography.Text>}
      </Card>
      <Card>
        <Space style={{ marginBottom: 16 }} wrap>
          <Select
            allowClear
            placeholder={r('allRules')}
            style={{ width: 260 }}
            value={rule}
            onChange={(v) => (setRule(v), setPage(1))}
            options={RISK_RULES.map((x) => ({ value: x, label: r(`rule.${x}`) }))}
          />
          <Select
            allowClear
            style={{ width: 140 }}
            value={status}
            onChange={(v) => (setStatus(v), setPage(1))}
            options={(['open', 'confirmed', 'dismissed'] as const).map((x) => ({ value: x, label: r(`status.${x}`) }))}
          />
        </Space>
        <Table<RiskFinding>
          rowKey="id"
          scroll={{ x: 'max-content' }}
          loading={data === null}
          dataSource={data?.items ?? []}
          pagination={{ current: page, pageSize: 20, total: data?.total ?? 0, onChange: setPage, showSizeChanger: false }}
          onRow={(f) => ({ onClick: () => void open(f.id), style: { cursor: 'pointer' } })}
          columns={[
            { title: r('rule'), dataIndex: 'rule', render: (v: string) => r(`rule.${v}`) },
            { title: r('area'), dataIndex: 'areaCode' },
            { title: r('records'), key: 'records', render: (_, f) => `${f.householdIds.length} ${r('households')} / ${f.personIds.length} ${r('persons')}` },
            { title: r('status'), dataIndex: 'status', render: (v: FindingStatus) => <Tag color={STATUS_COLORS[v]}>{r(`status.${v}`)}</Tag> },
            { title: r('createdAt'), dataIndex: 'createdAt', render: (v: string) => formatDateTime(v, lang) },
          ]}
        />
      </Card>
      <Drawer open={detail !== null} onClose={() => setDetail(null)} width={phone ? '100%' : 640} title={detail ? r(`rule.${detail.rule}`) : ''}>
        {detail && (
          <Space direction="vertical" size="middle" style={{ width: '100%' }}>
            <Descriptions column={1} size="small" bordered title={r('evidence')}>
              {Object.entries(detail.evidence).map(([k, v]) => (
                <Descriptions.Item key={k} label={evidenceLabel(k)}>
                  <EvidenceValue name={k} value={v} />
                </Descriptions.Item>
              ))}
            </Descriptions>
            {detail.households.length > 0 && (
              <Table
                size="small"
                rowKey="id"
                pagination={false}
                dataSource={detail.households}
                columns={[
                  { title: 'ID', dataIndex: 'id', render: (id: number) => <a href={`/households/${id}`}>{id}</a> },
                  { title: r('area'), dataIndex: 'areaName' },
                  { title: r('address'), dataIndex: 'address' },
                  { title: r('headName'), dataIndex: 'headName' },
                ]}
              />
            )}
            {detail.persons.length > 0 && (
              <Table
                size="small"
                rowKey="id"
                pagination={false}
                dataSource={detail.persons}
                columns={[
                  { title: r('name'), dataIndex: 'name' },
                  { title: r('idNumber'), dataIndex: 'idNumberMasked' },
                ]}
              />
            )}
            {detail.outcome ? (
              <Descriptions column={1} size="small" bordered title={r('outcome')}>
                <Descriptions.Item label={r('status')}>
                  <Tag color={STATUS_COLORS[detail.status]}>{r(`status.${detail.status}`)}</Tag>
                </Descriptions.Item>
                <Descriptions.Item label={r('note')}>{detail.outcome.note}</Descriptions.Item>
                <Descriptions.Item label={r('by')}>
                  {detail.outcome.by} · {formatDateTime(detail.outcome.at, lang)}
                </Descriptions.Item>
              </Descriptions>
            ) : (
              mayWork && (
                <Form form={form} layout="vertical">
                  <Form.Item name="note" label={r('note')} rules={[{ required: true, whitespace: true, message: r('noteRequired') }]}>
                    <Input.TextArea rows={3} maxLength={2000} />
                  </Form.Item>
                  <Space>
                    <Button danger onClick={() => void decide('confirmed')}>
                      {r('confirm')}
                    </Button>
                    <Button onClick={() => void decide('dismissed')}>{r('dismiss')}</Button>
                  </Space>
                </Form>
              )
            )}
          </Space>
        )}
      </Drawer>
    </Space>
  );
}
