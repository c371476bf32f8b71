import { Alert, App, Checkbox, Form, Input, InputNumber, Radio, Select } from 'antd';
import { useState } from 'react';
import { ApiError } from '../../api/client.ts';
import { fieldErrors } from '../../components/form-errors.ts';
import { ResponsiveModal } from '../../components/responsive-modal.tsx';
import { toFen } from '../registry/labels.ts';
import { casesApi, type CaseAction, type CaseView, type TransitionInput } from './api.ts';
import { useCaseText } from './labels.ts';

/** Actions that must say why (the law asks for a reason the applicant can read). */
const COMMENT_REQUIRED: readonly CaseAction[] = ['reject', 'return', 'withdraw', 'appeal'];

const FIELDS = ['comment', 'amount', 'upheld', 'category', 'relativeReview'];

interface Values {
  comment?: string;
  amount?: number;
  upheld?: boolean;
  caseByCaseDecision?: boolean;
  category?: 'A' | 'B' | 'C';
  relativeReview?: string;
}

/** One workflow action: asks for what that action needs, then posts the transition. */
export function ActionModal({ view, action, onClose, onDone }: { view: CaseView; action: CaseAction | null; onClose(): void; onDone(v: CaseView): void }) {
  const { c, label } = useCaseText();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const [error, setError] = useState<string | null>(null);
  // A slow answer must not invite a second click (a second transition would be refused as illegal).
  const [busy, setBusy] = useState(false);
  if (!action) return null;

  const needsAmount = action === 'pay_urgent' || (action === 'street_approve' && view.program === 'temporary');
  const isConfirm = action === 'confirm' || (action === 'decide_appeal');
  const commentRequired = COMMENT_REQUIRED.includes(action);

  const submit = async () => {
    setError(null);
    const v = await form.validateFields();
    const body: TransitionInput = { action };
    if (v.comment) body.comment = v.comment;
    if (needsAmount && v.amount !== undefined && v.amount !== null) body.amount = toFen(v.amount);
    if (action === 'decide_appeal') body.upheld = v.upheld;
    if (isConfirm && v.category) body.category = v.category;
    if (isConfirm && v.relativeReview) body.relativeReview = v.relativeReview;
    if (action === 'confirm' && view.program === 'temporary' && v.caseByCaseDecision) body.caseByCaseDecision = true;
    setBusy(true);
    try {
      const next = await casesApi.transition(view.id, body);
      message.success(c('done', { action: label('action', action) }));
      onDone(next);
    } catch (e) {
      if (!(e instanceof ApiError)) throw e;
      // A field at fault goes next to it; a requirement of the step (两名工作人员签名, 公示期未满…) above the form.
      if (e.field && FIELDS.includes(e.field)) form.setFields(fieldErrors<Values>(e, FIELDS));
      else setError(e.message);
    } finally {
      setBusy(false);
    }
  };

  return (
    <ResponsiveModal open title={label('action', action)} okText={label('action', action)} okButtonProps={{ danger: action === 'reject' || action === 'withdraw' }} confirmLoading={busy} onOk={() => void submit()} onCancel={onClose} destroyOnHidden>
      {error && <Alert type="error" showIcon message={error} style={{ marginBottom: 16 }} data-testid="action-error" />}
      <Form form={form} layout="vertical" preserve={false} initialValues={{
          category: view.category ?? undefined,
          // Street review proposes the grant: the sum asked for unless it decides another.
          amount: action === 'street_approve' && view.temporary && view.temporary.requestedAmount !== null ? view.temporary.requestedAmount / 100 : undefined,
        }}>
        {action === 'decide_appeal' && (
          <Form.Item name="upheld" label={c('upheld')} rules={[{ required: true, message: c('upheld') }]}>
            <Radio.Group options={[{ value: true, label: c('upheldYes') }, { value: false, label: c('upheldNo') }]} />
          </Form.Item>
        )}
        {needsAmount && (
          <Form.Item name="amount" label={c('amountYuan')} rules={[{ required: action === 'pay_urgent' }]}>
            <InputNumber min={0} precision={2} style={{ width: 200 }} />
          </Form.Item>
        )}
        {isConfirm && view.program === 'dibao' && (
          // 分类施保 classes apply to dibao households only.
          <Form.Item name="category" label={c('category')}>
            <Select allowClear style={{ width: 200 }} options={['A', 'B', 'C'].map((v) => ({ value: v, label: `${v} 类` }))} />
          </Form.Item>
        )}
        {isConfirm && view.relativeFlagged && !view.relativeReview && (
          <Form.Item name="relativeReview" label={c('relativeReview')} rules={[{ required: action === 'confirm' }]}>
            <Input.TextArea rows={3} />
          </Form.Item>
        )}
        {action === 'confirm' && view.program === 'temporary' && (
          <Form.Item name="caseByCaseDecision" valuePropName="checked">
            <Checkbox>{c('caseByCase')}</Checkbox>
          </Form.Item>
        )}
        <Form.Item name="comment" label={c('actionComment')} rules={commentRequired ? [{ required: true, whitespace: true, message: c('commentRequired') }] : []}>
          <Input.TextArea rows={3} />
        </Form.Item>
      </Form>
    </ResponsiveModal>
  );
}
