import { SafetyCertificateOutlined } from '@ant-design/icons';
import { Alert, Button, Flex } from 'antd';
import { useState } from 'react';
import { auditApi, type AuditChainReport } from '../../api/endpoints.ts';
import { errorMessageOf } from '../../components/api-error-feedback.ts';
import { useT } from '../../i18n/index.tsx';

/** 校验哈希链: re-hashes the whole chain on the server and says whether any entry was altered. */
export function VerifyChainButton() {
  const t = useT();
  const [checking, setChecking] = useState(false);
  const [outcome, setOutcome] = useState<{ report: AuditChainReport } | { error: string } | null>(null);

  async function verify() {
    setChecking(true);
    try {
      setOutcome({ report: await auditApi.verify() });
    } catch (err) {
      setOutcome({ error: errorMessageOf(err, t) });
    } finally {
      setChecking(false);
    }
  }

  return (
    <Flex vertical gap={12} style={{ marginBottom: 16 }}>
      <div>
        <Button icon={<SafetyCertificateOutlined />} loading={checking} onClick={() => void verify()}>
          {t('audit.verify')}
        </Button>
      </div>
      {outcome && <ChainOutcome outcome={outcome} />}
    </Flex>
  );
}

function ChainOutcome({ outcome }: { outcome: { report: AuditChainReport } | { error: string } }) {
  const t = useT();
  if ('error' in outcome) return <Alert type="error" showIcon title={outcome.error} />;
  const { report } = outcome;
  if (report.intact) {
    const anchor = report.vouchedUpTo ? t('audit.vouched', { seq: report.vouchedUpTo.seq, at: report.vouchedUpTo.at ?? '' }) : t('audit.unanchored');
    return <Alert type={report.vouchedUpTo ? 'success' : 'warning'} showIcon data-testid="chain-result" title={t('audit.intact', { checked: report.checked })} description={anchor} />;
  }
  const broken = report.firstBroken;
  return (
    <Alert
      type="error"
      showIcon
      data-testid="chain-result"
      title={broken ? t('audit.broken', { seq: broken.seq, reason: broken.reason }) : t('audit.broken', { seq: '?', reason: '' })}
    />
  );
}
