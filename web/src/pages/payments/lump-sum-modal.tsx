import { App, Form, Input, Modal, Select, Typography } from 'antd';
import { ApiError } from '../../api/client.ts';
import { AreaTreeSelect } from '../../components/area-tree-select.tsx';
import { fieldErrors } from '../../components/form-errors.ts';
import { useSession } from '../../session.tsx';
import { yuanToFen } from '../policies/money.ts';
import { LUMP_SUM_PROGRAMS, paymentsApi } from './api.ts';
import { useOpenCreated } from './generate-payroll-modal.tsx';
import { usePaymentText } from './labels.ts';
import { MonthPicker } from './month-picker.tsx';
import { chinaToday } from '../../china-date.ts';

interface Values {
  title: string;
  program: string;
  areaCode: string;
  month: string;
  amountPerPerson: string;
}

const FIELDS = ['title', 'program', 'areaCode', 'month', 'amountPerPerson'];

/** 一次性补助: a fixed sum per covered person of a program's enrolments active that month (any program, local ones too). */
export function LumpSumModal({ onClose }: { onClose(): void }) {
  const { p, programOptions } = usePaymentText();
  const { user } = useSession();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const openCreated = useOpenCreated();

  const submit = async () => {
    // A field the form itself refuses shows its message there; nothing to send.
    const v = await form.validateFields().catch(() => null);
    if (!v) return;
    try {
      openCreated(await paymentsApi.createLumpSum({ title: v.title.trim(), program: v.program, areaCode: v.areaCode, month: v.month, amountPerPerson: yuanToFen(v.amountPerPerson) ?? 0 }));
      onClose();
    } catch (e) {
      if (!(e instanceof ApiError)) throw e;
      if (e.field) form.setFields(fieldErrors<Values>(e, FIELDS));
      else void message.error(e.message);
    }
  };

  return (
    <Modal open title={p('lumpSum')} okText={p('generate')} onOk={() => void submit()} onCancel={onClose} destroyOnHidden>
      <Typography.Paragraph type="secondary">{p('lumpSumHint')}</Typography.Paragraph>
      <Form form={form} name="lump-sum" layout="vertical" preserve={false} initialValues={{ title: p('lumpSumTitleDefault'), program: 'dibao', areaCode: user.areaCode, month: chinaToday().format('YYYY-MM') }}>
        <Form.Item name="title" label={p('title')} rules={[{ required: true, whitespace: true, message: p('required') }]}>
          <Input maxLength={60} showCount />
        </Form.Item>
        <Form.Item name="program" label={p('program')} rules={[{ required: true, message: p('required') }]}>
          <Select showSearch={{ optionFilterProp: 'label' }} options={programOptions(LUMP_SUM_PROGRAMS)} />
        </Form.Item>
        <Form.Item name="areaCode" label={p('area')} rules={[{ required: true, message: p('required') }]}>
          <AreaTreeSelect />
        </Form.Item>
        <Form.Item name="month" label={p('month')} rules={[{ required: true, message: p('required') }]}>
          <MonthPicker allowClear={false} style={{ width: 200 }} />
        </Form.Item>
        <Form.Item
          name="amountPerPerson"
          label={p('lumpSumPerPerson')}
          rules={[
            { required: true, message: p('required') },
            { validator: (_, value: string) => (!value || (yuanToFen(value) ?? 0) > 0 ? Promise.resolve() : Promise.reject(new Error(p('amountInvalid')))) },
          ]}
        >
          <Input inputMode="decimal" style={{ width: 200 }} suffix="元" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
