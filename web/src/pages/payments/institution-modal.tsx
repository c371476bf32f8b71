import { Form, Input, Modal, Select } from 'antd';
import { ApiError } from '../../api/client.ts';
import { fieldErrors } from '../../components/form-errors.ts';
import { paymentsApi, type Institution } from './api.ts';
import { usePaymentText } from './labels.ts';

/** 开户银行 and 银行账号 as every payee form asks them (the server checks the same: 8–30 digits). */
export function BankAccountFields() {
  const { p } = usePaymentText();
  const required = [{ required: true, message: p('required') }];
  return (
    <>
      <Form.Item name="bankName" label={p('bankName')} rules={required}>
        <Input maxLength={100} />
      </Form.Item>
      <Form.Item name="accountNumber" label={p('accountNumber')} rules={[...required, { pattern: /^\d{8,30}$/, message: p('accountInvalid') }]}>
        <Input maxLength={30} style={{ fontFamily: 'monospace' }} />
      </Form.Item>
    </>
  );
}

/** 登记供养机构: a care home of the district, its account held in its own name. */
export function InstitutionModal({ areaCode, onClose }: { areaCode: string; onClose(created: Institution | null): void }) {
  const { p, options } = usePaymentText();
  const [form] = Form.useForm<{ name: string; kind: string; bankName: string; accountNumber: string }>();
  const submit = async () => {
    const v = await form.validateFields().catch(() => null);
    if (!v) return;
    try {
      onClose(await paymentsApi.createInstitution({ ...v, areaCode }));
    } catch (e) {
      if (!(e instanceof ApiError)) throw e;
      form.setFields(fieldErrors(e, ['name', 'kind', 'bankName', 'accountNumber']));
    }
  };
  const required = [{ required: true, message: p('required') }];
  return (
    <Modal open title={p('institutionRegister')} onOk={() => void submit()} onCancel={() => onClose(null)} destroyOnHidden>
      <Form form={form} name="institution" layout="vertical" preserve={false} initialValues={{ kind: 'nursing_home' }}>
        <Form.Item name="name" label={p('institution')} rules={required}>
          <Input maxLength={50} />
        </Form.Item>
        <Form.Item name="kind" label={p('institutionKind')} rules={required}>
          <Select options={options('institutionKind')} />
        </Form.Item>
        <BankAccountFields />
      </Form>
    </Modal>
  );
}
