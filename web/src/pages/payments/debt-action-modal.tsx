import { Alert, DatePicker, Form, Input, Select, Typography } from 'antd';
import dayjs from 'dayjs';
import { useEffect, useState } from 'react';
import { ApiError } from '../../api/client.ts';
import { fieldErrors } from '../../components/form-errors.ts';
import { ResponsiveModal } from '../../components/responsive-modal.tsx';
import { useI18n } from '../../i18n/index.tsx';
import { formatFen, yuanToFen } from '../policies/money.ts';
import { benefitsApi, type HouseholdBenefits } from '../registry/benefits-api.ts';
import { caseLabels } from '../cases/messages.ts';
import { debtApi, type Debt } from './debt-api.ts';
import { debtLabels, debtMessages } from './debt-messages.ts';
import { chinaToday } from '../../china-date.ts';

export type DebtAction = 'deduct' | 'repay' | 'writeOff';

interface Values {
  enrolmentId?: number;
  monthlyLimit?: string;
  reason?: string;
  method?: 'bank_transfer' | 'cash';
  amount?: string;
  paidOn?: dayjs.Dayjs;
  receiptNumber?: string;
  note?: string;
}
const FIELDS = ['enrolmentId', 'monthlyLimit', 'reason', 'method', 'amount', 'paidOn', 'receiptNumber', 'note'];

/** 抵扣 / 退还 / 核销 of one debt, as the API allows each role. */
export function DebtActionModal({ debt, action, onClose, onDone }: { debt: Debt; action: DebtAction; onClose(): void; onDone(d: Debt): void }) {
  const { lang, tx } = useI18n();
  const d = (key: keyof (typeof debtMessages)['zh-CN'], params?: Record<string, string | number>) => tx(debtMessages, key, params);
  const [form] = Form.useForm<Values>();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [live, setLive] = useState<HouseholdBenefits['enrolments'] | null>(null);
  const method = Form.useWatch('method', form);
  const required = [{ required: true, message: d('required') }];
  const amountRule = { validator: (_: unknown, v?: string) => (!v || (yuanToFen(v) ?? 0) > 0 ? Promise.resolve() : Promise.reject(new Error(d('amountInvalid')))) };

  useEffect(() => {
    if (action !== 'deduct') return;
    benefitsApi.benefits(debt.householdId).then(
      (b) => setLive(b.enrolments.filter((e) => e.id !== debt.enrolmentId && e.status === 'active')),
      () => setLive([]),
    );
  }, [action, debt.householdId, debt.enrolmentId]);

  const submit = async () => {
    setError(null);
    const v = await form.validateFields().catch(() => null);
    if (!v) return;
    setBusy(true);
    try {
      let r: Debt;
      if (action === 'deduct') r = await debtApi.deduct(debt.id, { enrolmentId: v.enrolmentId!, reason: v.reason!.trim(), ...(v.monthlyLimit ? { monthlyLimit: yuanToFen(v.monthlyLimit) ?? 0 } : {}) });
      else if (action === 'repay')
        r = await debtApi.repay(debt.id, {
          method: v.method!,
          amount: yuanToFen(v.amount) ?? 0,
          paidOn: v.paidOn!.format('YYYY-MM-DD'),
          ...(v.receiptNumber?.trim() ? { receiptNumber: v.receiptNumber.trim() } : {}),
          ...(v.note?.trim() ? { note: v.note.trim() } : {}),
        });
      else r = await debtApi.writeOff(debt.id, { reason: v.reason!.trim() });
      onDone(r);
    } catch (e) {
      if (!(e instanceof ApiError)) throw e;
      if (e.field && FIELDS.includes(e.field)) form.setFields(fieldErrors<Values>(e, FIELDS));
      else setError(e.message);
    } finally {
      setBusy(false);
    }
  };

  const title = action === 'deduct' ? d('deductTitle') : action === 'repay' ? d('repayTitle') : d('writeOffTitle');
  return (
    <ResponsiveModal open title={title} onOk={() => void submit()} confirmLoading={busy} onCancel={onClose} destroyOnHidden okButtonProps={{ disabled: action === 'deduct' && live !== null && live.length === 0 }}>
      <Typography.Paragraph>
        {debt.headName ?? `#${debt.householdId}`} · {d('outstanding')} {formatFen(debt.outstandingAmount)} 元
      </Typography.Paragraph>
      {error && <Alert type="error" showIcon title={error} style={{ marginBottom: 16 }} />}
      {action === 'deduct' && live !== null && live.length === 0 && <Alert type="warning" showIcon title={d('noLiveEnrolment')} style={{ marginBottom: 16 }} />}
      <Form form={form} layout="vertical" preserve={false} initialValues={{ method: 'bank_transfer', paidOn: chinaToday(), amount: (debt.outstandingAmount / 100).toFixed(2) }}>
        {action === 'deduct' && (
          <>
            <Form.Item name="enrolmentId" label={d('enrolment')} rules={required}>
              <Select loading={live === null} options={(live ?? []).map((e) => ({ value: e.id, label: `${caseLabels[lang].program[e.program] ?? e.program}${e.personName ? `（${e.personName}）` : ''} · ${formatFen(e.monthlyAmount)} 元/月` }))} />
            </Form.Item>
            <Form.Item name="monthlyLimit" label={d('monthlyLimit')} rules={[amountRule]}>
              <Input inputMode="decimal" />
            </Form.Item>
          </>
        )}
        {action === 'repay' && (
          <>
            <Form.Item name="method" label={d('method')} rules={required}>
              <Select options={(['bank_transfer', 'cash'] as const).map((m) => ({ value: m, label: debtLabels[lang].method[m] }))} />
            </Form.Item>
            <Form.Item name="amount" label={d('amount')} rules={[...required, amountRule]}>
              <Input inputMode="decimal" />
            </Form.Item>
            <Form.Item name="paidOn" label={d('paidOn')} rules={required}>
              <DatePicker style={{ width: '100%' }} allowClear={false} />
            </Form.Item>
            <Form.Item name="receiptNumber" label={d('receiptNumber')} rules={method === 'cash' ? required : []}>
              <Input maxLength={60} />
            </Form.Item>
            <Form.Item name="note" label={d('note')}>
              <Input.TextArea rows={2} maxLength={500} />
            </Form.Item>
          </>
        )}
        {(action === 'deduct' || action === 'writeOff') && (
          <Form.Item name="reason" label={action === 'writeOff' ? d('writeOffReason') : d('reason')} rules={required}>
            <Input.TextArea rows={3} maxLength={500} />
          </Form.Item>
        )}
      </Form>
    </ResponsiveModal>
  );
}
