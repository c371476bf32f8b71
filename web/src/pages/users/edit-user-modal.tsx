import { Alert, Form, Input, Select } from 'antd';
import { useEffect } from 'react';
import { usersApi } from '../../api/endpoints.ts';
import type { Role, UserListItem } from '../../api/types.ts';
import { AreaTreeSelect } from '../../components/area-tree-select.tsx';
import { roleLabelKey } from '../../i18n/labels.ts';
import { useT } from '../../i18n/index.tsx';
import { UserFormModal } from './user-form-modal.tsx';

const ROLES: Role[] = ['community_worker', 'street_reviewer', 'county_approver', 'verifier', 'auditor', 'admin'];

interface EditUserForm {
  displayName: string;
  role: Role;
  areaCode: string;
}

/** 调整角色、区划: the server ends the user's sessions and audits old → new. */
export function EditUserModal({ user, onClose, onDone }: { user: UserListItem | null; onClose(): void; onDone(): void }) {
  const t = useT();
  const [form] = Form.useForm<EditUserForm>();

  useEffect(() => {
    if (user) form.setFieldsValue({ displayName: user.displayName, role: user.role, areaCode: user.areaCode });
  }, [user, form]);

  return (
    <UserFormModal
      user={user}
      form={form}
      title={(u) => t('users.editTitle', { name: u.displayName, username: u.username })}
      save={async (u, values) => t('users.updated', { name: (await usersApi.update(u.id, values)).user.displayName })}
      onClose={onClose}
      onDone={onDone}
    >
      <Alert type="info" showIcon title={t('users.editHint')} style={{ marginBottom: 16 }} />
      <Form.Item name="displayName" label={t('users.displayName')} rules={[{ required: true, whitespace: true, message: t('users.required', { label: t('users.displayName') }) }]}>
        <Input autoComplete="off" maxLength={100} />
      </Form.Item>
      <Form.Item name="role" label={t('users.role')} rules={[{ required: true }]}>
        <Select options={ROLES.map((role) => ({ value: role, label: t(roleLabelKey(role)) }))} />
      </Form.Item>
      <Form.Item name="areaCode" label={t('users.area')} rules={[{ required: true }]}>
        <AreaTreeSelect />
      </Form.Item>
    </UserFormModal>
  );
}
