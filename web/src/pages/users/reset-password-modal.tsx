import { Form, Input } from 'antd';
import { usersApi } from '../../api/endpoints.ts';
import type { UserListItem } from '../../api/types.ts';
import { useT } from '../../i18n/index.tsx';
import { passwordRules } from './password-rules.ts';
import { UserFormModal } from './user-form-modal.tsx';

/** 重置密码: a new password, which also lifts a lock. */
export function ResetPasswordModal({ user, onClose, onDone }: { user: UserListItem | null; onClose(): void; onDone(): void }) {
  const t = useT();
  const [form] = Form.useForm<{ password: string }>();
  return (
    <UserFormModal
      user={user}
      form={form}
      title={(u) => t('users.resetTitle', { name: u.displayName, username: u.username })}
      save={async (u, { password }) => (await usersApi.resetPassword(u.id, password), t('users.resetDone'))}
      onClose={onClose}
      onDone={onDone}
      preserve={false}
    >
      <Form.Item name="password" label={t('users.newPassword')} rules={passwordRules(t, t('users.newPassword'))} extra={t('users.passwordRule')}>
        <Input.Password autoComplete="new-password" />
      </Form.Item>
    </UserFormModal>
  );
}
