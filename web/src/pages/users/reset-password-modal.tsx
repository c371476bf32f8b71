import { App, Form, Input, Modal } from 'antd';
import { useState } from 'react';
import { usersApi } from '../../api/endpoints.ts';
import type { UserListItem } from '../../api/types.ts';
import { errorMessageOf, showFieldError } from '../../components/api-error-feedback.ts';
import { useT } from '../../i18n/index.tsx';
import { passwordRules } from './password-rules.ts';

/** 重置密码: a new password, which also lifts a lock. */
export function ResetPasswordModal({ user, onClose, onDone }: { user: UserListItem | null; onClose(): void; onDone(): void }) {
  const t = useT();
  const { message } = App.useApp();
  const [form] = Form.useForm<{ password: string }>();
  const [saving, setSaving] = useState(false);

  async function submit({ password }: { password: string }) {
    if (!user) return;
    setSaving(true);
    try {
      await usersApi.resetPassword(user.id, password);
      message.success(t('users.resetDone'));
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
      title={user ? t('users.resetTitle', { name: user.displayName, username: user.username }) : ''}
      okText={t('common.ok')}
      cancelText={t('common.cancel')}
      confirmLoading={saving}
      onOk={() => form.submit()}
      onCancel={onClose}
      destroyOnHidden
    >
      <Form form={form} layout="vertical" onFinish={submit} preserve={false}>
        <Form.Item name="password" label={t('users.newPassword')} rules={passwordRules(t, t('users.newPassword'))} extra={t('users.passwordRule')}>
          <Input.Password autoComplete="new-password" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
