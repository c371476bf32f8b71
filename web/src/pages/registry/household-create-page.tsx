import { MinusCircleOutlined, PlusOutlined } from '@ant-design/icons';
import { App, Button, Card, Col, Divider, Form, Input, InputNumber, Radio, Row, Select, Space, Switch } from 'antd';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import { ApiError } from '../../api/client.ts';
import { registryApi } from '../../api/endpoints.ts';
import { useI18n } from '../../i18n/index.tsx';
import { useSession } from '../../session.tsx';
import { CommunitySelect } from './community-select.tsx';
import { toFen, useRegistryText } from './labels.ts';

interface MemberForm {
  idNumber: string;
  name: string;
  relation: string;
  laborCapacity: string;
  employment: string;
  student?: boolean;
  health: string;
  diagnosis?: string;
  disabilityCategory?: string;
  disabilityGrade?: number;
  flags?: string[];
  wage?: number;
  pension?: number;
  otherIncome?: number;
  socialInsurance?: number;
}

/** 新建户档案: household, bank account and members in one form; server errors land on their field. */
export function HouseholdCreatePage() {
  const { t } = useI18n();
  const { r, options } = useRegistryText();
  const { user } = useSession();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const [form] = Form.useForm();
  const [busy, setBusy] = useState(false);

  const submit = async (v: Record<string, unknown> & { members: MemberForm[] }) => {
    const members = v.members ?? [];
    const payload = {
      areaCode: v.areaCode,
      address: v.address,
      urbanRural: v.urbanRural,
      phone: v.phone || null,
      bankAccount: v.bankName || v.accountNumber ? { bankName: v.bankName ?? '', accountNumber: v.accountNumber ?? '', accountHolder: v.accountHolder ?? '' } : null,
      members: members.map((m) => ({
        idNumber: m.idNumber,
        name: m.name,
        relation: m.relation,
        laborCapacity: m.laborCapacity,
        employment: m.employment,
        student: Boolean(m.student),
        health: m.health,
        diagnosis: m.diagnosis || null,
        disability: m.disabilityCategory ? { category: m.disabilityCategory, grade: m.disabilityGrade ?? 4 } : null,
        flags: m.flags ?? [],
      })),
      incomes: members.flatMap((m) =>
        (
          [
            ['wage', m.wage],
            ['pension', m.pension],
            ['other', m.otherIncome],
          ] as const
        ).flatMap(([type, amount]) => (amount ? [{ idNumber: m.idNumber, type, monthly: toFen(amount) }] : [])),
      ),
      deductions: members.flatMap((m) => (m.socialInsurance ? [{ idNumber: m.idNumber, type: 'social_insurance', monthly: toFen(m.socialInsurance) }] : [])),
      assets: v.deposits ? [{ type: 'deposit', value: toFen(v.deposits as number), exempt: false }] : [],
      obligors: [],
    };
    setBusy(true);
    try {
      const created = await registryApi.create(payload);
      message.success(r('created'));
      navigate(`/households/${created.id}`);
    } catch (e) {
      if (!(e instanceof ApiError)) throw e;
      const path = (e.field ?? '').split('.').map((p) => (/^\d+$/.test(p) ? Number(p) : p));
      // incomes.N / deductions.N point at a member's money fields: show it on that member's ID.
      const name = e.field?.startsWith('members.') || ['areaCode', 'address', 'urbanRural'].includes(e.field ?? '') ? path : ['members', 0, 'idNumber'];
      form.setFields([{ name, errors: [e.message] }]);
      form.scrollToField(name);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Card title={r('createTitle')}>
      <Form
        form={form}
        layout="vertical"
        onFinish={submit}
        initialValues={{
          areaCode: user.areaCode.length === 12 ? user.areaCode : undefined,
          urbanRural: 'urban',
          members: [{ relation: 'head', laborCapacity: 'full', employment: 'employed', health: 'healthy' }],
        }}
        scrollToFirstError
      >
        <Divider titlePlacement="start">{r('basic')}</Divider>
        <Row gutter={16}>
          <Col span={8}>
            <Form.Item name="areaCode" label={r('community')} rules={[{ required: true }]}>
              <CommunitySelect />
            </Form.Item>
          </Col>
          <Col span={10}>
            <Form.Item name="address" label={r('address')} rules={[{ required: true }]}>
              <Input />
            </Form.Item>
          </Col>
          <Col span={6}>
            <Form.Item name="urbanRural" label={r('urbanRural')}>
              <Radio.Group options={[{ value: 'urban', label: r('urban') }, { value: 'rural', label: r('rural') }]} />
            </Form.Item>
          </Col>
          <Col span={6}>
            <Form.Item name="phone" label={r('phone')}>
              <Input />
            </Form.Item>
          </Col>
          <Col span={6}>
            <Form.Item name="bankName" label={r('bankName')}>
              <Input />
            </Form.Item>
          </Col>
          <Col span={6}>
            <Form.Item name="accountNumber" label={r('accountNumber')} rules={[{ pattern: /^\d{8,30}$/ }]}>
              <Input />
            </Form.Item>
          </Col>
          <Col span={6}>
            <Form.Item name="accountHolder" label={r('accountHolder')}>
              <Input />
            </Form.Item>
          </Col>
          <Col span={6}>
            <Form.Item name="deposits" label={r('deposits')}>
              <InputNumber min={0} precision={2} style={{ width: '100%' }} />
            </Form.Item>
          </Col>
        </Row>
        <Divider titlePlacement="start">{r('tabMembers')}</Divider>
        <Form.List name="members">
          {(fields, { add, remove }) => (
            <>
              {fields.map((field, index) => (
                <Card key={field.key} size="small" style={{ marginBottom: 12 }} title={`${r('member')} ${index + 1}`} extra={index > 0 && <MinusCircleOutlined onClick={() => remove(field.name)} />}>
                  <Row gutter={12}>
                    <Col span={6}>
                      <Form.Item name={[field.name, 'idNumber']} label={r('idNumber')} rules={[{ required: true }, { pattern: /^(\d{17}[\dXx]|\d{15})$/, message: r('idNumber') }]}>
                        <Input maxLength={18} style={{ fontFamily: 'monospace' }} />
                      </Form.Item>
                    </Col>
                    <Col span={4}>
                      <Form.Item name={[field.name, 'name']} label={r('name')} rules={[{ required: true }]}>
                        <Input />
                      </Form.Item>
                    </Col>
                    <Col span={4}>
                      <Form.Item name={[field.name, 'relation']} label={r('relation')} rules={[{ required: true }]}>
                        <Select options={options('relation')} />
                      </Form.Item>
                    </Col>
                    <Col span={5}>
                      <Form.Item name={[field.name, 'laborCapacity']} label={r('labor')}>
                        <Select options={options('laborCapacity')} />
                      </Form.Item>
                    </Col>
                    <Col span={5}>
                      <Form.Item name={[field.name, 'employment']} label={r('employment')}>
                        <Select options={options('employment')} />
                      </Form.Item>
                    </Col>
                    <Col span={4}>
                      <Form.Item name={[field.name, 'health']} label={r('health')}>
                        <Select options={options('health')} />
                      </Form.Item>
                    </Col>
                    <Col span={4}>
                      <Form.Item name={[field.name, 'diagnosis']} label={r('note')}>
                        <Input placeholder="病种" />
                      </Form.Item>
                    </Col>
                    <Col span={4}>
                      <Form.Item name={[field.name, 'disabilityCategory']} label={r('disability')}>
                        <Select allowClear options={options('disability')} />
                      </Form.Item>
                    </Col>
                    <Col span={3}>
                      <Form.Item name={[field.name, 'disabilityGrade']} label={r('grade', { grade: '' })}>
                        <Select allowClear options={[1, 2, 3, 4].map((g) => ({ value: g, label: r('grade', { grade: g }) }))} />
                      </Form.Item>
                    </Col>
                    <Col span={2}>
                      <Form.Item name={[field.name, 'student']} label={r('student')} valuePropName="checked">
                        <Switch />
                      </Form.Item>
                    </Col>
                    <Col span={7}>
                      <Form.Item name={[field.name, 'flags']} label={r('flags')}>
                        <Select mode="multiple" allowClear options={options('flags')} />
                      </Form.Item>
                    </Col>
                    <Col span={6}>
                      <Form.Item name={[field.name, 'wage']} label={r('wage')}>
                        <InputNumber min={0} precision={2} style={{ width: '100%' }} />
                      </Form.Item>
                    </Col>
                    <Col span={6}>
                      <Form.Item name={[field.name, 'pension']} label={r('pension')}>
                        <InputNumber min={0} precision={2} style={{ width: '100%' }} />
                      </Form.Item>
                    </Col>
                    <Col span={6}>
                      <Form.Item name={[field.name, 'otherIncome']} label={r('otherIncome')}>
                        <InputNumber min={0} precision={2} style={{ width: '100%' }} />
                      </Form.Item>
                    </Col>
                    <Col span={6}>
                      <Form.Item name={[field.name, 'socialInsurance']} label={r('socialInsurance')}>
                        <InputNumber min={0} precision={2} style={{ width: '100%' }} />
                      </Form.Item>
                    </Col>
                  </Row>
                </Card>
              ))}
              <Button type="dashed" block icon={<PlusOutlined />} onClick={() => add({ relation: 'spouse', laborCapacity: 'full', employment: 'unemployed', health: 'healthy' })}>
                {r('addPerson')}
              </Button>
            </>
          )}
        </Form.List>
        <Space style={{ marginTop: 24 }}>
          <Button type="primary" htmlType="submit" loading={busy} data-testid="create-household-submit">
            {t('common.save')}
          </Button>
          <Button onClick={() => navigate('/households')}>{t('common.cancel')}</Button>
        </Space>
      </Form>
    </Card>
  );
}
