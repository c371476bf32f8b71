import { LockOutlined } from '@ant-design/icons';
import { Alert, App, Button, Form, Input, Typography } from 'antd';
import { useState } from 'react';
import { authApi } from '../../api/endpoints.ts';
import { errorMessageOf, showFieldError } from '../../components/api-error-feedback.ts';
import { CenteredPage } from '../../components/centered-page.tsx';
import { useT } from '../../i18n/index.tsx';
import { useSessionState } from '../../session.tsx';
import { passwordRules } from '../users/password-rules.ts';

interface ChangeForm {
  currentPassword: string;
  newPassword: string;
  confirm: string;
}

/**
 * 修改密码: what a user with a temporary password (set by an administrator outside the demo)
 * sees instead of the app until it is changed; the server refuses every other call meanwhile.
 */
export function ChangePasswordPage() {
  const t = useT();
  const { message } = App.useApp();
  const { user, replaceUser, logout } = useSessionState();
  const [form] = Form.useForm<ChangeForm>();
  const [submitting, setSubmitting] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);

  async function submit(values: ChangeForm) {
    setSubmitting(true);
    setFailure(null);
    try {
      const res = await authApi.changePassword(values.currentPassword, values.newPassword);
      message.success(t('password.changed'));
      replaceUser(res.user);
    } catch (err) {
      if (!showFieldError(form, err)) setFailure(errorMessageOf(err, t));
    } finally {
      setSubmitting(false);
    }
  }

  return (
    <CenteredPage title={t('password.title')} width={420} testId="change-password">
        <Typography.Paragraph type="secondary">
          {user?.displayName} ({user?.username}) — {t('password.intro')}
        </Typography.Paragraph>
        {failure && <Alert type="error" showIcon title={failure} style={{ marginBottom: 16 }} role="alert" />}
        <Form<ChangeForm> form={form} layout="vertical" requiredMark={false} onFinish={submit}>
          <Form.Item name="currentPassword" label={t('password.current')} rules={[{ required: true, message: t('login.passwordRequired') }]}>
            <Input.Password prefix={<LockOutlined />} autoComplete="current-password" />
          </Form.Item>
          <Form.Item name="newPassword" label={t('password.new')} extra={t('setup.rule')} rules={passwordRules(t, t('password.new'))}>
            <Input.Password prefix={<LockOutlined />} autoComplete="new-password" />
          </Form.Item>
          <Form.Item
            name="confirm"
            label={t('password.confirm')}
            dependencies={['newPassword']}
            rules={[
              { required: true, message: t('login.passwordRequired') },
              ({ getFieldValue }) => ({
                validator: async (_rule, value: string | undefined) => {
                  if (value && value !== getFieldValue('newPassword')) throw new Error(t('password.mismatch'));
                },
              }),
            ]}
          >
            <Input.Password prefix={<LockOutlined />} autoComplete="new-password" />
          </Form.Item>
          <Button type="primary" htmlType="submit" block loading={submitting}>
            {t('password.submit')}
          </Button>
          <Button type="link" block onClick={() => void logout()} style={{ marginTop: 8 }}>
            {t('password.logout')}
          </Button>
        </Form>
    </CenteredPage>
  );
}
