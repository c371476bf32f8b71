import { App, Col, Divider, Form, Input, InputNumber, Modal, Row, Select, Switch } from 'antd';
import { useState } from 'react';
import { ApiError } from '../../api/client.ts';
import { fieldErrors } from '../../components/form-errors.ts';
import { useSession } from '../../session.tsx';
import { PROGRAMS } from '../cases/api.ts';
import { caseLabels } from '../cases/messages.ts';
import { fenToYuanInput, yuanToFen } from '../policies/money.ts';
import { DISABILITY_CATEGORIES, LOCAL_AMOUNT_BASES, LOCAL_KINDS, LOCAL_SUBJECTS, PAYMENT_PERIODS, PERSON_FLAGS, programsApi, type LocalProgram, type LocalProgramInput, type LocalProgramRules } from './api.ts';
import { useProgramText } from './labels.ts';
import { reloadLocalPrograms, useLocalPrograms } from './local-names.ts';
import { chinaTodayIso } from '../../china-date.ts';

interface Values {
  code: string;
  name: string;
  areaCode: string;
  subject: LocalProgram['subject'];
  amountBasis: LocalProgram['amountBasis'];
  amount: string;
  kind: LocalProgram['kind'];
  paymentPeriod: LocalProgram['paymentPeriod'];
  effectiveFrom: string;
  effectiveTo?: string;
  active: boolean;
  description?: string;
  rules: {
    ageMin?: number | null;
    ageMax?: number | null;
    sex?: 'male' | 'female' | null;
    disabilityGrades?: number[];
    disabilityCategories?: LocalProgramRules['disabilityCategories'];
    flags?: LocalProgramRules['flags'];
    urbanRural?: 'urban' | 'rural' | null;
    requiredPrograms?: string[];
    excludedPrograms?: string[];
  };
}

const FIELDS = ['code', 'name', 'areaCode', 'subject', 'amountBasis', 'amount', 'kind', 'paymentPeriod', 'effectiveFrom', 'effectiveTo', 'active', 'rules', 'description'];
const DATE = /^\d{4}-\d{2}-\d{2}$/;

function rulesOf(r: Values['rules']): LocalProgramRules {
  return {
    ageMin: r.ageMin ?? null,
    ageMax: r.ageMax ?? null,
    sex: r.sex ?? null,
    disabilityGrades: r.disabilityGrades ?? [],
    disabilityCategories: r.disabilityCategories ?? [],
    flags: r.flags ?? [],
    urbanRural: r.urbanRural ?? null,
    requiredPrograms: r.requiredPrograms ?? [],
    excludedPrograms: r.excludedPrograms ?? [],
  };
}

