import { Col, Row, Tag, Typography } from 'antd';
import type { AuditEntry } from '../../api/types.ts';
import { useT } from '../../i18n/index.tsx';

function Json({ value }: { value: unknown }) {
  const t = useT();
  if (value === null || value === undefined) return <Typography.Text type="secondary">{t('common.none')}</Typography.Text>;
  return (
    <pre style={{ margin: 0, maxHeight: 240, overflow: 'auto', fontSize: 12, background: '#fafafa', padding: 8, borderRadius: 6, whiteSpace: 'pre-wrap', wordBreak: 'break-all' }}>
      {JSON.stringify(value, null, 2)}
    </pre>
  );
}

/** What an entry changed: the old value beside the new. */
export function AuditChange({ entry }: { entry: AuditEntry }) {
  const t = useT();
  if (entry.oldValue == null && entry.newValue == null) return <Typography.Text type="secondary">{t('audit.noChange')}</Typography.Text>;
  return (
    <Row gutter={16}>
      {entry.redacted && (
        <Col span={24} style={{ marginBottom: 8 }}>
          <Tag>{t('audit.redacted')}</Tag>
        </Col>
      )}
      <Col span={12}>
        <Typography.Text strong>{t('audit.oldValue')}</Typography.Text>
        <Json value={entry.oldValue} />
      </Col>
      <Col span={12}>
        <Typography.Text strong>{t('audit.newValue')}</Typography.Text>
        <Json value={entry.newValue} />
      </Col>
    </Row>
  );
}
