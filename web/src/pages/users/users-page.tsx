import { EditOutlined, KeyOutlined, PlusOutlined, StopOutlined } from '@ant-design/icons';
import { Alert, App, Button, Card, Grid, Input, Popconfirm, Space, Table, Tag, Typography } from 'antd';
import type { TableColumnsType } from 'antd';
import { useState } from 'react';
import { usersApi } from '../../api/endpoints.ts';
import type { UserListItem } from '../../api/types.ts';
import { errorMessageOf } from '../../components/api-error-feedback.ts';
import { usePagedList } from '../../components/use-paged-list.ts';
import { formatDateTime } from '../../i18n/format.ts';
import { roleLabelKey } from '../../i18n/labels.ts';
import { useLanguage } from '../../i18n/index.tsx';
import { CreateUserModal } from './create-user-modal.tsx';
import { EditUserModal } from './edit-user-modal.tsx';
import { ResetPasswordModal } from './reset-password-modal.tsx';

/**
 * 用户管理 (admin): the users in scope, paged on the server; create, change role and area, reset
 * password in modals; disable / enable and force a password change after a confirmation.
 */
export function UsersPage() {
  const { t, language } = useLanguage();
  const [q, setQ] = useState('');
  const [creating, setCreating] = useState(false);
  const [resetting, setResetting] = useState<UserListItem | null>(null);
  const [editing, setEditing] = useState<UserListItem | null>(null);
  const { message } = App.useApp();
  const list = usePagedList((page, pageSize) => usersApi.list({ q, page, pageSize }), q);

  async function run(action: () => Promise<unknown>, done: string) {
    try {
      await action();
      message.success(done);
      list.reload();
    } catch (err) {
      message.error(errorMessageOf(err, t));
    }
  }

  const columns: TableColumnsType<UserListItem> = [
    { title: t('users.username'), dataIndex: 'username', render: (v: string) => <Typography.Text code>{v}</Typography.Text> },
    { title: t('users.displayName'), dataIndex: 'displayName' },
    { title: t('users.role'), dataIndex: 'role', render: (_: unknown, u) => t(roleLabelKey(u.role)) },
    { title: t('users.area'), dataIndex: 'areaName', render: (_: unknown, u) => <span title={u.areaCode}>{u.areaName}</span> },
    { title: t('users.status'), key: 'status', render: (_: unknown, u) => <UserStatus user={u} /> },
    { title: t('users.createdAt'), dataIndex: 'createdAt', render: (v: string) => formatDateTime(v, language) },
    {
      title: t('users.actions'),
      key: 'actions',
      render: (_: unknown, u) => (
        <Space size={0} wrap>
          <Button type="link" size="small" icon={<EditOutlined />} onClick={() => setEditing(u)}>
            {t('users.edit')}
          </Button>
          <Popconfirm
            title={t(u.active ? 'users.disableConfirm' : 'users.enableConfirm', { name: u.displayName })}
            okText={t('common.ok')}
            cancelText={t('common.cancel')}
            onConfirm={() => run(() => usersApi.update(u.id, { active: !u.active }), t(u.active ? 'users.disabled' : 'users.enabled', { name: u.displayName }))}
          >
            <Button type="link" size="small" danger={u.active} icon={<StopOutlined />}>
              {t(u.active ? 'users.disable' : 'users.enable')}
            </Button>
          </Popconfirm>
          <Popconfirm
            title={t('users.forceChangeConfirm', { name: u.displayName })}
            okText={t('common.ok')}
            cancelText={t('common.cancel')}
            onConfirm={() => run(() => usersApi.requirePasswordChange(u.id), t('users.forceChangeDone', { name: u.displayName }))}
          >
            <Button type="link" size="small">
              {t('users.forceChange')}
            </Button>
          </Popconfirm>
          <Button type="link" size="small" icon={<KeyOutlined />} onClick={() => setResetting(u)}>
            {t('users.resetPassword')}
          </Button>
        </Space>
      ),
    },
  ];

  const tools = (
    <Space wrap>
      <Input.Search allowClear placeholder={t('users.search')} onSearch={(value) => setQ(value.trim())} style={{ width: 240, maxWidth: '100%' }} />
      <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)}>
        {t('users.create')}
      </Button>
    </Space>
  );
  // On a phone the search and the create button sit above the table, not squeezed into the header.
  const narrow = !Grid.useBreakpoint().md;
  return (
    <Card title={t('users.title')} extra={narrow ? undefined : tools}>
      {narrow && <div style={{ marginBottom: 16 }}>{tools}</div>}
      {list.error !== null && <Alert type="error" showIcon title={errorMessageOf(list.error, t)} style={{ marginBottom: 16 }} />}
      <Table<UserListItem>
        rowKey="id"
        size="middle"
        columns={columns}
        dataSource={list.items}
        loading={list.loading}
        scroll={{ x: 'max-content' }}
        pagination={{
          current: list.page,
          pageSize: list.pageSize,
          total: list.total,
          showSizeChanger: true,
          showTotal: (total) => t('users.total', { total }),
          onChange: list.changePage,
        }}
      />
      <CreateUserModal
        open={creating}
        onClose={() => setCreating(false)}
        onCreated={() => {
          setCreating(false);
          list.reload();
        }}
      />
      <EditUserModal
        user={editing}
        onClose={() => setEditing(null)}
        onDone={() => {
          setEditing(null);
          list.reload();
        }}
      />
      <ResetPasswordModal
        user={resetting}
        onClose={() => setResetting(null)}
        onDone={() => {
          setResetting(null);
          list.reload();
        }}
      />
    </Card>
  );
}

function UserStatus({ user }: { user: UserListItem }) {
  const { t, language } = useLanguage();
  if (user.lockedUntil && new Date(user.lockedUntil) > new Date()) {
    return <Tag color="red">{t('users.lockedUntil', { time: formatDateTime(user.lockedUntil, language) })}</Tag>;
  }
  return user.active ? <Tag color="green">{t('users.active')}</Tag> : <Tag>{t('users.inactive')}</Tag>;
}
