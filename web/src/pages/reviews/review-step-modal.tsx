import { Alert, Checkbox, DatePicker, Form, Input, Radio, Select } from 'antd';
import dayjs from 'dayjs';
import { useState } from 'react';
import { ApiError } from '../../api/client.ts';
import { fieldErrors } from '../../components/form-errors.ts';
import { ResponsiveModal } from '../../components/responsive-modal.tsx';
import { yuanToFen } from '../policies/money.ts';
import { MonthPicker } from '../payments/month-picker.tsx';
import { nextMonth } from '../payments/months.ts';
import { needsCounty, REVIEW_OUTCOMES, REVIEW_STOP_REASONS, reviewsApi, type ReviewView } from './api.ts';
import { useReviewText } from './text.ts';
import { chinaToday } from '../../china-date.ts';

export type StepAction = 'record_visit' | 'complete_verification' | 'propose' | 'confirm';

interface Values {
  visitOn?: dayjs.Dayjs;
  notes?: string;
  verificationNeeded?: boolean;
  outcome?: string;
  monthlyAmount?: string;
  effectiveMonth?: string;
  stopReason?: string;
  memberFoundWork?: boolean;
  reason?: string;
  decision?: 'confirm' | 'return';
  comment?: string;
}

const FIELDS = ['visitOn', 'notes', 'outcome', 'monthlyAmount', 'effectiveMonth', 'stopReason', 'reason', 'decision', 'comment'];

/** One step of a review in a dialog (a drawer on a phone): the visit, the verification, the street's proposal, the county's decision. */
export function ReviewStepModal({ review, action, onClose, onDone }: { review: ReviewView; action: StepAction; onClose(): void; onDone(r: ReviewView): void }) {
  const { m, options } = useReviewText();
  const [form] = Form.useForm<Values>();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const outcome = Form.useWatch('outcome', form);
  const required = [{ required: true, message: m('required') }];

  const submit = async () => {
    setError(null);
    const v = await form.validateFields().catch(() => null);
    if (!v) return;
    setBusy(true);
    try {
      let r: ReviewView;
      if (action === 'record_visit') r = await reviewsApi.visit(review.id, { visitOn: v.visitOn!.format('YYYY-MM-DD'), notes: v.notes!.trim(), verificationNeeded: v.verificationNeeded ?? false });
      else if (action === 'complete_verification') r = await reviewsApi.verification(review.id, v.notes!.trim());
      else if (action === 'propose')
        r = await reviewsApi.propose(review.id, {
          outcome: v.outcome as (typeof REVIEW_OUTCOMES)[number],
          effectiveMonth: v.effectiveMonth!,
          reason: v.reason!.trim(),
          memberFoundWork: v.outcome === 'stop' && v.stopReason === 'income_rise' ? (v.memberFoundWork ?? false) : false,
          ...(v.outcome === 'raise' || v.outcome === 'lower' ? { monthlyAmount: yuanToFen(v.monthlyAmount) ?? 0 } : {}),
          ...(v.outcome === 'stop' ? { stopReason: v.stopReason as (typeof REVIEW_STOP_REASONS)[number] } : {}),
        });
      else r = await reviewsApi.confirm(review.id, { decision: v.decision!, ...(v.comment?.trim() ? { comment: v.comment.trim() } : {}) });
      onDone(r);
    } catch (e) {
      if (!(e instanceof ApiError)) throw e;
      if (e.field && FIELDS.includes(e.field)) form.setFields(fieldErrors<Values>(e, FIELDS));
      else setError(e.message);
    } finally {
      setBusy(false);
    }
  };

  const title = { record_visit: m('recordVisit'), complete_verification: m('recordVerification'), propose: m('propose'), confirm: m('confirmTitle') }[action];
  const amountRule = { validator: (_: unknown, value?: string) => (!value || yuanToFen(value) !== null ? Promise.resolve() : Promise.reject(new Error(m('required')))) };

  return (
    <ResponsiveModal open title={title} onOk={() => void submit()} confirmLoading={busy} onCancel={onClose} destroyOnHidden>
      {error && <Alert type="error" showIcon title={error} style={{ marginBottom: 16 }} data-testid="review-step-error" />}
      <Form
        form={form}
        name={`review-${action}`}
        layout="vertical"
        preserve={false}
        initialValues={{ visitOn: chinaToday(), verificationNeeded: false, effectiveMonth: nextMonth(chinaToday().format('YYYY-MM')), decision: 'confirm' }}
      >
        {action === 'record_visit' && (
          <>
            <Form.Item name="visitOn" label={m('visitOn')} rules={required}>
              <DatePicker style={{ width: '100%' }} allowClear={false} />
            </Form.Item>
            <Form.Item name="notes" label={m('notes')} rules={required}>
              <Input.TextArea rows={4} maxLength={5000} />
            </Form.Item>
            <Form.Item name="verificationNeeded" valuePropName="checked">
              <Checkbox>{m('verificationNeeded')}</Checkbox>
            </Form.Item>
          </>
        )}
        {action === 'complete_verification' && (
          <Form.Item name="notes" label={m('verificationNotes')} rules={required}>
            <Input.TextArea rows={4} maxLength={5000} />
          </Form.Item>
        )}
        {action === 'propose' && (
          <>
            <Form.Item name="outcome" label={m('outcome')} rules={required} extra={outcome && needsCounty(outcome) ? m('countyNeeded') : undefined}>
              <Select options={options('outcome', REVIEW_OUTCOMES)} data-testid="review-outcome" />
            </Form.Item>
            {(outcome === 'raise' || outcome === 'lower') && (
              <Form.Item name="monthlyAmount" label={m('newAmount')} rules={[...required, amountRule]}>
                <Input inputMode="decimal" />
              </Form.Item>
            )}
            {outcome === 'stop' && (
              <>
                <Form.Item name="stopReason" label={m('stopReason')} rules={required}>
                  <Select options={options('stopReason', REVIEW_STOP_REASONS)} data-testid="review-stop-reason" />
                </Form.Item>
                <Form.Item name="memberFoundWork" valuePropName="checked">
                  <Checkbox>{m('memberFoundWork')}</Checkbox>
                </Form.Item>
              </>
            )}
            <Form.Item name="effectiveMonth" label={m('effectiveMonth')} rules={required}>
              <MonthPicker allowClear={false} style={{ width: '100%' }} />
            </Form.Item>
            <Form.Item name="reason" label={m('reason')} rules={required}>
              <Input.TextArea rows={3} maxLength={1000} />
            </Form.Item>
          </>
        )}
        {action === 'confirm' && (
          <>
            <Form.Item name="decision" label={m('decision')} rules={required}>
              <Radio.Group
                options={[
                  { value: 'confirm', label: m('confirm') },
                  { value: 'return', label: m('return') },
                ]}
              />
            </Form.Item>
            <Form.Item name="comment" label={m('comment')}>
              <Input.TextArea rows={3} maxLength={1000} />
            </Form.Item>
          </>
        )}
      </Form>
    </ResponsiveModal>
  );
}
