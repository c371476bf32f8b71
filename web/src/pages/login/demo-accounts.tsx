import { Button, Card, Typography } from 'antd';
import type { Role } from '../../api/types.ts';
import { roleLabelKey } from '../../i18n/labels.ts';
import { useT } from '../../i18n/index.tsx';

const DEMO_PASSWORD = 'minzheng-demo';

const DEMO_ACCOUNTS: { username: string; role: Role }[] = [
  { username: 'admin', role: 'admin' },
  { username: 'county', role: 'county_approver' },
  { username: 'clerk', role: 'county_approver' },
  { username: 'street', role: 'street_reviewer' },
  { username: 'community', role: 'community_worker' },
  { username: 'verifier', role: 'verifier' },
  { username: 'auditor', role: 'auditor' },
];

/** The demo logins seeded on first start; clicking one fills the username. */
export function DemoAccounts({ onPick }: { onPick(username: string): void }) {
  const t = useT();
  return (
    <Card
      size="small"
      style={{ width: 420, maxWidth: '100%', marginTop: 16 }}
      title={<Typography.Text type="secondary">{t('login.demoTitle', { password: DEMO_PASSWORD })}</Typography.Text>}
    >
      <div style={{ display: 'grid', gridTemplateColumns: '1fr 1fr', gap: '4px 12px' }}>
        {DEMO_ACCOUNTS.map((account) => (
          <Button key={account.username} type="link" size="small" style={{ justifyContent: 'flex-start', padding: 0 }} onClick={() => onPick(account.username)}>
            <Typography.Text code>{account.username}</Typography.Text>
            <Typography.Text type="secondary">{t(roleLabelKey(account.role))}</Typography.Text>
          </Button>
        ))}
      </div>
    </Card>
  );
}
