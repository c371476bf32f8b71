import { paperUrls } from '../../api/papers.ts';
import { PrintButton } from '../../components/print-menu.tsx';
import { EditOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Col, Descriptions, Row, Space, Spin, Table, Tag, Timeline, Typography } from 'antd';
import { useCallback, useEffect, useState } from 'react';
import { Link, useParams } from 'react-router';
import { ApiError } from '../../api/client.ts';
import { formatDateTime } from '../../i18n/format.ts';
import { useSession } from '../../session.tsx';
import { formatFen } from '../policies/money.ts';
import { paymentsApi, type Adjustment, type EnrolmentPayment, type EnrolmentView } from './api.ts';
import { Amount } from './amount-cell.tsx';
import { ChangeModal } from './change-modal.tsx';
import { PayeeCard } from './payee-card.tsx';
import { ENROLMENT_COLORS } from './enrolment-list-page.tsx';
import { usePaymentText } from './labels.ts';

const CHANGE_COLORS: Record<string, string> = { start: 'green', amount: 'blue', suspend: 'orange', resume: 'green', stop: 'red' };
const BANK_COLORS: Record<string, string> = { pending: 'default', paid: 'green', failed: 'red' };

/** 保障对象: the amount in force, who it covers, every decision, what is owed either way, and what was paid. */
export function EnrolmentPage() {
  const { id } = useParams();
  const enrolmentId = Number(id);
  const { p, lang, label, program } = usePaymentText();
  const { access } = useSession();
  const [view, setView] = useState<EnrolmentView | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [changing, setChanging] = useState(false);
  const [result, setResult] = useState<{ adjustment: Adjustment | null } | null>(null);

  const load = useCallback(async () => {
    try {
      setView(await paymentsApi.enrolment(enrolmentId));
    } catch (e) {
      setError(e instanceof ApiError ? e.message : String(e));
    }
  }, [enrolmentId]);
  useEffect(() => void load(), [load]);

  if (error) return <Card>{error}</Card>;
  if (!view) return <Spin style={{ display: 'block', marginTop: 80 }} />;

  const resultText = (a: Adjustment | null) => {
    if (!a) return p('noAdjustmentResult');
    if (a.kind === 'back_pay') return p('backPayResult', { amount: formatFen(Math.abs(a.totalAmount)), month: a.firstMonth });
    const limit = a.monthlyLimit ? p('recoveryLimitSuffix', { amount: formatFen(a.monthlyLimit) }) : '';
    return p('recoveryResult', { amount: formatFen(Math.abs(a.totalAmount)), month: a.firstMonth, limit });
  };
  const canChange = access.changeEnrolments && view.status !== 'stopped';

  return (
    <>
      {result && (
        <Alert
          type={result.adjustment?.kind === 'recovery' ? 'warning' : 'success'}
          showIcon
          closable
          onClose={() => setResult(null)}
          title={p('changeDone')}
          description={
            <>
              <div>{resultText(result.adjustment)}</div>
              {result.adjustment && <Typography.Text type="secondary">{result.adjustment.reason}</Typography.Text>}
            </>
          }
          style={{ marginBottom: 16 }}
          data-testid="change-result"
        />
      )}
      <Card
        title={
          <Space wrap>
            <span>{p('enrolmentTitle', { name: view.payeeName })}</span>
            <span>{program(view.program)}</span>
            <Tag color={ENROLMENT_COLORS[view.status]} data-testid="enrolment-status">
              {label('enrolmentStatus', view.status)}
            </Tag>
          </Space>
        }
        extra={
          <Space wrap>
            <PrintButton href={paperUrls.certificate(view.id)} label="certificate" testId="print-certificate" />
            {canChange && (
              <Button type="primary" icon={<EditOutlined />} onClick={() => setChanging(true)}>
                {p('changeAction')}
              </Button>
            )}
          </Space>
        }
        style={{ marginBottom: 16 }}
      >
        <Descriptions size="small" bordered column={{ xs: 1, md: 2, xl: 3 }} styles={{ label: { whiteSpace: 'nowrap' } }}>
          <Descriptions.Item label={p('monthlyAmount')}>
            <Typography.Text strong style={{ fontSize: 16 }}>
              <Amount fen={view.monthlyAmount} strong testId="enrolment-amount" />
            </Typography.Text>
          </Descriptions.Item>
          <Descriptions.Item label={p('coveredPersons')}>{view.coveredPersons}</Descriptions.Item>
          <Descriptions.Item label={p('category')}>{view.category ? p('categoryValue', { c: view.category }) : '—'}</Descriptions.Item>
          <Descriptions.Item label={p('startMonth')}>{view.startMonth}</Descriptions.Item>
          <Descriptions.Item label={p('endMonth')}>
            {view.endMonth ?? '—'}
            {view.stopReason && <Tag style={{ marginLeft: 8 }}>{label('reasonCode', view.stopReason)}</Tag>}
          </Descriptions.Item>
          <Descriptions.Item label={p('household')}>
            <Link to={`/households/${view.householdId}`}>#{view.householdId}</Link>　{view.areaName}
          </Descriptions.Item>
        </Descriptions>
      </Card>
      <PayeeCard enrolmentId={view.id} areaCode={view.areaCode} payee={view.payee} onChanged={(payee) => setView({ ...view, payee })} />
      <Row gutter={16}>
        <Col xs={24} xl={15}>
          <Card size="small" title={p('adjustmentsTitle')} style={{ marginBottom: 16 }}>
            <Table<Adjustment>
              rowKey="id"
              size="small"
              pagination={false}
              dataSource={view.adjustments}
              locale={{ emptyText: p('noAdjustments') }}
              columns={[
                { title: p('kind'), dataIndex: 'kind', width: 64, render: (k: string) => <Tag color={k === 'back_pay' ? 'blue' : 'purple'}>{label('adjustmentKind', k)}</Tag> },
                {
                  title: p('settled'),
                  key: 'settled',
                  width: 160,
                  align: 'right',
                  render: (_: unknown, a) => (
                    <span style={{ fontVariantNumeric: 'tabular-nums', whiteSpace: 'nowrap' }}>
                      {formatFen(Math.abs(a.settledAmount))} / {formatFen(Math.abs(a.totalAmount))}
                    </span>
                  ),
                },
                { title: p('monthlyLimit'), dataIndex: 'monthlyLimit', width: 124, align: 'right', render: (fen: number | null) => <Amount fen={fen} /> },
                { title: p('firstMonth'), dataIndex: 'firstMonth', width: 84 },
                {
                  title: p('reason'),
                  dataIndex: 'reason',
                  render: (reason: string, a) => (
                    <div style={{ lineHeight: 1.5 }}>
                      <div>{reason}</div>
                      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                        {label('adjustmentSource', a.source)}
                      </Typography.Text>
                    </div>
                  ),
                },
                { title: p('status'), dataIndex: 'status', width: 76, render: (s: string) => <Tag color={s === 'open' ? 'orange' : 'default'}>{label('adjustmentStatus', s)}</Tag> },
              ]}
            />
          </Card>
          <Card size="small" title={p('paymentsTitle')} style={{ marginBottom: 16 }}>
            <Table<EnrolmentPayment>
              rowKey={(r) => `${r.payrollId}-${r.forMonth}-${r.kind}-${r.amount}`}
              size="small"
              dataSource={view.payments}
              locale={{ emptyText: p('noPayments') }}
              pagination={{ pageSize: 12, hideOnSinglePage: true }}
              columns={[
                { title: p('forMonth'), dataIndex: 'forMonth', width: 100 },
                { title: p('kind'), dataIndex: 'kind', width: 110, render: (k: string) => label('lineKind', k) },
                { title: p('amount'), dataIndex: 'amount', width: 140, align: 'right', render: (fen: number) => <Amount fen={fen} /> },
                { title: p('bankStatus'), dataIndex: 'bankStatus', width: 100, render: (s: string) => <Tag color={BANK_COLORS[s]}>{label('bankStatus', s)}</Tag> },
                { title: p('payroll'), dataIndex: 'payrollId', render: (pid: number) => <Link to={`/payrolls/${pid}`}>{p('payrollTitle', { id: pid })}</Link> },
              ]}
            />
          </Card>
        </Col>
        <Col xs={24} xl={9}>
          <Card size="small" title={p('changesTitle')}>
            <Timeline
              items={view.changes.map((c) => ({
                color: CHANGE_COLORS[c.kind] ?? 'blue',
                content: (
                  <>
                    <div>
                      <Typography.Text strong>{label('changeKind', c.kind)}</Typography.Text>
                      <Typography.Text type="secondary">
                        {'　'}
                        {p('effectiveMonth')} {c.effectiveMonth}
                      </Typography.Text>
                    </div>
                    {c.monthlyAmount !== null && (
                      <div style={{ fontVariantNumeric: 'tabular-nums' }}>{p('amountLine', { amount: formatFen(c.monthlyAmount) })}</div>
                    )}
                    {(c.reasonCode || c.reason) && (
                      <div>
                        {c.reasonCode && <Tag style={{ marginRight: 6 }}>{label('reasonCode', c.reasonCode)}</Tag>}
                        {c.reason}
                      </div>
                    )}
                    <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                      {c.decidedOn} · {c.actor ?? '—'} · {formatDateTime(c.createdAt, lang)}
                    </Typography.Text>
                  </>
                ),
              }))}
            />
          </Card>
        </Col>
      </Row>
      {changing && (
        <ChangeModal
          view={view}
          onClose={() => setChanging(false)}
          onDone={(adjustment) => {
            setChanging(false);
            setResult({ adjustment });
            void load();
          }}
        />
      )}
    </>
  );
}