/** 新增/编辑地方项目: one modal form, each server error shown next to its field. */
export function ProgramModal({ editing, onClose, onSaved }: { editing: LocalProgram | null; onClose(): void; onSaved(): void }) {
  const { t, options, lang } = useProgramText();
  const { user } = useSession();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const [busy, setBusy] = useState(false);
  const subject = Form.useWatch('subject', form);
  const local = useLocalPrograms();
  const programOptions = [
    ...PROGRAMS.map((p) => ({ value: p, label: caseLabels[lang].program[p] ?? p })),
    ...local.filter((l) => l.code !== editing?.code).map((l) => ({ value: l.code, label: l.name })),
  ];
  const required = { required: true, message: t('required') };
  const initial: Partial<Values> = editing
    ? { ...editing, amount: fenToYuanInput(editing.amount), effectiveTo: editing.effectiveTo ?? '', description: editing.description ?? '', rules: editing.rules }
    : { areaCode: user.areaCode.slice(0, 6), subject: 'person', amountBasis: 'per_person', kind: 'cash', paymentPeriod: 'monthly', active: true, effectiveFrom: chinaTodayIso(), rules: {} };

  const submit = async () => {
    const v = await form.validateFields().catch(() => null);
    if (!v) return;
    const body: Omit<LocalProgramInput, 'code'> = {
      name: v.name.trim(),
      areaCode: v.areaCode.trim(),
      subject: v.subject,
      amountBasis: v.amountBasis,
      amount: yuanToFen(v.amount) ?? 0,
      kind: v.kind,
      paymentPeriod: v.paymentPeriod,
      effectiveFrom: v.effectiveFrom.trim(),
      effectiveTo: v.effectiveTo?.trim() ? v.effectiveTo.trim() : null,
      active: v.active,
      rules: rulesOf(v.rules ?? {}),
      description: v.description?.trim() ? v.description.trim() : null,
    };
    setBusy(true);
    try {
      if (editing) await programsApi.update(editing.id, { ...body, version: editing.version });
      else await programsApi.create({ ...body, code: v.code.trim() });
      void message.success(t('saved'));
      await reloadLocalPrograms();
      onSaved();
    } catch (e) {
      if (!(e instanceof ApiError)) throw e;
      if (e.field) form.setFields(fieldErrors<Values>(e, FIELDS));
      else void message.error(e.message);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Modal open width={760} title={editing ? t('editTitle', { name: editing.name }) : t('createTitle')} okText={t('save')} confirmLoading={busy} onOk={() => void submit()} onCancel={onClose} destroyOnHidden styles={{ body: { maxHeight: 'calc(100vh - 240px)', overflowY: 'auto', overflowX: 'hidden', paddingRight: 8 } }}>
      <Form form={form} name="local-program" layout="vertical" preserve={false} initialValues={initial}>
        <Row gutter={16}>
          <Col xs={24} sm={12}>
            <Form.Item name="code" label={t('code')} extra={editing ? undefined : t('codeHint')} rules={editing ? [] : [required, { pattern: /^local_[a-z0-9][a-z0-9_]{0,25}$/, message: t('codeInvalid') }]}>
              <Input disabled={editing !== null} placeholder="local_zunlao" />
            </Form.Item>
          </Col>
          <Col xs={24} sm={12}>
            <Form.Item name="name" label={t('name')} rules={[required]}>
              <Input maxLength={30} placeholder="尊老金" />
            </Form.Item>
          </Col>
          <Col xs={24} sm={12}>
            <Form.Item name="areaCode" label={t('area')} extra={t('areaHint')} rules={[required]}>
              <Input maxLength={6} />
            </Form.Item>
          </Col>
          <Col xs={12} sm={6}>
            <Form.Item name="subject" label={t('subject')} rules={[required]}>
              <Select
                options={options('subject', LOCAL_SUBJECTS)}
                onChange={(s: string) => form.setFieldValue('amountBasis', s === 'person' ? 'per_person' : 'per_household')}
              />
            </Form.Item>
          </Col>
          <Col xs={12} sm={6}>
            <Form.Item name="amountBasis" label={t('amountBasis')} rules={[required]}>
              <Select options={options('amountBasis', subject === 'household' ? LOCAL_AMOUNT_BASES.filter((b) => b !== 'per_person') : ['per_person'])} />
            </Form.Item>
          </Col>
          <Col xs={12} sm={6}>
            <Form.Item name="amount" label={t('amount')} rules={[required, { validator: async (_, v) => { if (v && yuanToFen(v) === null) throw new Error(t('amount')); } }]}>
              <Input inputMode="decimal" placeholder="100.00" />
            </Form.Item>
          </Col>
          <Col xs={12} sm={6}>
            <Form.Item name="kind" label={t('kind')} rules={[required]}>
              <Select options={options('kind', LOCAL_KINDS)} />
            </Form.Item>
          </Col>
          <Col xs={12} sm={6}>
            <Form.Item name="paymentPeriod" label={t('paymentPeriod')} rules={[required]}>
              <Select options={options('paymentPeriod', PAYMENT_PERIODS)} />
            </Form.Item>
          </Col>
          <Col xs={12} sm={6}>
            <Form.Item name="active" label={t('active')} valuePropName="checked">
              <Switch />
            </Form.Item>
          </Col>
          <Col xs={12} sm={6}>
            <Form.Item name="effectiveFrom" label={t('effectiveFrom')} rules={[required, { pattern: DATE, message: t('dateFormat') }]}>
              <Input placeholder="2026-01-01" />
            </Form.Item>
          </Col>
          <Col xs={12} sm={6}>
            <Form.Item name="effectiveTo" label={t('effectiveTo')} extra={t('effectiveToHint')} rules={[{ pattern: DATE, message: t('dateFormat') }]}>
              <Input placeholder="2026-12-31" />
            </Form.Item>
          </Col>
        </Row>
        <Divider titlePlacement="start" plain>
          {t('rules')}
        </Divider>
        <Row gutter={16}>
          <Col xs={12} sm={6}>
            <Form.Item name={['rules', 'ageMin']} label={t('ageMin')}>
              <InputNumber min={0} max={150} precision={0} style={{ width: '100%' }} />
            </Form.Item>
          </Col>
          <Col xs={12} sm={6}>
            <Form.Item name={['rules', 'ageMax']} label={t('ageMax')}>
              <InputNumber min={0} max={150} precision={0} style={{ width: '100%' }} />
            </Form.Item>
          </Col>
          <Col xs={12} sm={6}>
            <Form.Item name={['rules', 'sex']} label={t('sex')}>
              <Select allowClear placeholder={t('none')} options={options('sex')} />
            </Form.Item>
          </Col>
          <Col xs={12} sm={6}>
            <Form.Item name={['rules', 'urbanRural']} label={t('urbanRural')}>
              <Select allowClear placeholder={t('none')} options={options('urbanRural')} />
            </Form.Item>
          </Col>
          <Col xs={24} sm={12}>
            <Form.Item name={['rules', 'disabilityGrades']} label={t('disabilityGrades')}>
              <Select mode="multiple" allowClear placeholder={t('none')} options={[1, 2, 3, 4].map((g) => ({ value: g, label: lang === 'zh-CN' ? `${'一二三四'[g - 1]}级` : `Grade ${g}` }))} />
            </Form.Item>
          </Col>
          <Col xs={24} sm={12}>
            <Form.Item name={['rules', 'disabilityCategories']} label={t('disabilityCategories')}>
              <Select mode="multiple" allowClear placeholder={t('none')} options={options('disabilityCategory', DISABILITY_CATEGORIES)} />
            </Form.Item>
          </Col>
          <Col xs={24}>
            <Form.Item name={['rules', 'flags']} label={t('flags')}>
              <Select mode="multiple" allowClear placeholder={t('none')} options={options('flag', PERSON_FLAGS)} />
            </Form.Item>
          </Col>
          <Col xs={24} sm={12}>
            <Form.Item name={['rules', 'requiredPrograms']} label={t('requiredPrograms')}>
              <Select mode="multiple" allowClear placeholder={t('none')} options={programOptions} />
            </Form.Item>
          </Col>
          <Col xs={24} sm={12}>
            <Form.Item name={['rules', 'excludedPrograms']} label={t('excludedPrograms')}>
              <Select mode="multiple" allowClear placeholder={t('none')} options={programOptions} />
            </Form.Item>
          </Col>
          <Col xs={24}>
            <Form.Item name="description" label={t('description')}>
              <Input.TextArea rows={2} maxLength={500} />
            </Form.Item>
          </Col>
        </Row>
      </Form>
    </Modal>
  );
}
