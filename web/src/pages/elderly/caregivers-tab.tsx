import { Button, DatePicker, Flex, Form, Input, InputNumber, Select, Space, Tag, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { chinaMonth, chinaToday } from '../../china-date.ts';
import { PersonSelect } from '../../components/person-select.tsx';
import { ResponsiveModal } from '../../components/responsive-modal.tsx';
import { ResponsiveTable } from '../../components/responsive-table.tsx';
import { usePagedList } from '../../components/use-paged-list.ts';
import { elderlyApi, WITHHELD_LABELS, type Agreement, type CaregiverPayroll, type CaregiverPayrollRow } from './api.ts';
import { useSave, useWorker } from './use-save.ts';

const day = (d: Dayjs) => d.format('YYYY-MM-DD');
const yuan = (fen: number) => `${(fen / 100).toFixed(2)} 元`;
type Action = { kind: 'log' | 'leave' | 'assess'; agreement: Agreement } | null;
const TITLES = { log: '护理日志', leave: '请假与代班', assess: '月度考核' } as const;

/** 养护员: agreements with their logs, leaves and monthly assessments; the monthly pay roll. */
export function CaregiversTab() {
  const { works, prepares, approves, areaCode } = useWorker();
  const agreements = usePagedList((page, pageSize) => elderlyApi.agreements({ page, pageSize }), 'agreements');
  const caregivers = usePagedList((page, pageSize) => elderlyApi.caregivers({ page, pageSize: Math.max(pageSize, 100) }), 'caregivers');
  const payrolls = usePagedList((page, pageSize) => elderlyApi.payrolls({ page, pageSize }), 'payrolls');
  const [action, setAction] = useState<Action>(null);
  const [creating, setCreating] = useState<'caregiver' | 'agreement' | 'payroll' | null>(null);
  const [shown, setShown] = useState<CaregiverPayroll | null>(null);
  const [form] = Form.useForm();
  const [createForm] = Form.useForm();
  const { busy, run } = useSave();
  const caregiverOptions = caregivers.items.map((c) => ({ value: c.id, label: `${c.name}（${c.idNumber}）` }));
  const open = (a: Action) => {
    form.resetFields();
    form.setFieldsValue(a?.kind === 'assess' ? { month: chinaMonth(), assessor: '社区考核小组' } : { loggedOn: chinaToday(), fromOn: chinaToday(), toOn: chinaToday(), hours: 2 });
    setAction(a);
  };
  const saveAction = async () => {
    if (!action) return;
    const v = await form.validateFields();
    const id = action.agreement.id;
    const call =
      action.kind === 'log'
        ? () => elderlyApi.addLog(id, { loggedOn: day(v.loggedOn), hours: v.hours, content: v.content })
        : action.kind === 'leave'
          ? () => elderlyApi.addLeave(id, { fromOn: day(v.fromOn), toOn: day(v.toOn), reason: v.reason, substituteId: v.substituteId })
          : () => elderlyApi.assessCaregiver(id, { month: v.month, score: v.score, assessor: v.assessor, note: v.note || null });
    await run(form, call, () => { setAction(null); agreements.reload(); });
  };
  const saveCreate = async () => {
    const v = await createForm.validateFields();
    if (creating === 'caregiver') await run(createForm, () => elderlyApi.registerCaregiver({ ...v, areaCode, phone: v.phone || null }), () => { setCreating(null); caregivers.reload(); });
    if (creating === 'agreement') await run(createForm, () => elderlyApi.createAgreement({ caregiverId: v.caregiverId, personId: v.personId, startsOn: day(v.startsOn), endsOn: day(v.endsOn), monthlyPay: Math.round(v.monthlyPay * 100) }), () => { setCreating(null); agreements.reload(); });
    if (creating === 'payroll') await run(createForm, async () => setShown(await elderlyApi.preparePayroll({ areaCode, month: v.month })), () => { setCreating(null); payrolls.reload(); }, '已编制');
  };
  const create = (kind: 'caregiver' | 'agreement' | 'payroll') => {
    createForm.resetFields();
    createForm.setFieldsValue(kind === 'agreement' ? { startsOn: chinaToday() } : kind === 'payroll' ? { month: chinaMonth() } : {});
    setCreating(kind);
  };
  const approve = async (id: number) => {
    await run(form, async () => setShown(await elderlyApi.approvePayroll(id)), () => payrolls.reload(), '已审批');
  };
  return (
    <>
      <Flex gap={8} wrap style={{ marginBottom: 12 }}>
        {works && <Button type="primary" onClick={() => create('agreement')}>签订养护协议</Button>}
        {works && <Button onClick={() => create('caregiver')}>登记养护员</Button>}
      </Flex>
      <ResponsiveTable<Agreement>
        rowKey="id"
        size="middle"
        loading={agreements.loading}
        dataSource={agreements.items}
        pagination={{ current: agreements.page, pageSize: agreements.pageSize, total: agreements.total, onChange: agreements.changePage, hideOnSinglePage: true }}
        columns={[
          { title: '老人', dataIndex: 'personName' },
          { title: '养护员', dataIndex: 'caregiverName' },
          { title: '协议期', key: 'dates', render: (_: unknown, r: Agreement) => `${r.startsOn} 至 ${r.endsOn}` },
          { title: '月报酬', dataIndex: 'monthlyPay', render: yuan },
          { title: '日志', dataIndex: 'logs', render: (n: number) => `${n} 篇` },
          { title: '最近考核', dataIndex: 'lastAssessment', render: (a: Agreement['lastAssessment']) => (a ? <Tag color={a.passed ? 'green' : 'red'}>{`${a.month} ${a.score} 分 ${a.passed ? '合格' : '不合格'}`}</Tag> : '未考核') },
          {
            title: '操作',
            key: 'actions',
            render: (_: unknown, r: Agreement) =>
              works ? (
                <Space size={4} wrap>
                  <Button size="small" onClick={() => open({ kind: 'log', agreement: r })}>日志</Button>
                  <Button size="small" onClick={() => open({ kind: 'leave', agreement: r })}>请假</Button>
                  <Button size="small" onClick={() => open({ kind: 'assess', agreement: r })}>考核</Button>
                </Space>
              ) : null,
          },
        ]}
      />
      <Typography.Title level={5} style={{ marginTop: 24 }}>报酬发放表</Typography.Title>
      {prepares && (
        <Flex gap={8} wrap style={{ marginBottom: 12 }}>
          <Button onClick={() => create('payroll')}>编制本月发放表</Button>
        </Flex>
      )}
      <ResponsiveTable<CaregiverPayrollRow>
        rowKey="id"
        size="middle"
        loading={payrolls.loading}
        dataSource={payrolls.items}
        pagination={{ current: payrolls.page, pageSize: payrolls.pageSize, total: payrolls.total, onChange: payrolls.changePage, hideOnSinglePage: true }}
        columns={[
          { title: '月份', dataIndex: 'month' },
          { title: '笔数', dataIndex: 'lineCount' },
          { title: '合计', dataIndex: 'total', render: yuan },
          { title: '状态', dataIndex: 'status', render: (s: string) => (s === 'approved' ? <Tag color="green">已审批</Tag> : <Tag color="orange">待审批</Tag>) },
          {
            title: '操作',
            key: 'actions',
            render: (_: unknown, r: CaregiverPayrollRow) => (
              <Space size={4} wrap>
                <Button size="small" onClick={() => void elderlyApi.payroll(r.id).then(setShown)}>查看</Button>
                {approves && r.status === 'prepared' && <Button size="small" type="primary" onClick={() => void approve(r.id)}>审批</Button>}
                {/* 代发文件: the payrolls' bank file format, once approved. */}
                {prepares && r.status === 'approved' && (
                  <Button size="small" href={elderlyApi.bankFileUrl(r.id, 'csv')} download data-testid="caregiver-bank-file">
                    代发文件 CSV
                  </Button>
                )}
                {prepares && r.status === 'approved' && (
                  <Button size="small" href={elderlyApi.bankFileUrl(r.id, 'xlsx')} download>
                    代发文件 Excel
                  </Button>
                )}
              </Space>
            ),
          },
        ]}
      />
      <ResponsiveModal open={action !== null} title={action ? `${TITLES[action.kind]}：${action.agreement.personName}（${action.agreement.caregiverName}）` : ''} onOk={() => void saveAction()} onCancel={() => setAction(null)} confirmLoading={busy} forceRender>
        <Form form={form} name="agreement-action" layout="vertical">
          {action?.kind === 'log' && (
            <>
              <Form.Item name="loggedOn" label="日期" rules={[{ required: true }]}><DatePicker style={{ width: '100%' }} /></Form.Item>
              <Form.Item name="hours" label="服务时长（小时）" rules={[{ required: true }]}><InputNumber min={0} max={24} precision={0} style={{ width: '100%' }} /></Form.Item>
              <Form.Item name="content" label="护理内容" rules={[{ required: true, whitespace: true, message: '请填写护理内容' }]}><Input.TextArea rows={3} maxLength={500} placeholder="如：助浴、打扫卫生、陪同就医" /></Form.Item>
            </>
          )}
          {action?.kind === 'leave' && (
            <>
              <Flex gap={12} wrap>
                <Form.Item name="fromOn" label="请假自" rules={[{ required: true }]} style={{ flex: '1 1 140px' }}><DatePicker style={{ width: '100%' }} /></Form.Item>
                <Form.Item name="toOn" label="至" rules={[{ required: true }]} style={{ flex: '1 1 140px' }}><DatePicker style={{ width: '100%' }} /></Form.Item>
              </Flex>
              <Form.Item name="reason" label="事由" rules={[{ required: true, whitespace: true, message: '请填写请假事由' }]}><Input maxLength={200} /></Form.Item>
              <Form.Item name="substituteId" label="代班养护员" rules={[{ required: true, message: '请选择代班养护员' }]}><Select options={caregiverOptions.filter((o) => o.value !== action.agreement.caregiverId)} /></Form.Item>
            </>
          )}
          {action?.kind === 'assess' && (
            <>
              <Form.Item name="month" label="考核月份" rules={[{ required: true, pattern: /^\d{4}-\d{2}$/, message: '月份格式：2025-09' }]}><Input /></Form.Item>
              <Form.Item name="score" label="得分（0–100，60 分合格）" rules={[{ required: true, message: '请填写得分' }]}><InputNumber min={0} max={100} precision={0} style={{ width: '100%' }} /></Form.Item>
              <Form.Item name="assessor" label="考核人" rules={[{ required: true, whitespace: true }]}><Input maxLength={50} /></Form.Item>
              <Form.Item name="note" label="说明"><Input.TextArea rows={2} maxLength={500} /></Form.Item>
            </>
          )}
        </Form>
      </ResponsiveModal>
      <ResponsiveModal open={creating !== null} title={creating === 'caregiver' ? '登记养护员' : creating === 'agreement' ? '签订养护协议' : '编制养护员报酬发放表'} onOk={() => void saveCreate()} onCancel={() => setCreating(null)} confirmLoading={busy} forceRender>
        <Form form={createForm} name="caregiver-create" layout="vertical">
          {creating === 'caregiver' && (
            <>
              <Form.Item name="name" label="姓名" rules={[{ required: true, whitespace: true }]}><Input maxLength={50} /></Form.Item>
              <Form.Item name="idNumber" label="身份证号" rules={[{ required: true, len: 18, message: '身份证号应为 18 位' }]}><Input maxLength={18} /></Form.Item>
              <Form.Item name="phone" label="电话"><Input maxLength={30} inputMode="tel" /></Form.Item>
              <Form.Item name="bankName" label="开户银行" rules={[{ required: true, whitespace: true }]}><Input maxLength={100} /></Form.Item>
              <Form.Item name="bankAccount" label="银行账号" rules={[{ required: true, pattern: /^\d{8,30}$/, message: '银行账号应为 8–30 位数字' }]}><Input inputMode="numeric" /></Form.Item>
            </>
          )}
          {creating === 'agreement' && (
            <>
              <Form.Item name="personId" label="老人" rules={[{ required: true, message: '请选择老人' }]}><PersonSelect /></Form.Item>
              <Form.Item name="caregiverId" label="养护员" rules={[{ required: true, message: '请选择养护员' }]}><Select options={caregiverOptions} /></Form.Item>
              <Flex gap={12} wrap>
                <Form.Item name="startsOn" label="开始日期" rules={[{ required: true }]} style={{ flex: '1 1 140px' }}><DatePicker style={{ width: '100%' }} /></Form.Item>
                <Form.Item name="endsOn" label="结束日期" rules={[{ required: true, message: '请选择结束日期' }]} style={{ flex: '1 1 140px' }}><DatePicker style={{ width: '100%' }} /></Form.Item>
              </Flex>
              <Form.Item name="monthlyPay" label="月报酬（元）" rules={[{ required: true, message: '请填写月报酬' }]}><InputNumber min={0.01} precision={2} style={{ width: '100%' }} /></Form.Item>
            </>
          )}
          {creating === 'payroll' && (
            <Form.Item name="month" label="月份" extra="本月考核合格的协议计发；请假期间按天计给代班养护员" rules={[{ required: true, pattern: /^\d{4}-\d{2}$/, message: '月份格式：2025-09' }]}><Input /></Form.Item>
          )}
        </Form>
      </ResponsiveModal>
      <ResponsiveModal open={shown !== null} title={shown ? `养护员报酬发放表 ${shown.month}（${shown.status === 'approved' ? '已审批' : '待审批'}）` : ''} footer={null} onCancel={() => setShown(null)}>
        {shown && (
          <>
            <ResponsiveTable
              rowKey="id"
              size="small"
              pagination={false}
              dataSource={shown.lines}
              columns={[
                { title: '收款人', dataIndex: 'payeeName', render: (n: string, l: CaregiverPayroll['lines'][number]) => `${n}${l.role === 'substitute' ? '（代班）' : ''}` },
                { title: '天数', dataIndex: 'days' },
                { title: '金额', dataIndex: 'amount', render: yuan },
                { title: '账号', dataIndex: 'bankAccount', render: (a: string, l: CaregiverPayroll['lines'][number]) => `${l.bankName} ${a}` },
              ]}
            />
            <Typography.Paragraph style={{ marginTop: 12 }}>合计 {yuan(shown.total)}</Typography.Paragraph>
            {shown.withheld.length > 0 && (
              <Typography.Paragraph type="warning">
                暂不计发：{shown.withheld.map((w) => `${w.personName}（${w.caregiverName}，${WITHHELD_LABELS[w.reason] ?? w.reason}）`).join('；')}
              </Typography.Paragraph>
            )}
          </>
        )}
      </ResponsiveModal>
    </>
  );
}
