import { Button, Result, Spin } from 'antd';
import type { ReactNode } from 'react';
import { Link, Navigate, useLocation } from 'react-router';
import type { AccessFlag } from '../access.ts';
import { useT } from '../i18n/index.tsx';
import { ChangePasswordPage } from '../pages/login/change-password-page.tsx';
import { useSession, useSessionState } from '../session.tsx';

export function FullPageSpin() {
  const t = useT();
  return (
    <div style={{ minHeight: '100vh', display: 'grid', placeItems: 'center' }}>
      <Spin size="large" description={t('app.loading')} />
    </div>
  );
}

/**
 * Pages behind login: waits for the session probe, then sends strangers to /login. A user with a
 * temporary password sees only the change-password screen (the API refuses everything else).
 */
export function RequireLogin({ children }: { children: ReactNode }) {
  const { user } = useSessionState();
  const location = useLocation();
  if (user === undefined) return <FullPageSpin />;
  if (user === null) return <Navigate to="/login" replace state={{ from: location.pathname }} />;
  if (user.mustChangePassword) return <ChangePasswordPage />;
  return children;
}

/** A page for some roles only: others get 403, not the page. */
export function RequireAccess({ flag, children }: { flag: AccessFlag; children: ReactNode }) {
  const { access } = useSession();
  const t = useT();
  if (!access[flag]) {
    return (
      <Result
        status="403"
        title="403"
        subTitle={t('error.forbidden')}
        extra={
          <Link to="/">
            <Button type="primary">{t('error.backHome')}</Button>
          </Link>
        }
      />
    );
  }
  return children;
}

export function NotFoundPage() {
  const t = useT();
  return (
    <Result
      status="404"
      title="404"
      subTitle={t('error.notFound')}
      extra={
        <Link to="/">
          <Button type="primary">{t('error.backHome')}</Button>
        </Link>
      }
    />
  );
}
