import { Alert, Card, Select, Table, Typography } from 'antd';
import type { TableColumnsType } from 'antd';
import { useState } from 'react';
import { auditApi } from '../../api/endpoints.ts';
import type { AuditEntry } from '../../api/types.ts';
import { errorMessageOf } from '../../components/api-error-feedback.ts';
import { usePagedList } from '../../components/use-paged-list.ts';
import { formatDateTime } from '../../i18n/format.ts';
import { auditLabel } from '../../i18n/labels.ts';
import { useLanguage } from '../../i18n/index.tsx';
import { AuditChange } from './audit-change.tsx';
import { VerifyChainButton } from './verify-chain.tsx';

const ENTITY_TYPES = ['user', 'area', 'household', 'application', 'enrolment', 'payroll', 'institution', 'report', 'policy', 'import', 'export'];

/** 审计日志 (auditor, admin): the append-only log, newest first, and the hash-chain check. */
export function AuditPage() {
  const { t, language } = useLanguage();
  const [entityType, setEntityType] = useState<string | undefined>(undefined);
  const list = usePagedList((page, pageSize) => auditApi.list({ page, pageSize, entityType }), entityType ?? '');

  const columns: TableColumnsType<AuditEntry> = [
    { title: t('audit.seq'), dataIndex: 'seq', width: 80 },
    { title: t('audit.at'), dataIndex: 'at', render: (v: string) => formatDateTime(v, language) },
    {
      title: t('audit.actor'),
      dataIndex: 'actorUsername',
      render: (v: string | null) => (v ? <Typography.Text code>{v}</Typography.Text> : <Typography.Text type="secondary">{t('audit.system')}</Typography.Text>),
    },
    { title: t('audit.action'), dataIndex: 'action', render: (v: string) => <span title={v}>{auditLabel(t, 'action', v)}</span> },
    { title: t('audit.entity'), key: 'entity', render: (_: unknown, e) => `${auditLabel(t, 'entity', e.entityType)} #${e.entityId}` },
    { title: t('audit.areaCode'), dataIndex: 'areaCode', render: (v: string | null) => v ?? t('common.none') },
  ];

  return (
    <Card
      title={t('audit.title')}
      extra={
        <Select
          allowClear
          placeholder={t('audit.allTypes')}
          aria-label={t('audit.entityType')}
          value={entityType}
          onChange={setEntityType}
          options={ENTITY_TYPES.map((code) => ({ value: code, label: auditLabel(t, 'entity', code) }))}
          style={{ width: 160 }}
        />
      }
    >
      <VerifyChainButton />
      {list.error !== null && <Alert type="error" showIcon title={errorMessageOf(list.error, t)} style={{ marginBottom: 16 }} />}
      <Table<AuditEntry>
        rowKey="seq"
        size="middle"
        columns={columns}
        dataSource={list.items}
        loading={list.loading}
        scroll={{ x: 'max-content' }}
        expandable={{ expandedRowRender: (entry) => <AuditChange entry={entry} /> }}
        pagination={{
          current: list.page,
          pageSize: list.pageSize,
          total: list.total,
          showSizeChanger: true,
          showTotal: (total) => t('audit.total', { total }),
          onChange: list.changePage,
        }}
      />
    </Card>
  );
}
