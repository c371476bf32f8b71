import { Alert, App, Button, Card, Col, Descriptions, Form, Grid, Input, Row, Space, Spin, Tag, Tooltip, Typography } from 'antd';
import { useCallback, useEffect, useState } from 'react';
import { Link, useParams } from 'react-router';
import { ApiError } from '../../api/client.ts';
import { policyVersionText } from '../../components/policy-version.ts';
import { ResponsiveModal } from '../../components/responsive-modal.tsx';
import { useI18n } from '../../i18n/index.tsx';
import { useSession } from '../../session.tsx';
import { yuan } from '../registry/labels.ts';
import { CASE_PAPERS, paperUrls } from '../../api/papers.ts';
import { PrintMenu } from '../../components/print-menu.tsx';
import { casesApi, decisionPdfUrl, noticePdfUrl, publicNoticeUrl, type CaseAction, type CaseView } from './api.ts';
import { ActionModal } from './action-modal.tsx';
import { CaseSteps } from './case-steps.tsx';
import { CaseTimeline } from './case-timeline.tsx';
import { CurrentCalculation, useCurrentCalculation } from './current-calculation.tsx';
import { DueCell } from './due-cell.tsx';
import { useCaseText } from './labels.ts';
import { ObjectionsCard } from './objections-card.tsx';
import { RecordsCard } from './records-card.tsx';
import { FindingsCard } from '../verification/findings-card.tsx';

const CLOSED = ['approved', 'rejected', 'withdrawn'];
/** Actions that move the case on come first and look primary; the others are secondary. */
const SECONDARY: readonly CaseAction[] = ['reject', 'return', 'withdraw', 'appeal', 'pay_urgent'];

