import { paperUrls } from '../../api/papers.ts';
import { PrintButton } from '../../components/print-menu.tsx';
import { CheckOutlined, DownloadOutlined, UploadOutlined } from '@ant-design/icons';
import { Alert, App, Button, Card, Col, Descriptions, Dropdown, Row, Space, Spin, Statistic, Tabs, Tag, Tooltip, Typography } from 'antd';
import { useCallback, useEffect, useState } from 'react';
import { useParams } from 'react-router';
import { ApiError } from '../../api/client.ts';
import { formatDateTime } from '../../i18n/format.ts';
import { useSession } from '../../session.tsx';
import { formatFen } from '../policies/money.ts';
import { paymentsApi, type Payroll } from './api.ts';
import { BankResultModal } from './bank-result-modal.tsx';
import { usePaymentText } from './labels.ts';
import { monthsText } from './months.ts';
import { PayrollLines } from './payroll-lines.tsx';
import { PayrollStatusTag } from './payroll-status-tag.tsx';
import { StoppedTable } from './stopped-table.tsx';
import { InstitutionTable } from './institution-table.tsx';

const FIGURES = { fontVariantNumeric: 'tabular-nums' } as const;

/** 发放名册: the totals, how the money is shared, the approval and the bank round trip, and the lines. */
export function PayrollPage() {
  const { id } = useParams();
  const payrollId = Number(id);
  const { p, lang, program, label } = usePaymentText();
  const { access, user } = useSession();
  const { message, modal } = App.useApp();
  const [payroll, setPayroll] = useState<Payroll | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [uploading, setUploading] = useState(false);
  const [linesKey, setLinesKey] = useState(0);

  const load = useCallback(async () => {
    try {
      setPayroll(await paymentsApi.payroll(payrollId));
    } catch (e) {
      setError(e instanceof ApiError ? e.message : String(e));
    }
  }, [payrollId]);
  useEffect(() => void load(), [load]);

  if (error) return <Card>{error}</Card>;
  if (!payroll) return <Spin style={{ display: 'block', marginTop: 80 }} />;

  const approved = payroll.status === 'approved';
  // The bank round trip is for the office whose area holds the payroll (a street reads its district's, it does not send it).
  const sendsToBank = access.sendToBank && payroll.areaCode.startsWith(user.areaCode);
  const approve = () =>
    modal.confirm({
      title: p('approveConfirmTitle'),
      content: p('approveConfirm', { title: payroll.title, households: payroll.households, amount: formatFen(payroll.totalAmount) }),
      okText: p('approve'),
      onOk: async () => {
        try {
          setPayroll(await paymentsApi.approve(payroll.id));
          void message.success(p('approved'));
        } catch (e) {
          if (!(e instanceof ApiError)) throw e;
          void message.error(e.message);
          await load();
        }
      },
    });

  const bankFile = (
    <Dropdown
      disabled={!approved}
      menu={{
        items: [
          { key: 'csv', label: <a href={paymentsApi.bankFileUrl(payroll.id, 'csv')} download>{p('bankFileCsv')}</a> },
          { key: 'xlsx', label: <a href={paymentsApi.bankFileUrl(payroll.id, 'xlsx')} download>{p('bankFileXlsx')}</a> },
        ],
      }}
    >
      <Button icon={<DownloadOutlined />} disabled={!approved}>
        {p('downloadBankFile')}
      </Button>
    </Dropdown>
  );

  return (
    <>
      <Card
        title={
          <Space wrap>
            <span>{p('payrollTitle', { id: payroll.id })}</span>
            <span>{payroll.title}</span>
            <PayrollStatusTag status={payroll.status} />
            {payroll.kind === 'lump_sum' && <Tag color="cyan">{p('kindLumpSum')}</Tag>}
          </Space>
        }
        extra={
          <Space wrap data-testid="payroll-actions">
            <PrintButton href={paperUrls.payroll(payroll.id)} label="payroll" testId="print-payroll" />
            {access.approvePayrolls && !approved && payroll.createdBy !== user.username && (
              <Button type="primary" icon={<CheckOutlined />} onClick={approve}>
                {p('approve')}
              </Button>
            )}
            {/* 不相容岗位分离: the one who prepared it may not approve it (the server refuses too). */}
            {access.approvePayrolls && !approved && payroll.createdBy === user.username && (
              <Tooltip title={p('approveOwnPayroll')}>
                <Button type="primary" icon={<CheckOutlined />} disabled>
                  {p('approve')}
                </Button>
              </Tooltip>
            )}
            {sendsToBank && (approved ? bankFile : <Tooltip title={p('bankFileNeedsApproval')}>{bankFile}</Tooltip>)}
            {sendsToBank && approved && (
              <Button icon={<UploadOutlined />} onClick={() => setUploading(true)}>
                {p('uploadBankResult')}
              </Button>
            )}
          </Space>
        }
        style={{ marginBottom: 16 }}
        className="wrap-head"
      >
        <Row gutter={[24, 16]} style={{ marginBottom: 16 }} data-testid="payroll-totals">
          <Col xs={12} md={4}>
            <Statistic title={p('households')} value={payroll.households} styles={{ content: FIGURES }} />
          </Col>
          <Col xs={12} md={4}>
            <Statistic title={p('persons')} value={payroll.persons} styles={{ content: FIGURES }} />
          </Col>
          <Col xs={24} md={6}>
            <Statistic title={p('total')} value={formatFen(payroll.totalAmount)} styles={{ content: { ...FIGURES, color: '#1677ff' } }} />
          </Col>
          <Col xs={12} md={5}>
            <Statistic title={`${p('fundSplit')} · ${p('cityFund')}`} value={formatFen(payroll.cityAmount)} styles={{ content: FIGURES }} />
          </Col>
          <Col xs={12} md={5}>
            <Statistic title={`${p('fundSplit')} · ${p('districtFund')}`} value={formatFen(payroll.districtAmount)} styles={{ content: FIGURES }} />
          </Col>
        </Row>
        <Descriptions size="small" bordered column={{ xs: 1, md: 2, xl: 3 }} styles={{ label: { whiteSpace: 'nowrap' } }}>
          <Descriptions.Item label={p('program')}>{program(payroll.program)}</Descriptions.Item>
          <Descriptions.Item label={p('area')}>
            {payroll.areaName}（{payroll.areaCode}）
          </Descriptions.Item>
          <Descriptions.Item label={p('period')}>
            <Tag color={payroll.period === 'monthly' ? 'default' : 'geekblue'} data-testid="payroll-period">
              {label('period', payroll.period)}
            </Tag>
            {payroll.funding && (
              <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                {p('citySharePolicy', {
                  share: `${Math.round(Number(payroll.funding.cityShare) * 1000) / 10}%`,
                  source: payroll.funding.source.startsWith('funding.programShares') ? p('shareProgram') : p('shareGeneral'),
                })}
              </Typography.Text>
            )}
          </Descriptions.Item>
          <Descriptions.Item label={p('months')}>
            <span data-testid="payroll-months">{monthsText(payroll.months, lang)}</span>
            {payroll.lumpSumPerPerson !== null && `　${p('lumpSumPerPerson')}：${formatFen(payroll.lumpSumPerPerson)}`}
          </Descriptions.Item>
          <Descriptions.Item label={p('createdBy')}>
            {payroll.createdBy ?? '—'}　<Typography.Text type="secondary">{formatDateTime(payroll.createdAt, lang)}</Typography.Text>
          </Descriptions.Item>
          <Descriptions.Item label={p('approvedBy')}>
            {approved ? (
              <>
                {payroll.approvedBy ?? '—'}　<Typography.Text type="secondary">{formatDateTime(payroll.approvedAt, lang)}</Typography.Text>
              </>
            ) : (
              <Typography.Text type="secondary">{p('notApproved')}</Typography.Text>
            )}
          </Descriptions.Item>
          <Descriptions.Item label={p('differences')}>
            <Space size={4} wrap>
              <Tag color="green">{p('diffNew', { n: payroll.differences.new })}</Tag>
              <Tag color="orange">{p('diffChanged', { n: payroll.differences.changed })}</Tag>
              <Tag color="red">{p('diffStopped', { n: payroll.differences.stopped })}</Tag>
            </Space>
          </Descriptions.Item>
          <Descriptions.Item label={p('bankResult')} span={{ xs: 1, md: 2, xl: 3 }}>
            <Space size={4} wrap data-testid="payroll-bank-counts">
              <Tag>{`${p('bankPending')} ${payroll.bankCounts.pending}`}</Tag>
              <Tag color="green">{`${p('bankPaid')} ${payroll.bankCounts.paid}`}</Tag>
              <Tag color="red">{`${p('bankFailed')} ${payroll.bankCounts.failed}`}</Tag>
              {payroll.bankResultAt && (
                <Typography.Text type="secondary">
                  {p('bankResultAt')} {formatDateTime(payroll.bankResultAt, lang)}
                </Typography.Text>
              )}
            </Space>
          </Descriptions.Item>
        </Descriptions>
      </Card>
      <Card>
        <Tabs
          items={[
            { key: 'lines', label: p('tabLines'), children: <PayrollLines payrollId={payroll.id} refreshKey={linesKey} /> },
            ...(payroll.refusedLines > 0
              ? [
                  {
                    key: 'refused',
                    label: <span data-testid="tab-refused" style={{ color: '#cf1322' }}>{`${p('tabRefused')}（${payroll.refusedLines}）`}</span>,
                    children: (
                      <>
                        <Alert type="warning" showIcon title={p('refusedHint')} style={{ marginBottom: 12 }} />
                        <PayrollLines payrollId={payroll.id} refreshKey={linesKey} refused />
                      </>
                    ),
                  },
                ]
              : []),
            ...(payroll.institutions.length > 0
              ? [{ key: 'institutions', label: `${p('tabInstitutions')}（${payroll.institutions.length}）`, children: <InstitutionTable institutions={payroll.institutions} /> }]
              : []),
            ...(payroll.kind === 'monthly'
              ? [{ key: 'stopped', label: `${p('tabStopped')}（${payroll.differences.stopped}）`, children: <StoppedTable payrollId={payroll.id} /> }]
              : []),
          ]}
        />
      </Card>
      {uploading && (
        <BankResultModal
          payrollId={payroll.id}
          onClose={(changed) => {
            setUploading(false);
            if (changed) {
              void load();
              setLinesKey((k) => k + 1);
            }
          }}
        />
      )}
    </>
  );
}
