import { Button, DatePicker, Flex, Form, Input, InputNumber, Tag, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { chinaToday } from '../../china-date.ts';
import { PersonSelect } from '../../components/person-select.tsx';
import { ResponsiveModal } from '../../components/responsive-modal.tsx';
import { ResponsiveTable } from '../../components/responsive-table.tsx';
import { usePagedList } from '../../components/use-paged-list.ts';
import { ASSESSMENT_ITEMS, elderlyApi, LEVEL_COLORS, LEVEL_LABELS, levelOf, type Assessment } from './api.ts';
import { useSave, useWorker } from './use-save.ts';

const day = (d: Dayjs) => d.format('YYYY-MM-DD');

/** 能力评估: four indicator scores, the total and the level (GB/T 42195-2022 bands), history per person. */
export function AssessmentsTab() {
  const { works } = useWorker();
  const [personId, setPersonId] = useState<number>();
  const list = usePagedList((page, pageSize) => elderlyApi.assessments({ personId, page, pageSize }), `${personId}`);
  const [open, setOpen] = useState(false);
  const [form] = Form.useForm();
  const items = Form.useWatch('items', form) as Record<string, number | null> | undefined;
  const scored = ASSESSMENT_ITEMS.every((i) => typeof items?.[i.code] === 'number');
  const total = ASSESSMENT_ITEMS.reduce((s, i) => s + (items?.[i.code] ?? 0), 0);
  const { busy, run } = useSave();
  const save = async () => {
    const v = await form.validateFields();
    await run(form, () => elderlyApi.assess({ personId: v.personId, assessedOn: day(v.assessedOn), assessor: v.assessor, items: v.items, note: v.note || null }), () => { setOpen(false); list.reload(); });
  };
  return (
    <>
      <Flex gap={8} wrap style={{ marginBottom: 12 }}>
        <div style={{ width: 260, maxWidth: '100%' }}>
          <PersonSelect value={personId} onChange={setPersonId} placeholder="查看某位老人的评估记录" />
        </div>
        {personId && <Button onClick={() => setPersonId(undefined)}>全部</Button>}
        {works && (
          <Button type="primary" onClick={() => { form.resetFields(); form.setFieldsValue({ assessedOn: chinaToday(), personId }); setOpen(true); }}>
            登记能力评估
          </Button>
        )}
      </Flex>
      <ResponsiveTable<Assessment>
        rowKey="id"
        size="middle"
        loading={list.loading}
        dataSource={list.items}
        pagination={{ current: list.page, pageSize: list.pageSize, total: list.total, onChange: list.changePage, hideOnSinglePage: true }}
        columns={[
          { title: '姓名', dataIndex: 'personName' },
          { title: '评估日期', dataIndex: 'assessedOn' },
          { title: '总分', dataIndex: 'total', render: (t: number) => `${t} / 90` },
          { title: '等级', dataIndex: 'level', render: (l: number) => <Tag color={LEVEL_COLORS[l]}>{`${l} 级 ${LEVEL_LABELS[l] ?? ''}`}</Tag> },
          { title: '各项得分', key: 'items', render: (_: unknown, r: Assessment) => ASSESSMENT_ITEMS.map((i) => `${i.label} ${r.items[i.code] ?? '—'}`).join('，') },
          { title: '评估员', dataIndex: 'assessor' },
        ]}
      />
      <ResponsiveModal open={open} title="登记能力评估" onOk={() => void save()} onCancel={() => setOpen(false)} confirmLoading={busy} forceRender>
        <Form form={form} name="assessment" layout="vertical">
          <Form.Item name="personId" label="老人" rules={[{ required: true, message: '请选择老人' }]}>
            <PersonSelect />
          </Form.Item>
          <Flex gap={12} wrap>
            <Form.Item name="assessedOn" label="评估日期" rules={[{ required: true }]} style={{ flex: '1 1 140px' }}>
              <DatePicker style={{ width: '100%' }} />
            </Form.Item>
            <Form.Item name="assessor" label="评估员" rules={[{ required: true, whitespace: true, message: '请填写评估员' }]} style={{ flex: '1 1 140px' }}>
              <Input maxLength={50} />
            </Form.Item>
          </Flex>
          <Flex gap={12} wrap>
            {ASSESSMENT_ITEMS.map((i) => (
              <Form.Item key={i.code} name={['items', i.code]} label={`${i.label}（0–${i.max}）`} rules={[{ required: true, message: `请填写${i.label}得分` }]} style={{ flex: '1 1 140px' }}>
                <InputNumber min={0} max={i.max} precision={0} inputMode="numeric" style={{ width: '100%' }} />
              </Form.Item>
            ))}
          </Flex>
          <Typography.Paragraph>
            总分 <b>{total}</b> / 90{scored && <> ，等级 <Tag color={LEVEL_COLORS[levelOf(total)]}>{`${levelOf(total)} 级 ${LEVEL_LABELS[levelOf(total)]}`}</Tag></>}
          </Typography.Paragraph>
          <Form.Item name="note" label="备注">
            <Input.TextArea rows={2} maxLength={500} />
          </Form.Item>
        </Form>
      </ResponsiveModal>
    </>
  );
}
