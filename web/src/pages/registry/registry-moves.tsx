import { DownOutlined } from '@ant-design/icons';
import { App, Button, Checkbox, Dropdown, Form, Input, List, Modal, Select, Space, Switch, Typography } from 'antd';
import type { ButtonProps, FormInstance } from 'antd';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import { ApiError } from '../../api/client.ts';
import { registryApi } from '../../api/endpoints.ts';
import type { HouseholdFile, Member, PersonHit } from '../../api/types.ts';
import { useI18n } from '../../i18n/index.tsx';
import { CommunitySelect } from './community-select.tsx';
import type { ChangeFn } from './household-file-page.tsx';
import { useRegistryText } from './labels.ts';
import { movesMessages } from './moves-messages.ts';

/**
 * 户籍变动 on the household page: edit a member, move a person in from another household
 * (迁入), split members off into a new household (分户), merge another household into this one
 * (合户), move the household to another community (迁移). Each dialog sends the versions it
 * started from; an error the server ties to a field is shown next to that field.
 */

export type MoveKind = 'moveIn' | 'split' | 'merge' | 'move';

function useMovesText() {
  const { tx } = useI18n();
  return (key: keyof (typeof movesMessages)['zh-CN'], params?: Record<string, string | number>) => tx(movesMessages, key, params);
}

/** Puts a server error on the field it names (mapped to this form's field names), else on `fallback`. */
function fieldError(form: FormInstance, e: ApiError, map: Record<string, string>, fallback: string) {
  const raw = e.field ?? '';
  const name = map[raw] ?? Object.entries(map).find(([k]) => raw.startsWith(`${k}.`))?.[1] ?? fallback;
  form.setFields([{ name, errors: [e.message] }]);
}

export function RegistryMovesMenu({ onOpen }: { onOpen: (k: MoveKind) => void }) {
  const m = useMovesText();
  return (
    <Dropdown
      trigger={['click']}
      menu={{
        items: (['moveIn', 'split', 'merge', 'move'] as const).map((k) => ({ key: k, label: <span data-testid={`moves-${k}`}>{m(k)}</span> })),
        onClick: ({ key }) => onOpen(key as MoveKind),
      }}
    >
      <Button data-testid="registry-moves">
        <Space>
          {m('menu')}
          <DownOutlined />
        </Space>
      </Button>
    </Dropdown>
  );
}

/** Person search for 迁入 and 合户: by ID number, name or pinyin initials, within the user's area. */
function PersonPicker({ exclude, value, onChange }: { exclude: number; value?: PersonHit; onChange?: (p: PersonHit | undefined) => void }) {
  const m = useMovesText();
  const [hits, setHits] = useState<PersonHit[]>([]);
  const [loading, setLoading] = useState(false);
  const search = async (q: string) => {
    if (!q.trim()) return;
    setLoading(true);
    try {
      setHits((await registryApi.persons(q.trim())).items.filter((h) => h.householdId !== exclude));
    } finally {
      setLoading(false);
    }
  };
  return (
    <>
      <Input.Search placeholder={m('searchPerson')} onSearch={(q) => void search(q)} loading={loading} data-testid="moves-person-search" enterButton />
      <List<PersonHit>
        size="small"
        style={{ marginTop: 8, maxHeight: 220, overflowY: 'auto' }}
        dataSource={hits}
        locale={{ emptyText: m('noHits') }}
        renderItem={(h) => (
          <List.Item
            onClick={() => onChange?.(h)}
            style={{ cursor: 'pointer', background: value?.id === h.id ? '#e6f4ff' : undefined, paddingInline: 8 }}
            data-testid={`moves-hit-${h.id}`}
          >
            <Typography.Text>
              <strong>{h.name}</strong> <span style={{ fontFamily: 'monospace' }}>{h.idNumberMasked}</span>
              <br />
              <Typography.Text type="secondary">{m('hitHousehold', { id: h.householdId, area: h.areaName, address: h.address })}</Typography.Text>
            </Typography.Text>
          </List.Item>
        )}
      />
    </>
  );
}

