import { Alert, App, Checkbox, Form, Modal, Select, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { useNavigate } from 'react-router';
import { ApiError } from '../../api/client.ts';
import { AreaTreeSelect } from '../../components/area-tree-select.tsx';
import { fieldErrors } from '../../components/form-errors.ts';
import { useSession } from '../../session.tsx';
import { PAYROLL_PROGRAMS, paymentsApi, type PaymentPeriod, type Payroll } from './api.ts';
import { usePaymentText } from './labels.ts';
import { MonthPicker } from './month-picker.tsx';
import { nextMonth } from './months.ts';
import { chinaToday } from '../../china-date.ts';

interface Values {
  program: string;
  areaCode: string;
  month: string;
  twoMonths?: boolean;
}

/** Errors about fields the form does not show go on the month. */
const FIELDS = ['month', 'program', 'areaCode', 'twoMonths'];

/**
 * After a create call: open the payroll, saying whether it was made now or already existed
 * (the API answers 200 with the existing one; a payroll is produced once).
 */
export function useOpenCreated() {
  const { p } = usePaymentText();
  const { message } = App.useApp();
  const navigate = useNavigate();
  return ({ payroll, existed }: { payroll: Payroll; existed: boolean }) => {
    if (existed) void message.info(p('exists'));
    else void message.success(p('created'));
    navigate(`/payrolls/${payroll.id}`);
  };
}

/** 生成名册: program, area (the user's by default), month, and 两月合发 for the next month too. */
export function GeneratePayrollModal({ onClose }: { onClose(): void }) {
  const { p, programOptions, label, lang } = usePaymentText();
  const { user } = useSession();
  const [form] = Form.useForm<Values>();
  const month = Form.useWatch('month', form);
  const program = Form.useWatch('program', form);
  const areaCode = Form.useWatch('areaCode', form);
  // 发放周期: a quarterly program's payroll pays the quarter's months, whichever is chosen.
  const [period, setPeriod] = useState<{ period: PaymentPeriod; months: string[] } | null>(null);
  useEffect(() => {
    if (!program || !areaCode || !month) return;
    let live = true;
    paymentsApi.period({ program, areaCode, month }).then(
      (r) => live && setPeriod(r),
      () => live && setPeriod(null),
    );
    return () => {
      live = false;
    };
  }, [program, areaCode, month]);
  const periodic = period !== null && period.period !== 'monthly';
  const openCreated = useOpenCreated();
  const { message } = App.useApp();

  const submit = async () => {
    // A field the form itself refuses shows its message there; nothing to send.
    const v = await form.validateFields().catch(() => null);
    if (!v) return;
    try {
      openCreated(await paymentsApi.createPayroll({ program: v.program, areaCode: v.areaCode, month: v.month, ...(v.twoMonths && !periodic ? { months: [v.month, nextMonth(v.month)] } : {}) }));
      onClose();
    } catch (e) {
      if (!(e instanceof ApiError)) throw e;
      // `months` is what the 两月合发 box sends.
      const field = e.field?.startsWith('months') ? 'twoMonths' : e.field;
      if (field) form.setFields(fieldErrors<Values>(new ApiError(e.status, e.code, e.message, field), FIELDS));
      else void message.error(e.message);
    }
  };

  return (
    <Modal open title={p('generate')} okText={p('generate')} onOk={() => void submit()} onCancel={onClose} destroyOnHidden>
      <Typography.Paragraph type="secondary">{p('generateHint')}</Typography.Paragraph>
      <Form form={form} name="generate-payroll" layout="vertical" preserve={false} initialValues={{ program: 'dibao', areaCode: user.areaCode, month: chinaToday().format('YYYY-MM') }}>
        <Form.Item name="program" label={p('program')} rules={[{ required: true, message: p('required') }]}>
          <Select showSearch={{ optionFilterProp: 'label' }} options={programOptions(PAYROLL_PROGRAMS)} />
        </Form.Item>
        <Form.Item name="areaCode" label={p('area')} rules={[{ required: true, message: p('required') }]}>
          <AreaTreeSelect />
        </Form.Item>
        <Form.Item name="month" label={p('month')} rules={[{ required: true, message: p('required') }]}>
          <MonthPicker allowClear={false} style={{ width: 200 }} />
        </Form.Item>
        {period && (
          <Alert
            data-testid="payroll-period-hint"
            type={periodic ? 'info' : 'success'}
            showIcon
            style={{ marginBottom: 16 }}
            title={`${p('period')}：${label('period', period.period)}`}
            description={periodic ? p('periodHint', { period: label('period', period.period), months: period.months.join(lang === 'en' ? ', ' : '、') }) : undefined}
          />
        )}
        {!periodic && (
          <Form.Item name="twoMonths" valuePropName="checked" extra={month ? p('twoMonthsHint', { month, next: nextMonth(month) }) : undefined}>
            <Checkbox>{p('twoMonths')}</Checkbox>
          </Form.Item>
        )}
      </Form>
    </Modal>
  );
}