/** 案件: where the case stands, on its legal clock, with what this user may do next. */
export function CasePage() {
  const { id } = useParams();
  const caseId = Number(id);
  const { c, label } = useCaseText();
  const { lang } = useI18n();
  const { user } = useSession();
  const { message } = App.useApp();
  const [view, setView] = useState<CaseView | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [action, setAction] = useState<CaseAction | null>(null);
  const [extending, setExtending] = useState(false);
  const [extendForm] = Form.useForm<{ reason: string }>();
  // On a phone the actions go under the title and the details read label above value.
  const narrow = !Grid.useBreakpoint().md;

  const current = useCurrentCalculation(view);
  const load = useCallback(async () => {
    try {
      setView(await casesApi.get(caseId));
    } catch (e) {
      setError(e instanceof ApiError ? e.message : String(e));
    }
  }, [caseId]);
  useEffect(() => void load(), [load]);
  // A visit record kept offline and sent later shows up here once the server has it.
  useEffect(() => {
    const sent = (e: Event) => {
      if ((e as CustomEvent<{ caseId: number }>).detail.caseId !== caseId) return;
      message.success({ content: c('sentLater'), key: 'outbox' });
      void load();
    };
    window.addEventListener('minzheng:record-sent', sent);
    return () => window.removeEventListener('minzheng:record-sent', sent);
  }, [caseId, load, message, c]);

  if (error) return <Card>{error}</Card>;
  if (!view) return <Spin style={{ display: 'block', marginTop: 80 }} />;

  const canExtend =
    (user.role === 'street_reviewer' || user.role === 'county_approver') && view.clock.acceptedOn && !CLOSED.includes(view.state) && !view.events.some((e) => e.action === 'extend');
  const primary = view.allowedActions.filter((a) => !SECONDARY.includes(a));
  const secondary = view.allowedActions.filter((a) => SECONDARY.includes(a));

  const extend = async () => {
    const { reason } = await extendForm.validateFields();
    try {
      setView(await casesApi.extend(view.id, reason));
      setExtending(false);
      message.success(c('saved'));
    } catch (e) {
      if (e instanceof ApiError) message.error(e.message);
      else throw e;
    }
  };

  const actions = (
    <Space wrap data-testid="case-actions">
      {primary.map((a) =>
        a === 'close_notice' && view.notice && !view.notice.over ? (
          // The public gets the notice's full days (per program); the button waits for them.
          <Tooltip key={a} title={c('noticeRunsUntil', { date: view.notice.closesOn })}>
            <Button type="primary" disabled>
              {label('action', a)}
            </Button>
          </Tooltip>
        ) : (
          <Button key={a} type="primary" onClick={() => setAction(a)}>
            {label('action', a)}
          </Button>
        ),
      )}
      {secondary.map((a) => (
        <Button key={a} danger={a === 'reject' || a === 'withdraw'} onClick={() => setAction(a)}>
          {label('action', a)}
        </Button>
      ))}
      {canExtend && <Button onClick={() => setExtending(true)}>{c('extend')}</Button>}
      <PrintMenu testId="case-print" items={CASE_PAPERS.map((k) => ({ key: k, href: paperUrls.casePaper(view.id, k) }))} />
    </Space>
  );

  return (
    <>
      <Card
        title={
          <Space wrap>
            <span>{c('caseTitle', { id: view.id })}</span>
            <span>{label('program', view.program)}</span>
            <Tag color={view.state === 'approved' ? 'green' : view.state === 'rejected' || view.state === 'withdrawn' ? 'default' : 'blue'} data-testid="case-state">
              {label('state', view.state)}
            </Tag>
            {view.relativeFlagged && <Tag color="orange">{c('relativeFlag')}</Tag>}
          </Space>
        }
        extra={narrow ? undefined : actions}
        style={{ marginBottom: 16 }}
      >
        {narrow && <div style={{ marginBottom: 16 }}>{actions}</div>}
        <CaseSteps view={view} />
        <IntakeAlert view={view} role={user.role} />
        {view.relativeFlagged && (
          <Alert
            type="warning"
            showIcon
            style={{ marginBottom: 16 }}
            message={view.relativeReview ? c('relativeReviewed', { text: view.relativeReview.review }) : c('relativeWarning')}
          />
        )}
        <Descriptions size="small" bordered layout={narrow ? 'vertical' : 'horizontal'} column={{ xs: 1, sm: 2, lg: 3 }} styles={{ label: { whiteSpace: 'nowrap' } }}>
          <Descriptions.Item label={c('household')}>
            <Link to={`/households/${view.householdId}`}>
              {view.headName ?? view.householdId}
            </Link>
            {view.subjectName && view.subjectName !== view.headName && <>{'　'}{c('subject')}：{view.subjectName}</>}
            {'　'}
            {view.areaName}
          </Descriptions.Item>
          <Descriptions.Item label={c('acceptedOn')}>
            <span style={{ whiteSpace: 'nowrap' }}>{view.clock.acceptedOn ?? c('notAccepted')}</span>
          </Descriptions.Item>
          <Descriptions.Item label={c('dueOn')}>
            <span data-testid="case-due">
              <DueCell dueOn={view.clock.dueOn} overdue={view.clock.overdue} workingDaysLeft={view.clock.workingDaysLeft} closed={CLOSED.includes(view.state)} />
            </span>
            {!view.clock.scheduleKnown && view.clock.dueOn && !CLOSED.includes(view.state) && (
              <div>
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                  {c('scheduleUnknown')}
                </Typography.Text>
              </div>
            )}
          </Descriptions.Item>
          {view.investigation && (
            <Descriptions.Item label={c('investigationDue')}>
              <span data-testid="case-investigation-due">
                <Typography.Text type={view.investigation.overdue || view.investigation.late ? 'danger' : undefined} strong={view.investigation.overdue}>
                  {view.investigation.dueOn}
                </Typography.Text>
                {'　'}
                {view.investigation.startedOn ? (
                  <Typography.Text type={view.investigation.late ? 'danger' : 'secondary'}>{c(view.investigation.late ? 'investigationLate' : 'investigationStarted', { date: view.investigation.startedOn })}</Typography.Text>
                ) : view.investigation.overdue ? (
                  <Tag color="red">{c('investigationOverdueTag')}</Tag>
                ) : null}
              </span>
            </Descriptions.Item>
          )}
          {view.rejectionNotice && (
            <Descriptions.Item label={c('rejectionNoticeDue')}>
              <span data-testid="case-rejection-notice-due">{c('rejectionNoticeBy', { date: view.rejectionNotice.dueOn })}</span>
            </Descriptions.Item>
          )}
          <Descriptions.Item label={c('amount')}>
            {view.calculatedAmount !== null ? (
              <Space size={4}>
                <Typography.Text strong>{c('amountMonthly', { amount: yuan(view.calculatedAmount) })}</Typography.Text>
                {view.policyVersion !== null && <Typography.Text type="secondary">（{policyVersionText(view.policyVersion, lang)}）</Typography.Text>}
              </Space>
            ) : (
              <CurrentCalculation result={current} />
            )}
          </Descriptions.Item>
          <Descriptions.Item label={c('category')}>{view.category ? `${view.category} 类` : '—'}</Descriptions.Item>
          <Descriptions.Item label={c('democraticReview')}>{view.democraticReview ? c('yes') : c('no')}</Descriptions.Item>
          {view.urgentAmount !== null && <Descriptions.Item label={c('urgentAmount')}>{yuan(view.urgentAmount)} 元</Descriptions.Item>}
          {view.temporary && (
            <Descriptions.Item label={c('temporaryTitle')} span="filled">
              <span data-testid="case-temporary">
                <Tag>{label('temporaryType', view.temporary.type)}</Tag>
                {label('temporaryEvent', view.temporary.event)}
                {'　'}
                {c('requestedAmount')}：{yuan(view.temporary.requestedAmount ?? 0)} 元
                {view.temporary.eventDescription && (
                  <Typography.Paragraph type="secondary" style={{ margin: '4px 0 0' }}>
                    {view.temporary.eventDescription}
                  </Typography.Paragraph>
                )}
              </span>
            </Descriptions.Item>
          )}
          <Descriptions.Item label={c('checklist')} span="filled">
            {view.checklist.length ? view.checklist.map((i) => <Tag key={i}>{label('checklist', i)}</Tag>) : '—'}
          </Descriptions.Item>
        </Descriptions>
      </Card>

      {view.notice && (
        <Card size="small" title={c('noticeTitle')} style={{ marginBottom: 16 }} data-testid="case-notice">
          <Descriptions size="small" column={{ xs: 1, md: 3 }}>
            <Descriptions.Item label={c('noticePeriodLabel')}>
              {c('noticePeriod', { from: view.notice.openedOn, to: view.notice.closesOn })}
              {view.notice.rounds > 1 && <Tag style={{ marginInlineStart: 8 }}>{c('noticeRound', { round: view.notice.round, rounds: view.notice.rounds })}</Tag>}
            </Descriptions.Item>
            <Descriptions.Item label={c('noticeEntry')} span={2}>
              {view.notice.maskedName}　{view.notice.maskedIdNumber}
              {view.notice.monthlyAmount !== null && `　${c(view.program === 'temporary' ? 'amountOnce' : 'amountMonthly', { amount: yuan(view.notice.monthlyAmount) })}`}
            </Descriptions.Item>
          </Descriptions>
          {view.notices.length > 1 && (
            <Typography.Paragraph type="secondary" data-testid="case-notice-rounds">
              {c('noticeRounds')}：
              {view.notices.map((n) => `${c('noticeRound', { round: n.round, rounds: n.rounds })} ${c('noticePeriod', { from: n.openedOn, to: n.closesOn })}`).join('；')}
            </Typography.Paragraph>
          )}
          <Space wrap>
            <a href={noticePdfUrl(view.areaCode)} target="_blank" rel="noreferrer">
              {c('noticePdf')}
            </a>
            <a href={publicNoticeUrl(view.areaCode)} target="_blank" rel="noreferrer">
              {c('noticePage')}
            </a>
            <a href="/public" target="_blank" rel="noreferrer">
              {c('publicPage')}
            </a>
          </Space>
        </Card>
      )}

      {view.decisionText && (
        <Card size="small" title={c('decision')} style={{ marginBottom: 16 }} extra={<a href={decisionPdfUrl(view.id)} target="_blank" rel="noreferrer">{c('decisionPdf')}</a>}>
          <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', marginBottom: 0 }}>{view.decisionText}</Typography.Paragraph>
        </Card>
      )}

      <Row gutter={[16, 16]}>
        <Col xs={24} lg={14}>
          <FindingsCard view={view} onChange={setView} />
          {(view.path === 'full' || view.records.length > 0) && <RecordsCard view={view} onChange={setView} />}
          {(view.notice || view.objections.length > 0) && <ObjectionsCard view={view} onChange={setView} />}
        </Col>
        <Col xs={24} lg={10}>
          <CaseTimeline view={view} />
        </Col>
      </Row>

      <ActionModal
        key={action ?? 'none'}
        view={view}
        action={action}
        onClose={() => setAction(null)}
        onDone={(v) => {
          setAction(null);
          setView(v);
        }}
      />
      <ResponsiveModal open={extending} title={c('extend')} onOk={() => void extend()} onCancel={() => setExtending(false)} destroyOnHidden>
        <Typography.Paragraph type="secondary">{c('extendHint', { days: view.rules.extendedWorkingDays })}</Typography.Paragraph>
        <Form form={extendForm} layout="vertical" preserve={false}>
          <Form.Item name="reason" label={c('extendReason')} rules={[{ required: true, whitespace: true }]}>
            <Input.TextArea rows={3} />
          </Form.Item>
        </Form>
      </ResponsiveModal>
    </>
  );
}

/**
 * 一门受理: where the file stands before and after the street's acceptance — waiting at the
 * owning street (the community sees 已转街道), or taken at another street's window.
 */
function IntakeAlert({ view, role }: { view: CaseView; role: string }) {
  const { c } = useCaseText();
  const { intake } = view;
  if (!intake.handledHere) return <Alert type="info" showIcon style={{ marginBottom: 16 }} data-testid="case-intake" message={c('viewOnly', { street: intake.owningStreetName })} />;
  const lines: string[] = [];
  if (intake.awaitingStreet) lines.push(role === 'street_reviewer' ? c('awaitingStreetHere') : c('awaitingStreet', { street: intake.owningStreetName }));
  if (intake.forwarded) lines.push(c('forwardedFrom', { from: intake.receivingStreetName, to: intake.owningStreetName }));
  if (lines.length === 0) return null;
  return <Alert type={intake.awaitingStreet ? 'warning' : 'info'} showIcon style={{ marginBottom: 16 }} data-testid="case-intake" message={lines.join('；')} />;
}