export function RegistryMoveModal({ kind, file, change, onClose }: { kind: MoveKind; file: HouseholdFile; change: ChangeFn; onClose: () => void }) {
  const m = useMovesText();
  const { t } = useI18n();
  const { r, options } = useRegistryText();
  const { modal } = App.useApp();
  const navigate = useNavigate();
  const [form] = Form.useForm();
  const [busy, setBusy] = useState(false);
  const members = file.members;
  const picked: PersonHit | undefined = Form.useWatch('person', form);
  const splitIds: number[] | undefined = Form.useWatch('personIds', form);

  const submit = async () => {
    // An invalid form shows its errors beside the fields; nothing to send.
    const v = await form.validateFields().catch(() => null);
    if (!v) return;
    setBusy(true);
    try {
      let ok = false;
      if (kind === 'moveIn') {
        const from = await registryApi.file(v.person.householdId);
        ok = await change(
          (f) => registryApi.moveIn(f.id, { version: f.version, personId: v.person.id, fromVersion: from.version, relation: v.relation }),
          (e) => fieldError(form, e, { personId: 'person', fromVersion: 'person', relation: 'relation' }, 'person'),
        );
      } else if (kind === 'merge') {
        const other = await registryApi.file(v.person.householdId);
        ok = await change(
          (f) => registryApi.merge(f.id, { version: f.version, otherHouseholdId: other.id, otherVersion: other.version }),
          (e) => fieldError(form, e, { otherHouseholdId: 'person', otherVersion: 'person' }, 'person'),
        );
      } else if (kind === 'move') {
        ok = await change(
          (f) => registryApi.move(f.id, { version: f.version, areaCode: v.areaCode, ...(v.address ? { address: v.address } : {}) }),
          (e) => fieldError(form, e, { areaCode: 'areaCode', address: 'address' }, 'areaCode'),
        );
      } else {
        let created: HouseholdFile | null = null;
        ok = await change(
          async (f) => {
            const res = await registryApi.split(f.id, { version: f.version, personIds: v.personIds, headPersonId: v.headPersonId, ...(v.address ? { address: v.address } : {}) });
            created = res.created;
            return res.original;
          },
          (e) => fieldError(form, e, { personIds: 'personIds', headPersonId: 'headPersonId', address: 'address' }, 'personIds'),
        );
        const made = created as HouseholdFile | null;
        if (ok && made) {
          modal.success({
            title: m('splitDone'),
            content: (
              // A plain link: the confirmation renders outside the router's context.
              <a
                href={`/households/${made.id}`}
                data-testid="moves-split-link"
                onClick={(ev) => {
                  ev.preventDefault();
                  Modal.destroyAll();
                  navigate(`/households/${made.id}`);
                }}
              >
                {m('openNew', { id: made.id })}
              </a>
            ),
          });
        }
      }
      if (ok) onClose();
    } catch (e) {
      if (e instanceof ApiError) form.setFields([{ name: kind === 'move' ? 'areaCode' : kind === 'split' ? 'personIds' : 'person', errors: [e.message] }]);
      else throw e;
    } finally {
      setBusy(false);
    }
  };

  const nonHeads = members.filter((x) => x.relation !== 'head');
  return (
    <Modal
      open
      title={m(kind)}
      onOk={() => void submit()}
      onCancel={onClose}
      okText={t('common.confirm')}
      cancelText={t('common.cancel')}
      confirmLoading={busy}
      destroyOnHidden
      okButtonProps={{ 'data-testid': 'moves-ok' } as ButtonProps}
    >
      <Typography.Paragraph type="secondary">{m(`${kind}Hint`)}</Typography.Paragraph>
      <Form form={form} layout="vertical" name={`moves-${kind}`} initialValues={{ relation: 'child' }}>
        {(kind === 'moveIn' || kind === 'merge') && (
          <Form.Item name="person" label={kind === 'moveIn' ? m('person') : m('otherHousehold')} rules={[{ required: true, message: m('pickOne') }]}>
            <PersonPicker exclude={file.id} />
          </Form.Item>
        )}
        {(kind === 'moveIn' || kind === 'merge') && picked && (
          <Typography.Paragraph data-testid="moves-picked">
            {kind === 'moveIn' ? m('pickedPerson', { name: picked.name, id: picked.householdId }) : m('pickedHousehold', { id: picked.householdId, address: picked.address })}
          </Typography.Paragraph>
        )}
        {kind === 'moveIn' && (
          <Form.Item name="relation" label={r('relation')} rules={[{ required: true }]}>
            <Select options={options('relation').filter((o) => o.value !== 'head')} />
          </Form.Item>
        )}
        {kind === 'split' && (
          <>
            <Form.Item name="personIds" label={m('splitMembers')} rules={[{ required: true, message: m('pickOne') }]}>
              <Checkbox.Group options={nonHeads.map((x) => ({ value: x.id, label: x.name }))} />
            </Form.Item>
            <Form.Item name="headPersonId" label={m('newHead')} rules={[{ required: true, message: m('pickOne') }]}>
              <Select options={nonHeads.filter((x) => splitIds?.includes(x.id)).map((x) => ({ value: x.id, label: x.name }))} data-testid="moves-new-head" />
            </Form.Item>
          </>
        )}
        {kind === 'move' && (
          <Form.Item name="areaCode" label={m('community')} rules={[{ required: true, message: m('pickOne') }]}>
            <CommunitySelect />
          </Form.Item>
        )}
        {(kind === 'split' || kind === 'move') && (
          <Form.Item name="address" label={m('newAddress')} extra={m('addressHint')}>
            <Input maxLength={200} />
          </Form.Item>
        )}
      </Form>
    </Modal>
  );
}

