import { App, Button, Form, Grid, Input, Popconfirm, Select, Space, Switch, Tag } from 'antd';
import { useState } from 'react';
import { ApiError } from '../../api/client.ts';
import { registryApi } from '../../api/endpoints.ts';
import type { HouseholdFile, Member } from '../../api/types.ts';
import { ResponsiveModal } from '../../components/responsive-modal.tsx';
import { ResponsiveTable } from '../../components/responsive-table.tsx';
import { useI18n } from '../../i18n/index.tsx';
import { useSession } from '../../session.tsx';
import type { ChangeFn } from './household-file-page.tsx';
import { useRegistryText } from './labels.ts';
import { movesMessages } from './moves-messages.ts';
import { EditMemberModal } from './registry-moves.tsx';
import { benefitsLabels, benefitsMessages } from './benefits-messages.ts';
import { PersonStatusModal } from './person-status-modal.tsx';

export function MembersTab({ file, change }: { file: HouseholdFile; change: ChangeFn }) {
  const { t, tx, lang } = useI18n();
  const { r, code, options } = useRegistryText();
  const { access } = useSession();
  const { message } = App.useApp();
  const [revealed, setRevealed] = useState<Record<number, string>>({});
  const [adding, setAdding] = useState(false);
  const [removing, setRemoving] = useState<Member | null>(null);
  const [accountOf, setAccountOf] = useState<Member | null>(null);
  const [editingMember, setEditingMember] = useState<Member | null>(null);
  const [statusOf, setStatusOf] = useState<Member | null>(null);
  const [form] = Form.useForm();
  const [removeForm] = Form.useForm();
  const [accountForm] = Form.useForm();
  const editable = access.editHouseholds && file.status === 'active';
  const narrow = !Grid.useBreakpoint().md;

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
      ...(v.accountNumber ? { bankAccount: { bankName: v.bankName, accountNumber: v.accountNumber } } : {}),
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
  // 本人账户: set or removed through the household PATCH (audited with the member's other edits).
  const saveAccount = async (clear: boolean) => {
    const v = clear ? null : await accountForm.validateFields();
    const bankAccount = v ? { bankName: v.bankName, accountNumber: v.accountNumber } : null;
    const ok = await change(
      (f) => registryApi.update(f.id, { version: f.version, members: [{ personId: accountOf!.id, bankAccount }] }),
      (e) => accountForm.setFields([{ name: [/accountNumber$/.test(e.field ?? '') ? 'accountNumber' : 'bankName'], errors: [e.message] }]),
    );
    if (ok) setAccountOf(null);
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
      <ResponsiveTable<Member>
        rowKey="id"
        size="small"
        pagination={false}
        dataSource={file.members}
        scroll={{ x: 1320 }}
        columns={[
          {
            title: r('name'),
            dataIndex: 'name',
            width: 110,
            render: (v: string, m) => (
              <>
                {m.relation === 'head' ? <strong>{v}</strong> : v}
                {m.lifeStatus && m.lifeStatus !== 'alive' && (
                  <Tag color={m.lifeStatus === 'deceased' ? 'default' : 'orange'} style={{ marginLeft: 4 }} data-testid={`life-status-${m.id}`}>
                    {benefitsLabels[lang].lifeStatus[m.lifeStatus]} {m.statusDate ?? ''}
                  </Tag>
                )}
              </>
            ),
          },
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
          {
            title: r('ownAccount'),
            width: 170,
            render: (_, m) =>
              m.bankAccount ? (
                <div style={{ lineHeight: 1.4 }} data-testid={`own-account-${m.id}`}>
                  <div>{m.bankAccount.bankName}</div>
                  <span style={{ fontFamily: 'monospace', fontSize: 12, color: 'rgba(0,0,0,0.45)' }}>{m.bankAccount.accountNumberMasked}</span>
                </div>
              ) : (
                '—'
              ),
          },
          { title: r('labor'), dataIndex: 'laborCapacity', width: 110, render: (v: string) => code('laborCapacity', v) },
          { title: r('employment'), dataIndex: 'employment', width: 80, render: (v: string) => code('employment', v) },
          { title: r('health'), width: 110, render: (_, m) => (m.health === null ? '—' : `${code('health', m.health)}${m.diagnosis ? `（${m.diagnosis}）` : ''}`) },
          { title: r('disability'), width: 110, render: (_, m) => (m.disability ? `${code('disability', m.disability.category)} ${r('grade', { grade: m.disability.grade })}` : '') },
          { title: r('flags'), width: 140, render: (_, m) => [...m.flags.map((f) => <Tag key={f}>{code('flags', f)}</Tag>), m.student ? <Tag key="s" color="blue">{r('student')}</Tag> : null] },
          ...(editable
            ? [
                {
                  title: t('common.actions'),
                  width: 260,
                  // Pinned right on a desk; at phone width it would cover the names.
                  fixed: narrow ? undefined : ('right' as const),
                  render: (_: unknown, m: Member) => (
                    <Space size={0} wrap>
                      <Button size="small" type="link" data-testid={`edit-member-${m.id}`} onClick={() => setEditingMember(m)}>
                        {tx(movesMessages, 'editMember')}
                      </Button>
                      <Button
                        size="small"
                        type="link"
                        data-testid={`own-account-edit-${m.id}`}
                        onClick={() => {
                          accountForm.setFieldsValue({ bankName: m.bankAccount?.bankName ?? '', accountNumber: '' });
                          setAccountOf(m);
                        }}
                      >
                        {r('ownAccountEdit')}
                      </Button>
                      {m.lifeStatus !== 'deceased' && (
                        <Button size="small" type="link" data-testid={`person-status-${m.id}`} onClick={() => setStatusOf(m)}>
                          {tx(benefitsMessages, 'recordStatus')}
                        </Button>
                      )}
                      {m.relation !== 'head' && (
                      <Space>
                        <Popconfirm title={r('makeHead')} onConfirm={() => void change((f) => registryApi.changeHead(f.id, { version: f.version, personId: m.id }))}>
                          <Button size="small" type="link">{r('makeHead')}</Button>
                        </Popconfirm>
                        <Button size="small" type="link" danger onClick={() => setRemoving(m)} data-testid={`remove-member-${m.id}`}>
                          {tx(movesMessages, 'moveOut')}
                        </Button>
                      </Space>
                      )}
                    </Space>
                  ),
                },
              ]
            : []),
        ]}
      />
      {editingMember && <EditMemberModal member={editingMember} change={change} onClose={() => setEditingMember(null)} />}
      {statusOf && (
        <PersonStatusModal
          member={statusOf}
          onClose={() => setStatusOf(null)}
          onDone={() => {
            setStatusOf(null);
            void change((f) => registryApi.file(f.id));
          }}
        />
      )}
      <ResponsiveModal open={adding} title={r('addMember')} onOk={() => void add()} onCancel={() => setAdding(false)} okText={t('common.save')} cancelText={t('common.cancel')} destroyOnHidden>
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
      </ResponsiveModal>
      <ResponsiveModal
        open={accountOf !== null}
        title={r('ownAccountTitle', { name: accountOf?.name ?? '' })}
        onOk={() => void saveAccount(false)}
        onCancel={() => setAccountOf(null)}
        okText={t('common.save')}
        cancelText={t('common.cancel')}
        footer={(orig) => (
          <Space>
            {accountOf?.bankAccount && (
              <Button danger onClick={() => void saveAccount(true)}>
                {r('ownAccountClear')}
              </Button>
            )}
            {orig}
          </Space>
        )}
        destroyOnHidden
      >
        <p style={{ color: 'rgba(0,0,0,0.45)' }}>{r('ownAccountHint')}</p>
        <Form form={accountForm} layout="vertical" name="own-account">
          <Form.Item name="bankName" label={r('bankName')} rules={[{ required: true, max: 100 }]}>
            <Input />
          </Form.Item>
          <Form.Item name="accountNumber" label={r('accountNumber')} rules={[{ required: true }, { pattern: /^\d{8,30}$/, message: r('accountInvalid') }]}>
            <Input style={{ fontFamily: 'monospace' }} maxLength={30} />
          </Form.Item>
        </Form>
      </ResponsiveModal>
      <ResponsiveModal open={removing !== null} title={`${r('removeMember')}：${removing?.name ?? ''}`} onOk={() => void remove()} onCancel={() => setRemoving(null)} okText={t('common.confirm')} cancelText={t('common.cancel')} destroyOnHidden>
        <Form form={removeForm} layout="vertical">
          <Form.Item name="reason" label={r('removeReason')} rules={[{ required: true }]}>
            <Input />
          </Form.Item>
        </Form>
      </ResponsiveModal>
    </>
  );
}
