import { PrinterOutlined } from '@ant-design/icons';
import { Alert, Button, Card, DatePicker, Form, Select, Space, Statistic, Table, Tag, Typography } from 'antd';
import dayjs from 'dayjs';
import { useEffect, useState } from 'react';
import { ApiError } from '../../api/client.ts';
import { registryApi } from '../../api/endpoints.ts';
import type { CalculationResult, HouseholdFile } from '../../api/types.ts';
import { policyVersionText } from '../../components/policy-version.ts';
import { useI18n } from '../../i18n/index.tsx';
import { usePolicyText } from '../policies/use-policy-text.ts';
import type { PolicyKey } from '../policies/api.ts';
import { programsApi, type LocalProgram } from '../programs/api.ts';
import { useRegistryText, yuan } from './labels.ts';
import { chinaToday } from '../../china-date.ts';

const HOUSEHOLD_PROGRAMS = ['dibao', 'dibao_edge'];

/** 待遇测算: a program for this household on a date, with the explanation read line by line. */
export function CalculationTab({ file }: { file: HouseholdFile }) {
  const { r, code, options } = useRegistryText();
  const { lang } = useI18n();
  // The parameter a line used, by its name in the policy (城市低保标准), not its key.
  const { paramLabel } = usePolicyText();
  const [form] = Form.useForm();
  const [result, setResult] = useState<CalculationResult | null>(null);
  const [busy, setBusy] = useState(false);
  const program = Form.useWatch('program', form) as string | undefined;
  // 地方项目 running where the household lives, tested the same way.
  const [local, setLocal] = useState<LocalProgram[]>([]);
  useEffect(() => {
    let live = true;
    programsApi
      .list({ appliesTo: file.areaCode })
      .then((r) => live && setLocal(r.items))
      .catch(() => live && setLocal([]));
    return () => {
      live = false;
    };
  }, [file.areaCode]);
  const localProgram = local.find((l) => l.code === program);
  const personLevel = program !== undefined && (localProgram ? localProgram.subject === 'person' : !HOUSEHOLD_PROGRAMS.includes(program));

  const run = async (v: { program: string; asOf: dayjs.Dayjs; subjectPersonId?: number }) => {
    setBusy(true);
    try {
      const asOf = v.asOf.format('YYYY-MM-DD');
      setResult(
        local.some((l) => l.code === v.program)
          ? await programsApi.evaluate(v.program, { householdId: file.id, asOf, ...(v.subjectPersonId ? { subjectPersonId: v.subjectPersonId } : {}) })
          : await registryApi.calculate(file.id, { program: v.program, asOf, subjectPersonId: v.subjectPersonId }),
      );
    } catch (e) {
      if (e instanceof ApiError) form.setFields([{ name: e.field === 'subjectPersonId' ? 'subjectPersonId' : 'program', errors: [e.message] }]);
      else throw e;
    } finally {
      setBusy(false);
    }
  };

  return (
    <>
      <Form form={form} name="calculation" layout="inline" onFinish={run} initialValues={{ program: 'dibao', asOf: chinaToday() }} className="no-print">
        <Form.Item name="program" label={r('program')}>
          <Select showSearch={{ optionFilterProp: 'label' }} style={{ width: 240 }} options={[...options('program'), ...local.map((l) => ({ value: l.code, label: l.name }))]} />
        </Form.Item>
        {personLevel && (
          <Form.Item name="subjectPersonId" label={r('subject')} rules={[{ required: true }]}>
            <Select style={{ width: 120 }} options={file.members.map((m) => ({ value: m.id, label: m.name }))} />
          </Form.Item>
        )}
        <Form.Item name="asOf" label={r('asOf')}>
          <DatePicker allowClear={false} />
        </Form.Item>
        <Form.Item>
          <Space>
            <Button type="primary" htmlType="submit" loading={busy} data-testid="calculate">{r('calculate')}</Button>
            {result && <Button icon={<PrinterOutlined />} onClick={() => window.print()}>{r('print')}</Button>}
          </Space>
        </Form.Item>
      </Form>
      {result && (
        <Card style={{ marginTop: 16 }} className="print-area">
          <Typography.Title level={4}>
            {local.find((l) => l.code === result.program)?.name ?? code('program', result.program)} · {r('explanation')}
          </Typography.Title>
          <Space size={[48, 16]} wrap style={{ marginBottom: 16 }}>
            <Statistic title={r('monthlyAmount')} value={yuan(result.monthlyAmount)} suffix="元" />
            {result.perCapitaIncome !== undefined && <Statistic title={r('perCapita')} value={yuan(result.perCapitaIncome)} suffix="元" />}
            <div>
              <Tag color={result.eligible ? 'green' : 'red'} style={{ fontSize: 16, padding: '4px 12px' }} data-testid="calc-verdict">
                {result.eligible ? r('eligible') : r('notEligible')}
              </Tag>
            </div>
          </Space>
          {result.explanation.reasons.length > 0 && <Alert type="warning" showIcon title={`${r('reasons')}：${result.explanation.reasons.join('；')}`} style={{ marginBottom: 12 }} />}
          <Table
            size="small"
            pagination={false}
            rowKey={(_, i) => String(i)}
            dataSource={result.explanation.lines}
            columns={[
              { title: '#', width: 40, render: (_, __, i) => i + 1 },
              { title: r('item'), dataIndex: 'label' },
              { title: r('amount'), dataIndex: 'value', align: 'right', width: 200 },
              { title: '', dataIndex: 'param', width: 200, render: (v?: string) => (v ? <Typography.Text type="secondary" style={{ fontSize: 12 }}>{paramLabel(v as PolicyKey)}</Typography.Text> : null) },
            ]}
          />
          <Typography.Paragraph type="secondary" style={{ marginTop: 8, fontSize: 12 }}>
            {r('policyVersion')}：{policyVersionText(result.policyVersion, lang)}
          </Typography.Paragraph>
        </Card>
      )}
    </>
  );
}
