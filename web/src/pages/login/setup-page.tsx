import { Alert, App, Button, Card, Form, Input, Typography } from 'antd';
import { useState } from 'react';
import { useNavigate, useSearchParams } from 'react-router';
import { authApi } from '../../api/endpoints.ts';
import { errorMessageOf, showFieldError } from '../../components/api-error-feedback.ts';
import { BrandMark } from '../../components/brand-mark.tsx';
import { LanguageSwitch } from '../../components/language-switch.tsx';
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
    <div style={{ minHeight: '100vh', display: 'flex', flexDirection: 'column', alignItems: 'center', justifyContent: 'center', padding: 24, background: '#f5f7fa' }}>
      <div style={{ position: 'fixed', top: 16, right: 24 }}>
        <LanguageSwitch />
      </div>
      <div style={{ display: 'flex', alignItems: 'center', gap: 12, marginBottom: 16 }}>
        <BrandMark size={32} />
        <Typography.Title level={3} style={{ margin: 0 }}>
          {t('setup.title')}
        </Typography.Title>
      </div>
      <Card style={{ width: 460, maxWidth: '100%' }}>
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
      </Card>
    </div>
  );
}
