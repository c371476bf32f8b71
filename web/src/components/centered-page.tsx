import { Card, Typography } from 'antd';
import type { ReactNode } from 'react';
import { BrandMark } from './brand-mark.tsx';
import { LanguageSwitch } from './language-switch.tsx';

/** A page outside the app's layout (first-admin setup, a required password change): brand, title and one card. */
export function CenteredPage({ title, width, testId, children }: { title: string; width: number; testId?: string; children: ReactNode }) {
  return (
    <div style={{ minHeight: '100vh', display: 'flex', flexDirection: 'column', alignItems: 'center', justifyContent: 'center', padding: 24, background: '#f5f7fa' }}>
      <div style={{ position: 'fixed', top: 16, right: 24 }}>
        <LanguageSwitch />
      </div>
      <div style={{ display: 'flex', alignItems: 'center', gap: 12, marginBottom: 16 }}>
        <BrandMark size={32} />
        <Typography.Title level={3} style={{ margin: 0 }}>
          {title}
        </Typography.Title>
      </div>
      <Card style={{ width, maxWidth: '100%' }} data-testid={testId}>
        {children}
      </Card>
    </div>
  );
}
