import { LogoutOutlined, MenuOutlined, UserOutlined } from '@ant-design/icons';
import { Button, Grid, Layout, Space, Tag, Typography } from 'antd';
import { Link } from 'react-router';
import { roleLabelKey } from '../i18n/labels.ts';
import { useT } from '../i18n/index.tsx';
import { useSession } from '../session.tsx';
import { AreaPath } from './area-path.tsx';
import { BrandMark } from './brand-mark.tsx';
import { LanguageSwitch } from './language-switch.tsx';
import { OutboxButton } from './outbox-button.tsx';

export const HEADER_HEIGHT = 56;

/** System name, the user's area, who is logged in, language, logout. */
export function AppHeader({ onMenu }: { onMenu?: (() => void) | undefined } = {}) {
  const { user, logout } = useSession();
  const t = useT();
  // A phone (< 576 px) keeps the name, the user and an icon to log out: the rest overflowed the screen.
  const phone = !Grid.useBreakpoint().sm;
  return (
    <Layout.Header
      style={{
        display: 'flex',
        alignItems: 'center',
        gap: phone ? 8 : 24,
        height: HEADER_HEIGHT,
        lineHeight: `${HEADER_HEIGHT}px`,
        padding: phone ? '0 12px' : '0 20px',
        background: '#fff',
        boxShadow: '0 1px 4px rgba(0, 21, 41, 0.08)',
        position: 'sticky',
        top: 0,
        zIndex: 10,
      }}
    >
      {onMenu && <Button type="text" icon={<MenuOutlined />} aria-label={t('header.menu')} onClick={onMenu} style={{ flex: 'none', marginLeft: -4 }} />}
      <Link to="/" style={{ display: 'flex', alignItems: 'center', gap: 10, flex: 'none' }}>
        <BrandMark size={28} />
        {!phone && (
          <Typography.Text strong style={{ fontSize: 18, whiteSpace: 'nowrap' }}>
            {t('app.name')}
          </Typography.Text>
        )}
      </Link>
      <div style={{ flex: 1, minWidth: 0 }}>{!phone && <AreaPath path={user.areaPath} />}</div>
      <Space size={phone ? 8 : 16} style={{ flex: 'none' }}>
        <OutboxButton />
        {!phone && <LanguageSwitch />}
        <span data-testid="current-user" style={{ whiteSpace: 'nowrap' }}>
          <UserOutlined style={{ marginRight: 6 }} />
          <Typography.Text strong>{user.displayName}</Typography.Text>
          {!phone && (
            <Tag color="blue" style={{ marginLeft: 8, marginRight: 0 }}>
              {t(roleLabelKey(user.role))}
            </Tag>
          )}
        </span>
        <Button type="text" icon={<LogoutOutlined />} aria-label={t('header.logout')} onClick={() => void logout()}>
          {phone ? null : t('header.logout')}
        </Button>
      </Space>
    </Layout.Header>
  );
}
