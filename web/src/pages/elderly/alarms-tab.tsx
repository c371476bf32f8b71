import { Button, DatePicker, Flex, Form, Input, Select, Tag, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { chinaToday } from '../../china-date.ts';
import { PersonSelect } from '../../components/person-select.tsx';
import { ResponsiveModal } from '../../components/responsive-modal.tsx';
import { ResponsiveTable } from '../../components/responsive-table.tsx';
import { usePagedList } from '../../components/use-paged-list.ts';
import { ALARM_KIND_LABELS, chinaTime, CHINA_TIME_PATTERN, elderlyApi, fromChinaTime, OUTCOME_LABELS, type Alarm, type Device } from './api.ts';
import { useSave, useWorker } from './use-save.ts';

const day = (d: Dayjs) => d.format('YYYY-MM-DD');
const opts = (labels: Record<string, string>) => Object.entries(labels).map(([value, label]) => ({ value, label }));
const timeRule = { pattern: CHINA_TIME_PATTERN, message: '时间格式：2025-09-10 08:30' };

/** 电子保姆: the community's alarms (open first), their responses and times, and the devices. */
export function AlarmsTab() {
  const { works } = useWorker();
  const [status, setStatus] = useState<string | undefined>('open');
  const alarms = usePagedList((page, pageSize) => elderlyApi.alarms({ status, page, pageSize }), `${status}`);
  const devices = usePagedList((page, pageSize) => elderlyApi.devices({ page, pageSize }), 'devices');
  const [answering, setAnswering] = useState<Alarm | null>(null);
  const [raising, setRaising] = useState<Device | null>(null);
  const [registering, setRegistering] = useState(false);
  const [form] = Form.useForm();
  const [alarmForm] = Form.useForm();
  const [deviceForm] = Form.useForm();
  const { busy, run } = useSave();
  const now = () => chinaTime(new Date().toISOString());
  const answer = async () => {
    const v = await form.validateFields();
    if (answering) await run(form, () => elderlyApi.respond(answering.id, { responder: v.responder, respondedAt: fromChinaTime(v.respondedAt), outcome: v.outcome, note: v.note || null }), () => { setAnswering(null); alarms.reload(); devices.reload(); }, '已登记处置');
  };
  const raise = async () => {
    const v = await alarmForm.validateFields();
    if (raising) await run(alarmForm, () => elderlyApi.raiseAlarm(raising.id, { raisedAt: fromChinaTime(v.raisedAt), kind: v.kind, note: v.note || null }), () => { setRaising(null); alarms.reload(); devices.reload(); }, '已登记报警');
  };
  const register = async () => {
    const v = await deviceForm.validateFields();
    await run(deviceForm, () => elderlyApi.registerDevice({ ...v, installedOn: day(v.installedOn) }), () => { setRegistering(false); devices.reload(); });
  };
  return (
    <>
      <Flex gap={8} wrap style={{ marginBottom: 12 }}>
        <Select allowClear placeholder="状态" options={[{ value: 'open', label: '待处置' }, { value: 'closed', label: '已处置' }]} value={status} onChange={setStatus} style={{ width: 110 }} />
      </Flex>
      <ResponsiveTable<Alarm>
        rowKey="id"
        size="middle"
        loading={alarms.loading}
        dataSource={alarms.items}
        locale={{ emptyText: status === 'open' ? '没有待处置的报警' : '暂无报警记录' }}
        pagination={{ current: alarms.page, pageSize: alarms.pageSize, total: alarms.total, onChange: alarms.changePage, hideOnSinglePage: true }}
        columns={[
          { title: '老人', dataIndex: 'personName' },
          { title: '报警', dataIndex: 'kind', render: (k: string, r: Alarm) => `${ALARM_KIND_LABELS[k] ?? k} ${chinaTime(r.raisedAt)}` },
          {
            title: '响应',
            dataIndex: 'responseMinutes',
            render: (m: number, r: Alarm) =>
              r.status === 'open' ? <Tag color={r.late ? 'red' : 'orange'}>待处置，已等 {m} 分钟</Tag> : <Tag color={r.late ? 'red' : 'green'}>{`${m} 分钟响应${r.late ? '（超时）' : ''}`}</Tag>,
          },
          { title: '处置', dataIndex: 'outcome', render: (o: string | null, r: Alarm) => (o ? `${r.responder ?? ''} ${chinaTime(r.respondedAt!)} ${OUTCOME_LABELS[o] ?? o}` : '') },
          {
            title: '操作',
            key: 'actions',
            render: (_: unknown, r: Alarm) =>
              works && r.status === 'open' ? (
                <Button size="small" type="primary" onClick={() => { form.resetFields(); form.setFieldsValue({ respondedAt: now(), outcome: 'checked_ok' }); setAnswering(r); }}>
                  处置
                </Button>
              ) : null,
          },
        ]}
      />
      <Typography.Title level={5} style={{ marginTop: 24 }}>设备</Typography.Title>
      {works && (
        <Flex gap={8} wrap style={{ marginBottom: 12 }}>
          <Button onClick={() => { deviceForm.resetFields(); deviceForm.setFieldsValue({ installedOn: chinaToday() }); setRegistering(true); }}>登记设备</Button>
        </Flex>
      )}
      <ResponsiveTable<Device>
        rowKey="id"
        size="middle"
        loading={devices.loading}
        dataSource={devices.items}
        pagination={{ current: devices.page, pageSize: devices.pageSize, total: devices.total, onChange: devices.changePage, hideOnSinglePage: true }}
        columns={[
          { title: '老人', dataIndex: 'personName' },
          { title: '设备号', dataIndex: 'deviceNumber' },
          { title: '服务商', dataIndex: 'provider' },
          { title: '安装日期', dataIndex: 'installedOn' },
          { title: '待处置报警', dataIndex: 'openAlarms', render: (n: number) => (n > 0 ? <Tag color="red">{n}</Tag> : '0') },
          {
            title: '操作',
            key: 'actions',
            render: (_: unknown, r: Device) =>
              works ? (
                <Button size="small" onClick={() => { alarmForm.resetFields(); alarmForm.setFieldsValue({ raisedAt: now(), kind: 'sos' }); setRaising(r); }}>
                  登记报警
                </Button>
              ) : null,
          },
        ]}
      />
      <ResponsiveModal open={answering !== null} title={`报警处置：${answering?.personName ?? ''}`} okText="登记处置" onOk={() => void answer()} onCancel={() => setAnswering(null)} confirmLoading={busy} forceRender>
        {answering && (
          <Typography.Paragraph type="secondary">
            {ALARM_KIND_LABELS[answering.kind]}，{chinaTime(answering.raisedAt)} 报警（设备 {answering.deviceNumber}）
          </Typography.Paragraph>
        )}
        <Form form={form} name="response" layout="vertical">
          <Form.Item name="responder" label="响应人" rules={[{ required: true, whitespace: true, message: '请填写响应人' }]}>
            <Input maxLength={50} />
          </Form.Item>
          <Form.Item name="respondedAt" label="响应时间（北京时间）" rules={[{ required: true, message: '请填写响应时间' }, timeRule]}>
            <Input inputMode="numeric" />
          </Form.Item>
          <Form.Item name="outcome" label="处置结果" rules={[{ required: true }]}>
            <Select options={opts(OUTCOME_LABELS)} />
          </Form.Item>
          <Form.Item name="note" label="说明">
            <Input.TextArea rows={2} maxLength={500} />
          </Form.Item>
        </Form>
      </ResponsiveModal>
      <ResponsiveModal open={raising !== null} title={`登记报警：${raising?.personName ?? ''}`} okText="登记" onOk={() => void raise()} onCancel={() => setRaising(null)} confirmLoading={busy} forceRender>
        <Form form={alarmForm} name="alarm" layout="vertical">
          <Form.Item name="raisedAt" label="报警时间（北京时间）" rules={[{ required: true, message: '请填写报警时间' }, timeRule]}>
            <Input inputMode="numeric" />
          </Form.Item>
          <Form.Item name="kind" label="报警类型" rules={[{ required: true }]}>
            <Select options={opts(ALARM_KIND_LABELS)} />
          </Form.Item>
          <Form.Item name="note" label="说明">
            <Input.TextArea rows={2} maxLength={500} />
          </Form.Item>
        </Form>
      </ResponsiveModal>
      <ResponsiveModal open={registering} title="登记电子保姆设备" onOk={() => void register()} onCancel={() => setRegistering(false)} confirmLoading={busy} forceRender>
        <Form form={deviceForm} name="device" layout="vertical">
          <Form.Item name="personId" label="老人" rules={[{ required: true, message: '请选择老人' }]}>
            <PersonSelect />
          </Form.Item>
          <Form.Item name="deviceNumber" label="设备号" rules={[{ required: true, whitespace: true, message: '请填写设备号' }]}>
            <Input maxLength={40} />
          </Form.Item>
          <Form.Item name="provider" label="服务商" rules={[{ required: true, whitespace: true, message: '请填写服务商' }]}>
            <Input maxLength={200} />
          </Form.Item>
          <Form.Item name="installedOn" label="安装日期" rules={[{ required: true }]}>
            <DatePicker style={{ width: '100%' }} />
          </Form.Item>
        </Form>
      </ResponsiveModal>
    </>
  );
}
