import { App as AntApp, ConfigProvider } from 'antd';
import enUS from 'antd/locale/en_US';
import zhCN from 'antd/locale/zh_CN';
import { RouterProvider } from 'react-router';
import { LanguageProvider, useLanguage } from './i18n/index.tsx';
import { router } from './router.tsx';

// Noto Sans CJK on Linux (Debian fonts-noto-cjk), PingFang / YaHei on desktops.
const FONT_FAMILY =
  "-apple-system, BlinkMacSystemFont, 'Segoe UI', 'PingFang SC', 'Hiragino Sans GB', 'Microsoft YaHei', 'Noto Sans CJK SC', 'Noto Sans SC', 'Helvetica Neue', Arial, sans-serif";

function LocalizedApp() {
  const { language } = useLanguage();
  return (
    <ConfigProvider locale={language === 'en' ? enUS : zhCN} theme={{ token: { fontFamily: FONT_FAMILY } }}>
      <AntApp>
        <RouterProvider router={router} />
      </AntApp>
    </ConfigProvider>
  );
}

export function App() {
  return (
    <LanguageProvider>
      <LocalizedApp />
    </LanguageProvider>
  );
}
