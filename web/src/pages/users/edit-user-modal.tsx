import { Alert, App, Form, Input, Modal, Select } from 'antd';
import { useEffect, useState } from 'react';
import { usersApi } from '../../api/endpoints.ts';
import type { Role, UserListItem } from '../../api/types.ts';
import { errorMessageOf, showFieldError } from '../../components/api-error-feedback.ts';
import { AreaTreeSelect } from '../../components/area-tree-select.tsx';
import { roleLabelKey } from '../../i18n/labels.ts';
import { useT } from '../../i18n/index.tsx';

const ROLES: Role[] = ['community_worker', 'street_reviewer', 'county_approver', 'verifier', 'auditor', 'admin'];

interface EditUserForm {
  displayName: string;
  role: Role;
  areaCode: string;
}

/** 调整角色、区划: the server ends the user's sessions and audits old → new. */
export function EditUserModal({ user, onClose, onDone }: { user: UserListItem | null; onClose(): void; onDone(): void }) {
  const t = useT();
  const { message } = App.useApp();
  const [form] = Form.useForm<EditUserForm>();
  const [saving, setSaving] = useState(false);

  useEffect(() => {
    if (user) form.setFieldsValue({ displayName: user.displayName, role: user.role, areaCode: user.areaCode });
  }, [user, form]);

  async function submit(values: EditUserForm) {
    if (!user) return;
    setSaving(true);
    try {
      const { user: saved } = await usersApi.update(user.id, values);
      message.success(t('users.updated', { name: saved.displayName }));
      onDone();
    } catch (err) {
      if (!showFieldError(form, err)) message.error(errorMessageOf(err, t));
    } finally {
      setSaving(false);
    }
  }

  return (
    <Modal
      open={user !== null}
      title={user ? t('users.editTitle', { name: user.displayName, username: user.username }) : ''}
      okText={t('common.ok')}
      cancelText={t('common.cancel')}
      confirmLoading={saving}
      onOk={() => form.submit()}
      onCancel={onClose}
      destroyOnHidden
    >
      <Alert type="info" showIcon title={t('users.editHint')} style={{ marginBottom: 16 }} />
      <Form<EditUserForm> form={form} layout="vertical" onFinish={submit}>
        <Form.Item name="displayName" label={t('users.displayName')} rules={[{ required: true, whitespace: true, message: t('users.required', { label: t('users.displayName') }) }]}>
          <Input autoComplete="off" maxLength={100} />
        </Form.Item>
        <Form.Item name="role" label={t('users.role')} rules={[{ required: true }]}>
          <Select options={ROLES.map((role) => ({ value: role, label: t(roleLabelKey(role)) }))} />
        </Form.Item>
        <Form.Item name="areaCode" label={t('users.area')} rules={[{ required: true }]}>
          <AreaTreeSelect />
        </Form.Item>
      </Form>
    </Modal>
  );
}
