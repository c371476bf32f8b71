import { Alert, App, DatePicker, Form, Input, Modal, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import { useMemo, useState } from 'react';
import { ApiError } from '../../api/client.ts';
import { fieldErrors } from '../../components/form-errors.ts';
import { policiesApi, type PolicyKey } from './api.ts';
import { parameterDef } from './parameter-catalog.ts';
import { fromFormValue, ParameterValueInput, toFormValue, valueRules, type FormValue } from './parameter-value-input.tsx';
import { usePolicyText } from './use-policy-text.ts';
import { chinaToday } from '../../china-date.ts';

interface Props {
  areaCode: string;
  areaLabel: string;
  parameterKey: PolicyKey;
  currentValue: unknown;
  onClose(): void;
  onSaved(): void;
}

interface Values {
  effectiveFrom: Dayjs;
  value: FormValue;
  note?: string;
}

const FIELDS = ['value', 'effectiveFrom', 'note'];

/** 调整: a new version of one parameter for the area, from a date, with its 文号. */
export function AdjustParameterModal({ areaCode, areaLabel, parameterKey, currentValue, onClose, onSaved }: Props) {
  const pt = usePolicyText();
  const { p } = pt;
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const [saving, setSaving] = useState(false);
  const [formError, setFormError] = useState<string | null>(null);
  const { kind } = parameterDef(parameterKey);
  const label = pt.paramLabel(parameterKey);
  const initialValues = useMemo(() => ({ effectiveFrom: chinaToday(), value: toFormValue(kind, currentValue), note: '' }), [kind, currentValue]);

  const save = async (v: Values) => {
    setSaving(true);
    setFormError(null);
    const effectiveFrom = v.effectiveFrom.format('YYYY-MM-DD');
    const value = fromFormValue(kind, v.value);
    try {
      await policiesApi.setParameter(areaCode, { key: parameterKey, effectiveFrom, value, note: v.note?.trim() || undefined });
      void message.success(p('adjust.saved', { label, date: effectiveFrom, value: pt.valueText(parameterKey, value) }));
      onSaved();
    } catch (e) {
      if (!(e instanceof ApiError)) throw e;
      if (e.field) form.setFields(fieldErrors(e, FIELDS) as Parameters<typeof form.setFields>[0]);
      else setFormError(e.message);
    } finally {
      setSaving(false);
    }
  };

  return (
    <Modal
      open
      title={p('adjust.title', { label })}
      okText={p('adjust.submit')}
      onOk={() => form.submit()}
      confirmLoading={saving}
      onCancel={onClose}
      width={kind.type === 'tiers' || kind.type === 'careGrades' || kind.type === 'incomeTypes' || kind.type === 'programNumbers' || kind.type === 'programShares' || kind.type === 'programPeriods' ? 640 : 520}
      destroyOnHidden
    >
      <Typography.Paragraph type="secondary">{p('adjust.scope', { area: areaLabel })}</Typography.Paragraph>
      <Typography.Paragraph>{p('adjust.current', { value: pt.valueText(parameterKey, currentValue) })}</Typography.Paragraph>
      {formError && <Alert type="error" showIcon title={formError} style={{ marginBottom: 16 }} />}
      <Form form={form} layout="vertical" initialValues={initialValues} onFinish={save} data-testid="adjust-form">
        <Form.Item name="effectiveFrom" label={p('adjust.effectiveFrom')} rules={[{ required: true, message: p('adjust.required', { label: p('adjust.effectiveFrom') }) }]}>
          <DatePicker allowClear={false} />
        </Form.Item>
        <Form.Item
          name="value"
          label={p('adjust.value')}
          rules={valueRules(parameterKey, kind, pt)}
          extra={kind.type === 'rate' || kind.type === 'rateGroup' ? p('adjust.rateHint') : kind.type === 'tiers' || kind.type === 'careGrades' ? p('adjust.jsonHint') : undefined}
        >
          <ParameterValueInput parameterKey={parameterKey} kind={kind} pt={pt} />
        </Form.Item>
        <Form.Item name="note" label={p('adjust.note')}>
          <Input maxLength={500} placeholder={p('adjust.notePlaceholder')} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
