import { Drawer, Layout, Menu, type MenuProps } from 'antd';
import { useEffect, useState } from 'react';
import { Link, Outlet, useLocation } from 'react-router';
import { useT } from '../i18n/index.tsx';
import { menuFor, menuKeyOf, menuOpenKeysOf, type MenuEntry } from '../menu.tsx';
import { useSession } from '../session.tsx';
import { AppHeader, HEADER_HEIGHT } from './app-header.tsx';
import { PageSuspense } from './lazy-page.tsx';
import { usePhone } from './use-phone.ts';

type MenuItem = NonNullable<MenuProps['items']>[number];

/**
 * Ant Design Pro's "mix" layout: a header across the top, the side menu by role, the page.
 * A phone has no room for a side menu: it opens from the header's menu button as a drawer and
 * closes once a page is chosen.
 */
export function AppLayout() {
  const { access } = useSession();
  const t = useT();
  const { pathname } = useLocation();
  const [collapsed, setCollapsed] = useState(false);
  const phone = usePhone();
  const [menuOpen, setMenuOpen] = useState(false);
  useEffect(() => setMenuOpen(false), [pathname]);
  const itemOf = (entry: MenuEntry): MenuItem =>
    entry.children
      ? { key: entry.path, icon: entry.icon, label: t(entry.label), children: entry.children.map(itemOf) }
      : {
          key: entry.path,
          icon: entry.icon,
          label: <Link to={entry.path}>{t(entry.label)}</Link>,
        };
  const items = menuFor(access).map(itemOf);
  const menu = (
    <nav aria-label={t('app.name')}>
      <Menu mode="inline" selectedKeys={[menuKeyOf(pathname)]} defaultOpenKeys={menuOpenKeysOf(pathname)} items={items} style={{ borderInlineEnd: 'none', paddingTop: 8 }} />
    </nav>
  );
  return (
    <Layout style={{ minHeight: '100vh' }}>
      <AppHeader onMenu={phone ? () => setMenuOpen(true) : undefined} />
      <Layout>
        {phone ? (
          <Drawer open={menuOpen} placement="left" size={260} title={t('app.name')} onClose={() => setMenuOpen(false)} styles={{ body: { padding: 0 } }}>
            {menu}
          </Drawer>
        ) : (
          <Layout.Sider
            theme="light"
            width={208}
            collapsible
            collapsed={collapsed}
            onCollapse={setCollapsed}
            breakpoint="lg"
            // Sticky under the header, as in Ant Design Pro: the menu stays in view on long pages.
            style={{ borderRight: '1px solid #f0f0f0', position: 'sticky', top: HEADER_HEIGHT, height: `calc(100vh - ${HEADER_HEIGHT}px)`, overflow: 'auto' }}
          >
            {menu}
          </Layout.Sider>
        )}
        <Layout.Content style={{ padding: phone ? '12px 8px' : 24, minWidth: 0 }}>
          <PageSuspense>
            <Outlet />
          </PageSuspense>
        </Layout.Content>
      </Layout>
    </Layout>
  );
}