/** 编辑成员: a member's details (name, relation, situation); the ID number is corrected here too. */
export function EditMemberModal({ member, change, onClose }: { member: Member; change: ChangeFn; onClose: () => void }) {
  const m = useMovesText();
  const { t } = useI18n();
  const { r, options } = useRegistryText();
  const [form] = Form.useForm();
  const isHead = member.relation === 'head';
  const save = async () => {
    // An invalid form shows its errors beside the fields; nothing to send.
    const v = await form.validateFields().catch(() => null);
    if (!v) return;
    const patch = {
      personId: member.id,
      name: v.name,
      ...(isHead ? {} : { relation: v.relation }),
      ...(v.idNumber ? { idNumber: v.idNumber } : {}),
      laborCapacity: v.laborCapacity,
      employment: v.employment,
      // A role that does not see health details does not overwrite them.
      ...(member.health === null ? {} : { health: v.health }),
      student: Boolean(v.student),
      disability: v.disabilityCategory ? { category: v.disabilityCategory, grade: v.disabilityGrade ?? 4 } : null,
      flags: v.flags ?? [],
      phone: v.phone || null,
    };
    const ok = await change(
      (f) => registryApi.update(f.id, { version: f.version, members: [patch] }),
      (e) => {
        const field = (e.field ?? '').replace(/^members\.\d+\./, '');
        const known = ['name', 'relation', 'idNumber', 'laborCapacity', 'employment', 'health', 'phone', 'flags'];
        form.setFields([{ name: field.startsWith('disability') ? 'disabilityCategory' : known.includes(field) ? field : 'name', errors: [e.message] }]);
      },
    );
    if (ok) onClose();
  };
  return (
    <Modal open title={m('editTitle', { name: member.name })} onOk={() => void save()} onCancel={onClose} okText={t('common.save')} cancelText={t('common.cancel')} destroyOnHidden okButtonProps={{ 'data-testid': 'edit-member-ok' } as ButtonProps}>
      <Form
        form={form}
        layout="vertical"
        name="edit-member"
        initialValues={{
          name: member.name,
          relation: member.relation,
          laborCapacity: member.laborCapacity,
          employment: member.employment,
          health: member.health ?? 'healthy',
          student: member.student,
          disabilityCategory: member.disability?.category,
          disabilityGrade: member.disability?.grade,
          flags: member.flags,
          phone: member.phone ?? '',
        }}
      >
        <Form.Item name="name" label={r('name')} rules={[{ required: true }]}>
          <Input maxLength={50} />
        </Form.Item>
        <Form.Item name="idNumber" label={m('idNumberFix')} extra={m('idNumberFixHint', { masked: member.idNumberMasked })}>
          <Input maxLength={18} style={{ fontFamily: 'monospace' }} />
        </Form.Item>
        {!isHead && (
          <Form.Item name="relation" label={r('relation')}>
            <Select options={options('relation').filter((o) => o.value !== 'head')} />
          </Form.Item>
        )}
        <Space wrap>
          <Form.Item name="laborCapacity" label={r('labor')}>
            <Select style={{ width: 140 }} options={options('laborCapacity')} />
          </Form.Item>
          <Form.Item name="employment" label={r('employment')}>
            <Select style={{ width: 120 }} options={options('employment')} />
          </Form.Item>
          {member.health !== null && (
            <Form.Item name="health" label={r('health')}>
              <Select style={{ width: 110 }} options={options('health')} />
            </Form.Item>
          )}
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
        </Space>
        <Form.Item name="flags" label={r('flags')}>
          <Select mode="multiple" allowClear options={options('flags')} />
        </Form.Item>
        <Form.Item name="phone" label={r('phone')}>
          <Input maxLength={30} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
