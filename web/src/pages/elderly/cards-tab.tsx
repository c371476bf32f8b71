import { Button, DatePicker, Flex, Form, Input, Select, Tag } from 'antd';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { chinaToday } from '../../china-date.ts';
import { PersonSelect } from '../../components/person-select.tsx';
import { ResponsiveModal } from '../../components/responsive-modal.tsx';
import { ResponsiveTable } from '../../components/responsive-table.tsx';
import { usePagedList } from '../../components/use-paged-list.ts';
import { CARD_KIND_LABELS, elderlyApi, type SeniorCard } from './api.ts';
import { useSave, useWorker } from './use-save.ts';

const day = (d: Dayjs) => d.format('YYYY-MM-DD');
const yuan = (fen: number) => (fen === 0 ? '免费' : `${(fen / 100).toFixed(2)} 元`);

/** 老年证 / 优待证: issue, reissue (the old number void), the area's ledger. */
export function CardsTab() {
  const { works } = useWorker();
  const [kind, setKind] = useState<string>();
  const [status, setStatus] = useState<string | undefined>('valid');
  const list = usePagedList((page, pageSize) => elderlyApi.cards({ kind, status, page, pageSize }), `${kind}:${status}`);
  const [issuing, setIssuing] = useState(false);
  const [reissuing, setReissuing] = useState<SeniorCard | null>(null);
  const [form] = Form.useForm();
  const [reForm] = Form.useForm();
  const { busy, run } = useSave();
  const issue = async () => {
    const v = await form.validateFields();
    await run(form, () => elderlyApi.issueCard({ personId: v.personId, kind: v.kind, issuedOn: day(v.issuedOn) }), () => { setIssuing(false); list.reload(); }, '已办理');
  };
  const reissue = async () => {
    const v = await reForm.validateFields();
    if (reissuing) await run(reForm, () => elderlyApi.reissueCard(reissuing.id, { reason: v.reason, issuedOn: day(v.issuedOn) }), () => { setReissuing(null); list.reload(); }, '已补领，原证作废');
  };
  return (
    <>
      <Flex gap={8} wrap style={{ marginBottom: 12 }}>
        <Select allowClear placeholder="证件" options={Object.entries(CARD_KIND_LABELS).map(([value, label]) => ({ value, label }))} value={kind} onChange={setKind} style={{ width: 110 }} />
        <Select allowClear placeholder="状态" options={[{ value: 'valid', label: '有效' }, { value: 'void', label: '已作废' }]} value={status} onChange={setStatus} style={{ width: 110 }} />
        {works && (
          <Button type="primary" onClick={() => { form.resetFields(); form.setFieldsValue({ kind: 'senior', issuedOn: chinaToday() }); setIssuing(true); }}>
            办理老年证
          </Button>
        )}
      </Flex>
      <ResponsiveTable<SeniorCard>
        rowKey="id"
        size="middle"
        loading={list.loading}
        dataSource={list.items}
        pagination={{ current: list.page, pageSize: list.pageSize, total: list.total, onChange: list.changePage, hideOnSinglePage: true }}
        columns={[
          { title: '姓名', dataIndex: 'personName' },
          { title: '证件', dataIndex: 'kind', render: (k: string, r: SeniorCard) => `${CARD_KIND_LABELS[k] ?? k}（${r.ageAtIssue} 周岁办理）` },
          { title: '证号', dataIndex: 'number' },
          { title: '发证日期', dataIndex: 'issuedOn' },
          { title: '工本费', dataIndex: 'fee', render: yuan },
          {
            title: '状态',
            dataIndex: 'status',
            render: (s: string, r: SeniorCard) => (s === 'valid' ? <Tag color="green">{r.reissueOf ? `有效（补领：${r.reissueReason ?? ''}）` : '有效'}</Tag> : <Tag>已作废 {r.voidedOn}</Tag>),
          },
          {
            title: '操作',
            key: 'actions',
            render: (_: unknown, r: SeniorCard) =>
              works && r.status === 'valid' ? (
                <Button size="small" onClick={() => { reForm.resetFields(); reForm.setFieldsValue({ issuedOn: chinaToday() }); setReissuing(r); }}>
                  补领
                </Button>
              ) : null,
          },
        ]}
      />
      <ResponsiveModal open={issuing} title="办理老年证 / 优待证" okText="办理" onOk={() => void issue()} onCancel={() => setIssuing(false)} confirmLoading={busy} forceRender>
        <Form form={form} name="card" layout="vertical">
          <Form.Item name="personId" label="老人" rules={[{ required: true, message: '请选择老人' }]} extra="年龄按身份证出生日期计算：老年证 60 周岁起，优待证按本地政策">
            <PersonSelect />
          </Form.Item>
          <Form.Item name="kind" label="证件" rules={[{ required: true }]}>
            <Select options={Object.entries(CARD_KIND_LABELS).map(([value, label]) => ({ value, label }))} />
          </Form.Item>
          <Form.Item name="issuedOn" label="发证日期" rules={[{ required: true }]}>
            <DatePicker style={{ width: '100%' }} />
          </Form.Item>
        </Form>
      </ResponsiveModal>
      <ResponsiveModal open={reissuing !== null} title={`补领：${reissuing?.personName ?? ''} ${reissuing?.number ?? ''}`} okText="补领" onOk={() => void reissue()} onCancel={() => setReissuing(null)} confirmLoading={busy} forceRender>
        <Form form={reForm} name="reissue" layout="vertical">
          <Form.Item name="reason" label="补领原因" rules={[{ required: true, whitespace: true, message: '请填写补领原因，如：遗失、损坏' }]}>
            <Input maxLength={200} placeholder="如：遗失、损坏" />
          </Form.Item>
          <Form.Item name="issuedOn" label="补领日期" rules={[{ required: true }]}>
            <DatePicker style={{ width: '100%' }} />
          </Form.Item>
        </Form>
      </ResponsiveModal>
    </>
  );
}
