import { FilePdfOutlined } from '@ant-design/icons';
import { Alert, App, Button, Card, Col, Descriptions, Flex, Result, Row, Skeleton, Space, Statistic, Steps, Tag } from 'antd';
import { useCallback, useEffect, useState } from 'react';
import { Link, useParams } from 'react-router';
import { ApiError } from '../../api/client.ts';
import { errorMessageOf } from '../../components/api-error-feedback.ts';
import { useI18n } from '../../i18n/index.tsx';
import { formatFen } from '../policies/money.ts';
import { REVIEW_STATES, reviewsApi, type ReviewView } from './api.ts';
import { ReviewStepModal, type StepAction } from './review-step-modal.tsx';
import { useReviewText } from './text.ts';

/**
 * 复核案件: the visit, the verification when needed, the street's proposal with the recalculated
 * amount beside the amount in force, and the county's confirmation of a lowering, suspension or
 * stop; once decided, the notice to the household (变更/停发通知书).
 */
export function ReviewPage() {
  const { id } = useParams();
  const { t } = useI18n();
  const { m, label } = useReviewText();
  const { message } = App.useApp();
  const [review, setReview] = useState<ReviewView | null>(null);
  const [missing, setMissing] = useState<string | null>(null);
  const [action, setAction] = useState<StepAction | null>(null);

  const load = useCallback(async () => {
    try {
      setReview(await reviewsApi.get(Number(id)));
    } catch (e) {
      if (e instanceof ApiError && (e.status === 404 || e.status === 403)) setMissing(e.message);
      else void message.error(errorMessageOf(e, t));
    }
  }, [id, message, t]);
  useEffect(() => void load(), [load]);

  if (missing) return <Result status="404" title={missing} />;
  if (!review) return <Skeleton active />;

  // 核对 shows as a step only when the visit asked for it.
  const steps = REVIEW_STATES.filter((s) => s !== 'verification' || review.verificationNeeded || review.state === 'verification');
  const needsConfirm = review.proposal ? ['lower', 'suspend', 'stop'].includes(review.proposal.outcome) : true;
  const shown = steps.filter((s) => s !== 'county_confirmation' || needsConfirm);
  const current = shown.indexOf(review.state as (typeof REVIEW_STATES)[number]);
  const recalc = review.recalculation as { eligible?: boolean; perCapitaIncome?: number | null } | null;
  const difference = review.recalculatedAmount === null ? null : review.recalculatedAmount - review.amountInForce;
  const actions = review.allowedActions.filter((a) => a !== 'return') as StepAction[];

  return (
    <Flex vertical gap={16}>
      <Card
        title={
          <Space wrap>
            {m('reviewTitle', { id: review.id })}
            <Tag color={review.state === 'decided' ? 'green' : review.state === 'county_confirmation' ? 'orange' : 'blue'} data-testid="review-state">
              {label('state', review.state)}
            </Tag>
          </Space>
        }
        extra={
          review.state === 'decided' && (
            <a href={reviewsApi.noticeUrl(review.id)} target="_blank" rel="noreferrer" data-testid="review-notice">
              <FilePdfOutlined /> {m('notice')}
            </a>
          )
        }
      >
        <Steps size="small" current={review.state === 'decided' ? shown.length - 1 : current} status={review.state === 'decided' ? 'finish' : 'process'} items={shown.map((s) => ({ title: label('state', s) }))} style={{ marginBottom: 16 }} responsive />
        <Descriptions size="small" column={{ xs: 1, sm: 2, lg: 3 }} bordered>
          <Descriptions.Item label={m('head')}>
            <Link to={`/households/${review.householdId}`}>{review.headName ?? `#${review.householdId}`}</Link>
          </Descriptions.Item>
          <Descriptions.Item label={m('program')}>{label('program', review.program)}</Descriptions.Item>
          <Descriptions.Item label={m('category')}>{review.category ?? '—'}</Descriptions.Item>
          <Descriptions.Item label={m('enrolment')}>
            <Link to={`/enrolments/${review.enrolmentId}`}>#{review.enrolmentId}</Link>
          </Descriptions.Item>
          <Descriptions.Item label={m('dueDate')}>{review.dueDate}</Descriptions.Item>
          {review.campaignId !== null && (
            <Descriptions.Item label={m('campaign')}>
              <Link to={`/review-campaigns/${review.campaignId}`}>#{review.campaignId}</Link>
            </Descriptions.Item>
          )}
        </Descriptions>
        {actions.length > 0 && (
          <Space wrap style={{ marginTop: 16 }}>
            {actions.map((a) => (
              <Button key={a} type="primary" onClick={() => setAction(a)} data-testid={`review-action-${a}`}>
                {a === 'record_visit' ? m('recordVisit') : a === 'complete_verification' ? m('recordVerification') : a === 'propose' ? m('propose') : m('confirmTitle')}
              </Button>
            ))}
          </Space>
        )}
      </Card>
      <Card size="small" title={m('amountInForce') + ' / ' + m('recalculated')}>
        <Row gutter={[16, 16]}>
          <Col xs={12} md={6}>
            <Statistic title={m('amountInForce')} value={formatFen(review.amountInForce)} suffix="元" />
          </Col>
          <Col xs={12} md={6}>
            <Statistic title={m('recalculated')} value={review.recalculatedAmount === null ? m('recalculatedNone') : formatFen(review.recalculatedAmount)} suffix={review.recalculatedAmount === null ? undefined : '元'} data-testid="review-recalculated" />
          </Col>
          <Col xs={12} md={6}>
            <Statistic title={m('difference')} value={difference === null ? '—' : formatFen(difference)} valueStyle={{ color: difference !== null && difference < 0 ? '#cf1322' : undefined }} />
          </Col>
          {recalc && recalc.eligible !== undefined && (
            <Col xs={12} md={6}>
              <Statistic title={m('perCapitaIncome')} value={recalc.perCapitaIncome == null ? '—' : formatFen(recalc.perCapitaIncome)} />
              <Tag color={recalc.eligible ? 'green' : 'red'}>{recalc.eligible ? m('eligible') : m('notEligible')}</Tag>
            </Col>
          )}
        </Row>
      </Card>
      {(review.visit || review.verificationNotes || review.proposal) && (
        <Card size="small" title={m('progress')}>
          <Descriptions size="small" column={1} bordered>
            {review.visit && (
              <Descriptions.Item label={m('visit')}>
                {review.visit.on}：{review.visit.notes}
              </Descriptions.Item>
            )}
            {review.verificationNotes && <Descriptions.Item label={m('verification')}>{review.verificationNotes}</Descriptions.Item>}
            {review.proposal && (
              <Descriptions.Item label={m('proposal')}>
                <Space direction="vertical" size={2}>
                  <span data-testid="review-outcome-text">
                    {label('outcome', review.proposal.outcome)}
                    {review.proposal.monthlyAmount !== null ? `：${formatFen(review.proposal.monthlyAmount)} 元/月` : ''}
                    {review.proposal.stopReason ? `（${label('stopReason', review.proposal.stopReason)}）` : ''}
                    {review.proposal.effectiveMonth ? `，${m('effectiveMonth')} ${review.proposal.effectiveMonth}` : ''}
                  </span>
                  {review.proposal.reason && <span>{review.proposal.reason}</span>}
                </Space>
              </Descriptions.Item>
            )}
            {review.gradualExitUntil && <Descriptions.Item label={m('gradualExitUntil')}>{review.gradualExitUntil}</Descriptions.Item>}
            {review.decidedOn && <Descriptions.Item label={m('decidedOn')}>{review.decidedOn}</Descriptions.Item>}
          </Descriptions>
          {review.state === 'county_confirmation' && <Alert type="warning" showIcon title={m('countyNeeded')} style={{ marginTop: 12 }} />}
        </Card>
      )}
      {action && (
        <ReviewStepModal
          review={review}
          action={action}
          onClose={() => setAction(null)}
          onDone={(r) => {
            setAction(null);
            setReview(r);
            void message.success(m('done'));
          }}
        />
      )}
    </Flex>
  );
}
