import { Alert, Card, Table, Tabs, Typography } from 'antd';
import type { TableColumnsType } from 'antd';
import { useState } from 'react';
import { auditApi, type AuditFilters } from '../../api/endpoints.ts';
import type { AuditEntry } from '../../api/types.ts';
import { errorMessageOf } from '../../components/api-error-feedback.ts';
import { usePagedList } from '../../components/use-paged-list.ts';
import { formatDateTime } from '../../i18n/format.ts';
import { auditLabel } from '../../i18n/labels.ts';
import { useLanguage } from '../../i18n/index.tsx';
import { AuditChange } from './audit-change.tsx';
import { AuditFilterBar } from './audit-filters.tsx';
import { VerifyChainButton } from './verify-chain.tsx';

/**
 * 审计日志 (auditor, admin): the append-only log in Chinese, newest first — who (real name and
 * login), what (the action's name), on which record, in which area — filtered on the server;
 * the reveal log as its own tab; the filtered entries exported to Excel for 纪检监察; the
 * hash-chain check.
 */
export function AuditPage() {
  const { t, language } = useLanguage();
  const [tab, setTab] = useState<'all' | 'reveals'>('all');
  const [filters, setFilters] = useState<AuditFilters>({});
  const reveals = tab === 'reveals';
  const query: AuditFilters = { ...filters, ...(reveals ? { reveals: true } : {}) };
  const list = usePagedList((page, pageSize) => auditApi.list({ page, pageSize, ...query }), JSON.stringify(query));

  const columns: TableColumnsType<AuditEntry> = [
    { title: t('audit.seq'), dataIndex: 'seq', width: 80 },
    { title: t('audit.at'), dataIndex: 'at', render: (v: string) => formatDateTime(v, language) },
    {
      title: t('audit.actor'),
      dataIndex: 'actorLabel',
      render: (v: string, e) => (e.actorUsername ? v : <Typography.Text type="secondary">{t('audit.system')}</Typography.Text>),
    },
    { title: t('audit.action'), dataIndex: 'actionLabel', render: (v: string, e) => <span title={e.action}>{language === 'en' ? auditLabel(t, 'action', e.action) : v}</span> },
    { title: t('audit.entity'), key: 'entity', render: (_: unknown, e) => `${language === 'en' ? auditLabel(t, 'entity', e.entityType) : e.entityLabel} #${e.entityId}` },
    { title: t('audit.area'), dataIndex: 'areaName', render: (v: string | null, e) => (v ? <span title={e.areaCode ?? ''}>{v}</span> : (e.areaCode ?? t('common.none'))) },
  ];

  return (
    <Card title={t('audit.title')}>
      <VerifyChainButton />
      <Tabs
        activeKey={tab}
        onChange={(k) => setTab(k as 'all' | 'reveals')}
        items={[
          { key: 'all', label: t('audit.tabAll') },
          { key: 'reveals', label: t('audit.tabReveals') },
        ]}
      />
      {reveals && <Alert type="info" showIcon title={t('audit.revealsHint')} style={{ marginBottom: 12 }} />}
      <AuditFilterBar reveals={reveals} filters={filters} onChange={setFilters} />
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
