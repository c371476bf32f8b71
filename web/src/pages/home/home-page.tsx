import { UserOutlined } from '@ant-design/icons';
import { Alert, Avatar, Card, Descriptions, Flex, Tag, Typography } from 'antd';
import { roleLabelKey } from '../../i18n/labels.ts';
import { useT } from '../../i18n/index.tsx';
import { useSession } from '../../session.tsx';

/** 首页: who is logged in. The workbench (tasks, statistics) comes here in later issues. */
export function HomePage() {
  const { user } = useSession();
  const t = useT();
  const role = t(roleLabelKey(user.role));
  const areaPath = user.areaPath.map((a) => a.name).join(' / ');
  return (
    <Flex vertical gap={16}>
      <Card data-testid="welcome-card">
        <Flex align="center" gap={20}>
          <Avatar size={64} icon={<UserOutlined />} style={{ background: '#1677ff', flex: 'none' }} />
          <div style={{ minWidth: 0 }}>
            <Typography.Title level={3} style={{ margin: 0 }}>
              {t('home.welcome', { name: user.displayName })}
            </Typography.Title>
            <Typography.Paragraph type="secondary" style={{ margin: '6px 0 0' }}>
              {t('home.welcomeText', { role, area: user.areaName })}
            </Typography.Paragraph>
          </div>
        </Flex>
      </Card>
      <Card title={t('home.account')}>
        <Descriptions
          column={{ xs: 1, md: 2 }}
          items={[
            { key: 'displayName', label: t('home.displayName'), children: user.displayName },
            { key: 'username', label: t('home.username'), children: <Typography.Text code>{user.username}</Typography.Text> },
            { key: 'role', label: t('home.role'), children: <Tag color="blue">{role}</Tag> },
            { key: 'areaCode', label: t('home.areaCode'), children: user.areaCode },
            { key: 'area', label: t('home.area'), children: areaPath, span: 2 },
          ]}
        />
      </Card>
      <Alert type="info" showIcon title={t('home.dashboardSoon')} />
    </Flex>
  );
}
