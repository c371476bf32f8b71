import { Alert, App, Button, Form, Input, Typography } from 'antd';
import { useState } from 'react';
import { useNavigate, useSearchParams } from 'react-router';
import { authApi } from '../../api/endpoints.ts';
import { errorMessageOf, showFieldError } from '../../components/api-error-feedback.ts';
import { CenteredPage } from '../../components/centered-page.tsx';
import { useT } from '../../i18n/index.tsx';
import { passwordRules } from '../users/password-rules.ts';

interface SetupForm {
  token: string;
  username: string;
  displayName: string;
  password: string;
  areaCode: string;
}

/**
 * 初始化: a production start with no administrator prints a link to this page with a one-time
 * token; the first administrator is created here, once.
 */
export function SetupPage() {
  const t = useT();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const [form] = Form.useForm<SetupForm>();
  const [submitting, setSubmitting] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);

  async function submit(values: SetupForm) {
    setSubmitting(true);
    setFailure(null);
    try {
      await authApi.setup({ ...values, displayName: values.displayName || undefined });
      message.success(t('setup.done'));
      navigate('/login', { replace: true });
    } catch (err) {
      if (!showFieldError(form, err)) setFailure(errorMessageOf(err, t));
    } finally {
      setSubmitting(false);
    }
  }

  return (
    <CenteredPage title={t('setup.title')} width={460}>
        <Typography.Paragraph type="secondary">{t('setup.intro')}</Typography.Paragraph>
        {failure && <Alert type="error" showIcon title={failure} style={{ marginBottom: 16 }} role="alert" />}
        <Form<SetupForm> form={form} layout="vertical" requiredMark={false} onFinish={submit} initialValues={{ token: params.get('token') ?? '' }}>
          <Form.Item name="token" label={t('setup.token')} rules={[{ required: true, message: t('setup.token') }]}>
            <Input autoComplete="off" />
          </Form.Item>
          <Form.Item name="username" label={t('setup.username')} rules={[{ required: true, message: t('login.usernameRequired') }]}>
            <Input autoComplete="username" />
          </Form.Item>
          <Form.Item name="displayName" label={t('setup.displayName')}>
            <Input />
          </Form.Item>
          <Form.Item name="password" label={t('setup.password')} extra={t('setup.rule')} rules={passwordRules(t, t('setup.password'))}>
            <Input.Password autoComplete="new-password" />
          </Form.Item>
          <Form.Item name="areaCode" label={t('setup.areaCode')} rules={[{ required: true, pattern: /^\d{6}$/, message: t('setup.areaCode') }]}>
            <Input inputMode="numeric" maxLength={6} />
          </Form.Item>
          <Button type="primary" htmlType="submit" block loading={submitting}>
            {t('setup.submit')}
          </Button>
        </Form>
    </CenteredPage>
  );
}
