import { EditOutlined, PlusOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Space, Table, Tag, Typography } from 'antd';
import type { TableColumnsType } from 'antd';
import { useCallback, useEffect, useState } from 'react';
import { ApiError } from '../../api/client.ts';
import { useSession } from '../../session.tsx';
import { useCaseText } from '../cases/labels.ts';
import { formatFen } from '../policies/money.ts';
import { programsApi, type LocalProgram } from './api.ts';
import { useProgramText } from './labels.ts';
import { ProgramModal } from './program-modal.tsx';

/** The conditions of a definition in one line: 80–120 岁 · 孤寡 · 不得同时享受 特困 … */
function useConditions() {
  const { t, label } = useProgramText();
  const { label: caseLabel } = useCaseText();
  return (p: LocalProgram) => {
    const r = p.rules;
    const parts: string[] = [];
    if (r.ageMin !== null && r.ageMax !== null) parts.push(t('years', { min: r.ageMin, max: r.ageMax }));
    else if (r.ageMin !== null) parts.push(t('yearsFrom', { min: r.ageMin }));
    else if (r.ageMax !== null) parts.push(t('yearsUpTo', { max: r.ageMax }));
    if (r.sex) parts.push(label('sex', r.sex));
    if (r.urbanRural) parts.push(label('urbanRural', r.urbanRural));
    if (r.disabilityGrades.length) parts.push(`${t('disabilityGrades')} ${r.disabilityGrades.join('/')}`);
    if (r.disabilityCategories.length) parts.push(r.disabilityCategories.map((c) => label('disabilityCategory', c)).join('/'));
    if (r.flags.length) parts.push(r.flags.map((f) => label('flag', f)).join('/'));
    if (r.requiredPrograms.length) parts.push(`${t('requiredPrograms')}：${r.requiredPrograms.map((c) => caseLabel('program', c)).join('、')}`);
    if (r.excludedPrograms.length) parts.push(`${t('excludedPrograms')}：${r.excludedPrograms.map((c) => caseLabel('program', c)).join('、')}`);
    return parts.length ? parts.join(' · ') : t('none');
  };
}

/** 地方项目: the list of the area's own programs; the administrator creates and edits them in a modal form. */
export function LocalProgramsPage() {
  const { t, label } = useProgramText();
  const { user } = useSession();
  const conditions = useConditions();
  const [items, setItems] = useState<LocalProgram[]>([]);
  const [loading, setLoading] = useState(true);
  const [error, setError] = useState<string | null>(null);
  const [editing, setEditing] = useState<LocalProgram | null | 'new'>(null);
  const mayEdit = user.role === 'admin';

  const load = useCallback(() => {
    setLoading(true);
    programsApi
      .list()
      .then((r) => {
        setItems(r.items);
        setError(null);
      })
      .catch((e: unknown) => setError(e instanceof ApiError ? e.message : String(e)))
      .finally(() => setLoading(false));
  }, []);
  useEffect(load, [load]);

  const columns: TableColumnsType<LocalProgram> = [
    {
      title: t('name'),
      dataIndex: 'name',
      render: (_: unknown, p) => (
        <Space direction="vertical" size={0}>
          <Typography.Text strong>{p.name}</Typography.Text>
          <Typography.Text type="secondary" code>
            {p.code}
          </Typography.Text>
        </Space>
      ),
    },
    { title: t('area'), dataIndex: 'areaName', render: (_: unknown, p) => <span title={p.areaCode}>{p.areaName ?? p.areaCode}</span> },
    { title: t('subject'), dataIndex: 'subject', render: (_: unknown, p) => label('subject', p.subject) },
    {
      title: t('amount'),
      dataIndex: 'amount',
      align: 'right',
      render: (_: unknown, p) => (
        <Space direction="vertical" size={0} style={{ textAlign: 'right' }}>
          <span>{formatFen(p.amount)}</span>
          <Typography.Text type="secondary">{label('amountBasis', p.amountBasis)}</Typography.Text>
        </Space>
      ),
    },
    {
      title: t('issue'),
      dataIndex: 'kind',
      render: (_: unknown, p) => (
        <Space size={4} wrap={false}>
          <Tag color={p.kind === 'cash' ? 'blue' : p.kind === 'in_kind' ? 'orange' : 'purple'}>{label('kind', p.kind)}</Tag>
          <span style={{ whiteSpace: 'nowrap' }}>{label('paymentPeriod', p.paymentPeriod)}</span>
        </Space>
      ),
    },
    { title: t('conditions'), key: 'rules', render: (_: unknown, p) => <Typography.Text style={{ minWidth: 160, maxWidth: 280, display: 'inline-block' }}>{conditions(p)}</Typography.Text> },
    {
      title: t('status'),
      key: 'status',
      render: (_: unknown, p) => (
        <Space direction="vertical" size={0}>
          {p.active ? <Tag color="green">{t('active')}</Tag> : <Tag>{t('inactive')}</Tag>}
          <Typography.Text type="secondary">
            {p.effectiveFrom} ~ {p.effectiveTo ?? ''}
          </Typography.Text>
        </Space>
      ),
    },
    ...(mayEdit
      ? [
          {
            title: t('actions'),
            key: 'actions',
            render: (_: unknown, p: LocalProgram) => (
              <Button type="link" size="small" icon={<EditOutlined />} onClick={() => setEditing(p)}>
                {t('edit')}
              </Button>
            ),
          },
        ]
      : []),
  ];

  return (
    <Card
      title={t('title')}
      extra={
        mayEdit && (
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing('new')}>
            {t('create')}
          </Button>
        )
      }
    >
      <Typography.Paragraph type="secondary">{t('intro')}</Typography.Paragraph>
      {error !== null && <Alert type="error" showIcon message={error} style={{ marginBottom: 16 }} />}
      <Table<LocalProgram> rowKey="id" size="middle" columns={columns} dataSource={items} loading={loading} pagination={false} scroll={{ x: 'max-content' }} />
      {editing !== null && (
        <ProgramModal
          editing={editing === 'new' ? null : editing}
          onClose={() => setEditing(null)}
          onSaved={() => {
            setEditing(null);
            load();
          }}
        />
      )}
    </Card>
  );
}
