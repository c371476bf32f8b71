import { LockOutlined, UserOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Form, Input, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { authApi } from '../../api/endpoints.ts';
import { Navigate, useLocation, useNavigate } from 'react-router';
import { errorMessageOf, showFieldError } from '../../components/api-error-feedback.ts';
import { BrandMark } from '../../components/brand-mark.tsx';
import { LanguageSwitch } from '../../components/language-switch.tsx';
import { OutboxWaiting } from '../../components/outbox-button.tsx';
import { useT } from '../../i18n/index.tsx';
import { useSessionState } from '../../session.tsx';
import { DemoAccounts } from './demo-accounts.tsx';

interface LoginForm {
  username: string;
  password: string;
}

export function LoginPage() {
  const t = useT();
  const { user, login } = useSessionState();
  const navigate = useNavigate();
  const location = useLocation();
  const [form] = Form.useForm<LoginForm>();
  const [submitting, setSubmitting] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const from = (location.state as { from?: string } | null)?.from ?? '/';
  // The demo accounts only where they exist (the demo); the setup hint while no admin exists.
  const [mode, setMode] = useState<{ demo: boolean; setupRequired: boolean } | null>(null);
  useEffect(() => {
    authApi.mode().then(setMode, () => setMode(null));
  }, []);

  if (user) return <Navigate to={from === '/login' ? '/' : from} replace />;

  async function submit(values: LoginForm) {
    setSubmitting(true);
    setFailure(null);
    try {
      await login(values.username, values.password);
      navigate(from === '/login' ? '/' : from, { replace: true });
    } catch (err) {
      // 401 (the same for a wrong password, an unknown or a locked user) or 429 with the wait: the server's words.
      if (!showFieldError(form, err)) setFailure(errorMessageOf(err, t));
    } finally {
      setSubmitting(false);
    }
  }

  return (
    <div
      style={{
        minHeight: '100vh',
        boxSizing: 'border-box',
        display: 'flex',
        flexDirection: 'column',
        alignItems: 'center',
        justifyContent: 'center',
        padding: 24,
        background: 'linear-gradient(160deg, #e6f4ff 0%, #f5f7fa 55%)',
      }}
    >
      <div style={{ position: 'fixed', top: 16, right: 24 }}>
        <LanguageSwitch />
      </div>
      <div style={{ display: 'flex', alignItems: 'center', gap: 12, marginBottom: 8 }}>
        <BrandMark size={40} />
        <Typography.Title level={2} style={{ margin: 0 }}>
          {t('app.name')}
        </Typography.Title>
      </div>
      <Typography.Paragraph type="secondary" style={{ marginBottom: 20 }}>
        {t('login.subtitle')}
      </Typography.Paragraph>
      <Card style={{ width: 420, maxWidth: '100%' }}>
        <OutboxWaiting />
        {mode?.setupRequired && <Alert type="warning" showIcon title={t('setup.required')} style={{ marginBottom: 16 }} />}
        {failure && <Alert type="error" showIcon title={failure} style={{ marginBottom: 16 }} role="alert" data-testid="login-error" />}
        <Form<LoginForm> form={form} layout="vertical" requiredMark={false} onFinish={submit} onValuesChange={() => setFailure(null)}>
          <Form.Item name="username" label={t('login.username')} rules={[{ required: true, whitespace: true, message: t('login.usernameRequired') }]}>
            <Input prefix={<UserOutlined />} autoComplete="username" autoFocus size="large" />
          </Form.Item>
          <Form.Item name="password" label={t('login.password')} rules={[{ required: true, message: t('login.passwordRequired') }]}>
            <Input.Password prefix={<LockOutlined />} autoComplete="current-password" size="large" />
          </Form.Item>
          <Button type="primary" htmlType="submit" block size="large" loading={submitting}>
            {t('login.submit')}
          </Button>
        </Form>
      </Card>
      {mode?.demo && <DemoAccounts onPick={(username) => form.setFieldsValue({ username, password: '' })} />}
    </div>
  );
}
