import { App, Form, Input, Modal, Select } from 'antd';
import { useState } from 'react';
import { usersApi } from '../../api/endpoints.ts';
import type { Role, UserListItem } from '../../api/types.ts';
import { errorMessageOf, showFieldError } from '../../components/api-error-feedback.ts';
import { AreaTreeSelect } from '../../components/area-tree-select.tsx';
import { roleLabelKey } from '../../i18n/labels.ts';
import { useT } from '../../i18n/index.tsx';
import { passwordRules } from './password-rules.ts';

const ROLES: Role[] = ['community_worker', 'street_reviewer', 'county_approver', 'verifier', 'auditor', 'admin'];

interface NewUserForm {
  username: string;
  displayName: string;
  role: Role;
  areaCode: string;
  password: string;
}

/** 新建用户: the server's field errors (username taken, role not placeable in that area) land next to the field. */
export function CreateUserModal({ open, onClose, onCreated }: { open: boolean; onClose(): void; onCreated(user: UserListItem): void }) {
  const t = useT();
  const { message } = App.useApp();
  const [form] = Form.useForm<NewUserForm>();
  const [saving, setSaving] = useState(false);

  async function submit(values: NewUserForm) {
    setSaving(true);
    try {
      const { user } = await usersApi.create(values);
      message.success(t('users.created', { name: user.displayName }));
      form.resetFields();
      onCreated(user);
    } catch (err) {
      if (!showFieldError(form, err)) message.error(errorMessageOf(err, t));
    } finally {
      setSaving(false);
    }
  }

  const required = (label: string) => ({ required: true, whitespace: true, message: t('users.required', { label }) });
  return (
    <Modal
      open={open}
      title={t('users.create')}
      okText={t('common.ok')}
      cancelText={t('common.cancel')}
      confirmLoading={saving}
      onOk={() => form.submit()}
      onCancel={onClose}
      destroyOnHidden
    >
      <Form<NewUserForm> form={form} layout="vertical" onFinish={submit} preserve={false}>
        <Form.Item
          name="username"
          label={t('users.username')}
          rules={[required(t('users.username')), { pattern: /^[a-z][a-z0-9_.-]{2,31}$/, message: t('users.usernameRule') }]}
        >
          <Input autoComplete="off" />
        </Form.Item>
        <Form.Item name="displayName" label={t('users.displayName')} rules={[required(t('users.displayName'))]}>
          <Input autoComplete="off" maxLength={100} />
        </Form.Item>
        <Form.Item name="role" label={t('users.role')} rules={[{ required: true, message: t('users.required', { label: t('users.role') }) }]}>
          <Select options={ROLES.map((role) => ({ value: role, label: t(roleLabelKey(role)) }))} />
        </Form.Item>
        <Form.Item name="areaCode" label={t('users.area')} rules={[{ required: true, message: t('users.required', { label: t('users.area') }) }]}>
          <AreaTreeSelect />
        </Form.Item>
        <Form.Item name="password" label={t('users.password')} rules={passwordRules(t, t('users.password'))} extra={t('users.passwordRule')}>
          <Input.Password autoComplete="new-password" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
