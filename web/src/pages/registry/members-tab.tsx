import { App, Button, Form, Input, Modal, Popconfirm, Select, Space, Switch, Table, Tag } from 'antd';
import { useState } from 'react';
import { ApiError } from '../../api/client.ts';
import { registryApi } from '../../api/endpoints.ts';
import type { HouseholdFile, Member } from '../../api/types.ts';
import { useI18n } from '../../i18n/index.tsx';
import { useSession } from '../../session.tsx';
import type { ChangeFn } from './household-file-page.tsx';
import { useRegistryText } from './labels.ts';

export function MembersTab({ file, change }: { file: HouseholdFile; change: ChangeFn }) {
  const { t } = useI18n();
  const { r, code, options } = useRegistryText();
  const { access } = useSession();
  const { message } = App.useApp();
  const [revealed, setRevealed] = useState<Record<number, string>>({});
  const [adding, setAdding] = useState(false);
  const [removing, setRemoving] = useState<Member | null>(null);
  const [form] = Form.useForm();
  const [removeForm] = Form.useForm();
  const editable = access.editHouseholds && file.status === 'active';

  const reveal = async (m: Member) => {
    try {
      const { idNumber } = await registryApi.revealIdNumber(m.id);
      setRevealed((old) => ({ ...old, [m.id]: idNumber }));
    } catch (e) {
      message.error(e instanceof ApiError ? e.message : String(e));
    }
  };
  const add = async () => {
    const v = await form.validateFields();
    const person = {
      idNumber: v.idNumber,
      name: v.name,
      relation: v.relation,
      laborCapacity: v.laborCapacity,
      employment: v.employment,
      health: v.health,
      student: Boolean(v.student),
      disability: v.disabilityCategory ? { category: v.disabilityCategory, grade: v.disabilityGrade ?? 4 } : null,
      flags: v.flags ?? [],
    };
    const ok = await change(
      (f) => registryApi.addMember(f.id, { version: f.version, person }),
      (e) => form.setFields([{ name: [(e.field ?? 'person.idNumber').replace(/^person\./, '')], errors: [e.message] }]),
    );
    if (ok) {
      setAdding(false);
      form.resetFields();
    }
  };
  const remove = async () => {
    const { reason } = await removeForm.validateFields();
    const ok = await change((f) => registryApi.removeMember(f.id, removing!.id, { version: f.version, reason }));
    if (ok) setRemoving(null);
  };

  return (
    <>
      {editable && (
        <Button type="primary" style={{ marginBottom: 12 }} onClick={() => setAdding(true)}>
          {r('addMember')}
        </Button>
      )}
      <Table<Member>
        rowKey="id"
        size="small"
        pagination={false}
        dataSource={file.members}
        scroll={{ x: 1100 }}
        columns={[
          { title: r('name'), dataIndex: 'name', width: 90, render: (v: string, m) => (m.relation === 'head' ? <strong>{v}</strong> : v) },
          {
            title: r('idNumber'),
            width: 230,
            render: (_, m) => (
              <Space>
                <span style={{ fontFamily: 'monospace' }} data-testid={`id-${m.id}`}>{revealed[m.id] ?? m.idNumberMasked}</span>
                {access.revealIdNumbers && !revealed[m.id] && (
                  <Button size="small" type="link" onClick={() => void reveal(m)}>
                    {r('reveal')}
                  </Button>
                )}
              </Space>
            ),
          },
          { title: r('sex'), dataIndex: 'sex', width: 50, render: (v: string) => (v === 'male' ? r('male') : r('female')) },
          { title: r('age'), dataIndex: 'age', width: 50 },
          { title: r('relation'), dataIndex: 'relation', width: 80, render: (v: string) => code('relation', v) },
          { title: r('labor'), dataIndex: 'laborCapacity', width: 110, render: (v: string) => code('laborCapacity', v) },
          { title: r('employment'), dataIndex: 'employment', width: 80, render: (v: string) => code('employment', v) },
          { title: r('health'), width: 110, render: (_, m) => (m.health === null ? '—' : `${code('health', m.health)}${m.diagnosis ? `（${m.diagnosis}）` : ''}`) },
          { title: r('disability'), width: 110, render: (_, m) => (m.disability ? `${code('disability', m.disability.category)} ${r('grade', { grade: m.disability.grade })}` : '') },
          { title: r('flags'), width: 140, render: (_, m) => [...m.flags.map((f) => <Tag key={f}>{code('flags', f)}</Tag>), m.student ? <Tag key="s" color="blue">{r('student')}</Tag> : null] },
          ...(editable
            ? [
                {
                  title: t('common.actions'),
                  width: 150,
                  fixed: 'right' as const,
                  render: (_: unknown, m: Member) =>
                    m.relation === 'head' ? null : (
                      <Space>
                        <Popconfirm title={r('makeHead')} onConfirm={() => void change((f) => registryApi.changeHead(f.id, { version: f.version, personId: m.id }))}>
                          <Button size="small" type="link">{r('makeHead')}</Button>
                        </Popconfirm>
                        <Button size="small" type="link" danger onClick={() => setRemoving(m)}>
                          {r('removeMember')}
                        </Button>
                      </Space>
                    ),
                },
              ]
            : []),
        ]}
      />
      <Modal open={adding} title={r('addMember')} onOk={() => void add()} onCancel={() => setAdding(false)} okText={t('common.save')} cancelText={t('common.cancel')} destroyOnHidden>
        <Form form={form} layout="vertical" initialValues={{ relation: 'child', laborCapacity: 'full', employment: 'not_applicable', health: 'healthy' }}>
          <Form.Item name="idNumber" label={r('idNumber')} rules={[{ required: true }]}>
            <Input maxLength={18} style={{ fontFamily: 'monospace' }} />
          </Form.Item>
          <Form.Item name="name" label={r('name')} rules={[{ required: true }]}>
            <Input />
          </Form.Item>
          <Form.Item name="relation" label={r('relation')}>
            <Select options={options('relation').filter((o) => o.value !== 'head')} />
          </Form.Item>
          <Space wrap>
            <Form.Item name="laborCapacity" label={r('labor')}>
              <Select style={{ width: 140 }} options={options('laborCapacity')} />
            </Form.Item>
            <Form.Item name="employment" label={r('employment')}>
              <Select style={{ width: 120 }} options={options('employment')} />
            </Form.Item>
            <Form.Item name="health" label={r('health')}>
              <Select style={{ width: 110 }} options={options('health')} />
            </Form.Item>
            <Form.Item name="student" label={r('student')} valuePropName="checked">
              <Switch />
            </Form.Item>
          </Space>
          <Space wrap>
            <Form.Item name="disabilityCategory" label={r('disability')}>
              <Select allowClear style={{ width: 120 }} options={options('disability')} />
            </Form.Item>
            <Form.Item name="disabilityGrade" label={r('grade', { grade: '' })}>
              <Select allowClear style={{ width: 90 }} options={[1, 2, 3, 4].map((g) => ({ value: g, label: r('grade', { grade: g }) }))} />
            </Form.Item>
            <Form.Item name="flags" label={r('flags')}>
              <Select mode="multiple" allowClear style={{ width: 220 }} options={options('flags')} />
            </Form.Item>
          </Space>
        </Form>
      </Modal>
      <Modal open={removing !== null} title={`${r('removeMember')}：${removing?.name ?? ''}`} onOk={() => void remove()} onCancel={() => setRemoving(null)} okText={t('common.confirm')} cancelText={t('common.cancel')} destroyOnHidden>
        <Form form={removeForm} layout="vertical">
          <Form.Item name="reason" label={r('removeReason')} rules={[{ required: true }]}>
            <Input />
          </Form.Item>
        </Form>
      </Modal>
    </>
  );
}
