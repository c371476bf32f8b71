import { Layout, Menu, type MenuProps } from 'antd';
import { useEffect, useState } from 'react';
import { Link, Outlet, useLocation } from 'react-router';
import { useT } from '../i18n/index.tsx';
import { menuFor, menuKeyOf, menuOpenKeysOf, type MenuEntry } from '../menu.tsx';
import { useSession } from '../session.tsx';
import { AppHeader, HEADER_HEIGHT } from './app-header.tsx';
import { PageSuspense } from './lazy-page.tsx';
import { usePhone } from './use-phone.ts';

type MenuItem = NonNullable<MenuProps['items']>[number];

/** Ant Design Pro's "mix" layout: a header across the top, the side menu by role, the page. */
export function AppLayout() {
  const { access } = useSession();
  const t = useT();
  const { pathname } = useLocation();
  const phone = usePhone();
  const [collapsed, setCollapsed] = useState(phone);
  // On a phone the menu slides over the page and folds away once a page is chosen.
  useEffect(() => {
    if (phone) setCollapsed(true);
  }, [phone, pathname]);
  const itemOf = (entry: MenuEntry): MenuItem =>
    entry.children
      ? { key: entry.path, icon: entry.icon, label: t(entry.label), children: entry.children.map(itemOf) }
      : {
          key: entry.path,
          icon: entry.icon,
          label: <Link to={entry.path}>{t(entry.label)}</Link>,
        };
  const items = menuFor(access).map(itemOf);
  return (
    <Layout style={{ minHeight: '100vh' }}>
      <AppHeader />
      <Layout>
        <Layout.Sider
          theme="light"
          width={208}
          collapsible
          collapsed={collapsed}
          onCollapse={setCollapsed}
          breakpoint="lg"
          collapsedWidth={phone ? 0 : 80}
          // Sticky under the header, as in Ant Design Pro: the menu stays in view on long pages.
          style={{ borderRight: '1px solid #f0f0f0', position: phone ? 'fixed' : 'sticky', top: HEADER_HEIGHT, left: 0, zIndex: phone ? 20 : undefined, height: `calc(100vh - ${HEADER_HEIGHT}px)`, overflow: phone ? 'visible' : 'auto' }}
        >
          <nav aria-label={t('app.name')}>
            <Menu mode="inline" selectedKeys={[menuKeyOf(pathname)]} defaultOpenKeys={menuOpenKeysOf(pathname)} items={items} style={{ borderInlineEnd: 'none', paddingTop: 8 }} />
          </nav>
        </Layout.Sider>
        <Layout.Content style={{ padding: phone ? '12px 8px' : 24, minWidth: 0 }}>
          <PageSuspense>
            <Outlet />
          </PageSuspense>
        </Layout.Content>
      </Layout>
    </Layout>
  );
}
