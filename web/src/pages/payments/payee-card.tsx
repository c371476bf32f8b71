import { EditOutlined } from '@ant-design/icons';
import { App, Button, Card, Descriptions, Form, Input, Modal, Select, Space, Tag, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { ApiError } from '../../api/client.ts';
import { fieldErrors } from '../../components/form-errors.ts';
import { useSession } from '../../session.tsx';
import { BankAccountFields, InstitutionModal } from './institution-modal.tsx';
import { AGENT_KINDS, paymentsApi, type AgentKind, type Institution, type Payee, type PayeeInput } from './api.ts';
import { usePaymentText } from './labels.ts';
import { RevealButton } from './reveal-button.tsx';

const FIELDS = ['kind', 'institutionId', 'name', 'idNumber', 'bankName', 'accountNumber', 'reason'];

/** 收款人: who the enrolment is paid to now — own account, household holder, or an agent — and whether a payroll would send it. */
export function PayeeCard({ enrolmentId, areaCode, payee, onChanged }: { enrolmentId: number; areaCode: string; payee: Payee; onChanged(p: Payee): void }) {
  const { p, label } = usePaymentText();
  const { access } = useSession();
  const { modal, message } = App.useApp();
  const [editing, setEditing] = useState(false);
  const [full, setFull] = useState<{ idNumber: string | null; bankAccount: string | null } | null>(null);
  // A changed payee is a different person: its numbers are asked for again.
  useEffect(() => setFull(null), [payee]);
  const mayEdit = access.editHouseholds && access.viewPayments;
  const agent = !['self', 'household'].includes(payee.kind);

  const clear = () =>
    modal.confirm({
      title: p('payeeClear'),
      content: p('payeeClearConfirm'),
      onOk: async () => {
        try {
          onChanged(await paymentsApi.clearPayee(enrolmentId));
        } catch (e) {
          if (e instanceof ApiError) void message.error(e.message);
          else throw e;
        }
      },
    });

  return (
    <Card
      size="small"
      title={p('payeeTitle')}
      style={{ marginBottom: 16 }}
      data-testid="payee-card"
      extra={
        mayEdit && (
          <Space wrap>
            <Button size="small" icon={<EditOutlined />} onClick={() => setEditing(true)} data-testid="payee-edit">
              {p('payeeEdit')}
            </Button>
            {agent && (
              <Button size="small" danger onClick={clear}>
                {p('payeeClear')}
              </Button>
            )}
          </Space>
        )
      }
    >
      <Descriptions size="small" column={{ xs: 1, md: 2, xl: 3 }} styles={{ label: { whiteSpace: 'nowrap' } }}>
        <Descriptions.Item label={p('payeeKindLabel')}>
          <Space size={4} wrap>
            <Tag color={agent ? 'geekblue' : 'default'}>{label('payeeKind', payee.kind)}</Tag>
            {payee.refusal ? (
              <Tag color="red" data-testid="payee-refusal">
                {label('refusal', payee.refusal)}
              </Tag>
            ) : (
              <Tag color="green">{p('payeeOk')}</Tag>
            )}
          </Space>
        </Descriptions.Item>
        <Descriptions.Item label={p('payeeName')}>
          {payee.name || '—'}
          {payee.idNumber && (
            <Typography.Text type="secondary" style={{ fontFamily: 'monospace', fontSize: 12, marginLeft: 8 }}>
              {full?.idNumber ?? payee.idNumber}
            </Typography.Text>
          )}
          {!full && (payee.idNumber || payee.bankAccount) && <RevealButton reveal={() => paymentsApi.revealPayee(enrolmentId)} onRevealed={setFull} testId="payee-reveal" />}
        </Descriptions.Item>
        <Descriptions.Item label={p('payeeAccount')}>
          {payee.bankName ?? '—'}
          {payee.bankAccount && (
            <Typography.Text type="secondary" style={{ fontFamily: 'monospace', fontSize: 12, marginLeft: 8 }}>
              {full?.bankAccount ?? payee.bankAccount}
            </Typography.Text>
          )}
        </Descriptions.Item>
        {payee.reason && <Descriptions.Item label={p('payeeReason')}>{payee.reason}</Descriptions.Item>}
      </Descriptions>
      {editing && (
        <PayeeModal
          enrolmentId={enrolmentId}
          areaCode={areaCode}
          onClose={(saved) => {
            setEditing(false);
            if (saved) {
              onChanged(saved);
              void message.success(p('payeeSaved'));
            }
          }}
        />
      )}
    </Card>
  );
}

type Values = PayeeInput;

function PayeeModal({ enrolmentId, areaCode, onClose }: { enrolmentId: number; areaCode: string; onClose(saved: Payee | null): void }) {
  const { p, options } = usePaymentText();
  const { access } = useSession();
  const [registering, setRegistering] = useState(false);
  const [form] = Form.useForm<Values>();
  const kind = Form.useWatch('kind', form) as AgentKind | undefined;
  const [institutions, setInstitutions] = useState<Institution[]>([]);
  const [saving, setSaving] = useState(false);
  useEffect(() => {
    paymentsApi.institutions({ areaCode: areaCode.slice(0, 6) }).then(
      (r) => setInstitutions(r.items),
      () => setInstitutions([]),
    );
  }, [areaCode]);

  const submit = async () => {
    const v = await form.validateFields().catch(() => null);
    if (!v) return;
    setSaving(true);
    try {
      const body: PayeeInput =
        v.kind === 'institution'
          ? { kind: v.kind, institutionId: v.institutionId!, reason: v.reason }
          : { kind: v.kind, name: v.name!, idNumber: v.idNumber!, bankName: v.bankName!, accountNumber: v.accountNumber!, reason: v.reason };
      onClose(await paymentsApi.setPayee(enrolmentId, body));
    } catch (e) {
      if (!(e instanceof ApiError)) throw e;
      form.setFields(fieldErrors<Values>(e, FIELDS));
    } finally {
      setSaving(false);
    }
  };

  const required = [{ required: true, message: p('required') }];
  return (
    <Modal open title={p('payeeEdit')} okText={p('payeeEdit')} confirmLoading={saving} onOk={() => void submit()} onCancel={() => onClose(null)} destroyOnHidden>
      <Form form={form} name="payee" layout="vertical" preserve={false} initialValues={{ kind: 'guardian' }}>
        <Form.Item name="kind" label={p('payeeKindLabel')} rules={required}>
          <Select options={options('payeeKind', AGENT_KINDS)} />
        </Form.Item>
        {kind === 'institution' ? (
          <Form.Item
            name="institutionId"
            label={p('institution')}
            rules={required}
            extra={
              access.approvePayrolls && (
                <Button type="link" size="small" style={{ padding: 0 }} onClick={() => setRegistering(true)}>
                  {p('institutionRegister')}
                </Button>
              )
            }
          >
            <Select
              showSearch
              optionFilterProp="label"
              options={institutions.map((i) => ({ value: i.id, label: `${i.name}（${i.bankName} ${i.bankAccount}）` }))}
              data-testid="payee-institution"
            />
          </Form.Item>
        ) : (
          <>
            <Form.Item name="name" label={p('agentName')} rules={required}>
              <Input maxLength={50} />
            </Form.Item>
            <Form.Item name="idNumber" label={p('payeeIdNumber')} rules={required}>
              <Input maxLength={18} style={{ fontFamily: 'monospace' }} />
            </Form.Item>
            <BankAccountFields />
          </>
        )}
        <Form.Item name="reason" label={p('payeeReason')} rules={required}>
          <Input.TextArea maxLength={200} rows={2} />
        </Form.Item>
      </Form>
      {registering && (
        <InstitutionModal
          areaCode={areaCode.slice(0, 6)}
          onClose={(created) => {
            setRegistering(false);
            if (created) {
              setInstitutions((old) => [...old, created]);
              form.setFieldValue('institutionId', created.id);
            }
          }}
        />
      )}
    </Modal>
  );
}
