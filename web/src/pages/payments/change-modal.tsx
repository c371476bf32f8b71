import { Form, Input, Modal, Radio, Select, Alert } from 'antd';
import { useState } from 'react';
import { ApiError } from '../../api/client.ts';
import { fieldErrors } from '../../components/form-errors.ts';
import { fenToYuanInput, yuanToFen } from '../policies/money.ts';
import { AMOUNT_REASONS, RESUME_REASONS, STOP_REASONS, SUSPEND_REASONS, paymentsApi, type Adjustment, type ChangeInput, type ChangeKind, type EnrolmentView } from './api.ts';
import { usePaymentText } from './labels.ts';
import { MonthPicker } from './month-picker.tsx';
import { nextMonth } from './months.ts';
import { useSession } from '../../session.tsx';
import { chinaToday } from '../../china-date.ts';

interface Values {
  kind: ChangeKind;
  effectiveMonth: string;
  monthlyAmount?: string;
  reasonCode: string;
  reason: string;
  recoveryMonthlyLimit?: string;
}

const FIELDS = ['reason', 'kind', 'effectiveMonth', 'monthlyAmount', 'reasonCode', 'recoveryMonthlyLimit'];

/** The changes an enrolment in this status can take. */
function kindsFor(status: EnrolmentView['status']): ChangeKind[] {
  if (status === 'active') return ['amount', 'suspend', 'stop'];
  if (status === 'suspended') return ['resume', 'stop'];
  return [];
}

/** The reason codes the server takes for each kind of change. */
const REASONS: Record<ChangeKind, readonly string[]> = { amount: AMOUNT_REASONS, suspend: SUSPEND_REASONS, resume: RESUME_REASONS, stop: STOP_REASONS };

/**
 * 变更: amount, suspension, resumption or stop from a month. A decision reaching back into
 * months already paid produces back pay (补发) or a recovery (追回); the answer says which.
 */
export function ChangeModal({ view, onClose, onDone }: { view: EnrolmentView; onClose(): void; onDone(adjustment: Adjustment | null): void }) {
  const { p, label, options } = usePaymentText();
  const [form] = Form.useForm<Values>();
  const [error, setError] = useState<string | null>(null);
  const { access } = useSession();
  // 停发 is the county's (exits are confirmed one level up): a street proposes it through a review.
  const kinds = kindsFor(view.status).filter((k) => k !== 'stop' || access.approvePayrolls);
  const kind = Form.useWatch('kind', form) ?? kinds[0];
  const effectiveMonth = Form.useWatch('effectiveMonth', form);
  const lastPaid = view.payments.reduce<string | null>((m, pay) => (m === null || pay.forMonth > m ? pay.forMonth : m), null);
  // A limit matters only when the change takes money back from months already paid.
  const mayRecover = kind !== 'resume' && lastPaid !== null && effectiveMonth !== undefined && effectiveMonth <= lastPaid;

  const submit = async () => {
    setError(null);
    // A field the form itself refuses shows its message there; nothing to send.
    const v = await form.validateFields().catch(() => null);
    if (!v) return;
    const body: ChangeInput = { kind: v.kind, effectiveMonth: v.effectiveMonth, reasonCode: v.reasonCode, reason: v.reason.trim() };
    if (v.kind === 'amount') body.monthlyAmount = yuanToFen(v.monthlyAmount) ?? 0;
    if (mayRecover && v.recoveryMonthlyLimit) body.recoveryMonthlyLimit = yuanToFen(v.recoveryMonthlyLimit) ?? 0;
    try {
      const res = await paymentsApi.change(view.id, body);
      onDone(res.adjustment);
    } catch (e) {
      if (!(e instanceof ApiError)) throw e;
      if (e.field && FIELDS.includes(e.field.split('.')[0] ?? '')) form.setFields(fieldErrors<Values>(e, FIELDS));
      else setError(e.message);
    }
  };

  const amountRule = {
    validator: (_: unknown, value?: string) => (!value || yuanToFen(value) !== null ? Promise.resolve() : Promise.reject(new Error(p('amountInvalid')))),
  };

  return (
    <Modal open title={p('changeTitle')} okText={p('changeAction')} onOk={() => void submit()} onCancel={onClose} destroyOnHidden width={560}>
      {error && <Alert type="error" showIcon title={error} style={{ marginBottom: 16 }} data-testid="change-error" />}
      <Form
        form={form}
        name="enrolment-change"
        layout="vertical"
        preserve={false}
        initialValues={{ kind: kinds[0], effectiveMonth: nextMonth(chinaToday().format('YYYY-MM')), monthlyAmount: fenToYuanInput(view.monthlyAmount) }}
        onValuesChange={(changed: Partial<Values>) => {
          if (changed.kind) form.setFieldValue('reasonCode', undefined);
        }}
      >
        <Form.Item name="kind" label={p('changeKind')} rules={[{ required: true, message: p('required') }]}>
          <Radio.Group optionType="button" options={kinds.map((k) => ({ value: k, label: label('changeKind', k) }))} />
        </Form.Item>
        <Form.Item name="effectiveMonth" label={p('effectiveMonth')} rules={[{ required: true, message: p('required') }]}>
          <MonthPicker allowClear={false} style={{ width: 200 }} />
        </Form.Item>
        {kind === 'amount' && (
          <Form.Item name="monthlyAmount" label={p('newAmount')} rules={[{ required: true, message: p('required') }, amountRule]}>
            <Input inputMode="decimal" style={{ width: 200 }} suffix="元" />
          </Form.Item>
        )}
        <Form.Item name="reasonCode" label={p('reasonCode')} rules={[{ required: true, message: p('required') }]}>
          <Select style={{ width: 260 }} options={options('reasonCode', REASONS[kind])} />
        </Form.Item>
        <Form.Item name="reason" label={p('reasonText')} rules={[{ required: true, whitespace: true, message: p('required') }]}>
          <Input.TextArea rows={3} maxLength={500} />
        </Form.Item>
        {mayRecover && (
          <Form.Item name="recoveryMonthlyLimit" label={p('recoveryLimit')} extra={p('recoveryLimitHint')} rules={[amountRule]}>
            <Input inputMode="decimal" style={{ width: 200 }} suffix="元" />
          </Form.Item>
        )}
      </Form>
    </Modal>
  );
}
