import { CloudUploadOutlined } from '@ant-design/icons';
import { Alert, Badge, Button, Drawer, List, Popconfirm, Space, Typography } from 'antd';
import { useEffect, useState, useSyncExternalStore } from 'react';
import { useT } from '../i18n/index.tsx';
import { usePhone } from './use-phone.ts';
import { flushOutbox, loadOutbox, removeFromOutbox, retryOutboxItem, startOutbox, useOutbox } from '../offline/outbox.ts';

function subscribeOnline(cb: () => void) {
  window.addEventListener('online', cb);
  window.addEventListener('offline', cb);
  return () => {
    window.removeEventListener('online', cb);
    window.removeEventListener('offline', cb);
  };
}

/** 待发送: what the phone keeps until the connection returns, with a count on the header. */
export function OutboxButton() {
  const t = useT();
  const { items, sending } = useOutbox();
  const online = useSyncExternalStore(subscribeOnline, () => navigator.onLine);
  const phone = usePhone();
  const [open, setOpen] = useState(false);
  useEffect(() => startOutbox(), []);
  if (items.length === 0 && online) return null;
  const list = (
    <div>
      <Typography.Paragraph type="secondary" style={{ fontSize: 12 }}>
        {t('header.outboxHint')}
      </Typography.Paragraph>
      <List
        size="small"
        dataSource={items}
        locale={{ emptyText: t('header.outboxEmpty') }}
        renderItem={(i) => (
          <List.Item
            key={i.key}
            data-testid="outbox-item"
            actions={[
              ...(i.error ? [<Button key="retry" size="small" type="link" onClick={() => void retryOutboxItem(i.key)}>{t('header.outboxSendNow')}</Button>] : []),
              <Popconfirm key="del" title={t('header.outboxDeleteConfirm')} onConfirm={() => void removeFromOutbox(i.key)}>
                <Button size="small" type="link" danger>
                  {t('header.outboxDelete')}
                </Button>
              </Popconfirm>,
            ]}
          >
            <List.Item.Meta
              title={i.title}
              description={
                <>
                  {new Date(i.createdAt).toLocaleString('zh-CN', { timeZone: 'Asia/Shanghai', hour12: false })}
                  {i.error && <Typography.Text type="danger"> · {i.error}</Typography.Text>}
                </>
              }
            />
          </List.Item>
        )}
      />
      <Space style={{ marginTop: 8 }}>
        {online ? (
          <Button size="small" type="primary" loading={sending} disabled={items.length === 0} onClick={() => void flushOutbox()}>
            {t('header.outboxSendNow')}
          </Button>
        ) : (
          <Typography.Text type="warning">{t('header.outboxOffline')}</Typography.Text>
        )}
      </Space>
    </div>
  );
  // A drawer from below on a phone (a popover beside the header button ran off the screen).
  return (
    <>
      <Badge count={items.length} size="small" offset={[-4, 4]} color={online ? '#1677ff' : '#faad14'}>
        <Button type="text" icon={<CloudUploadOutlined />} aria-label={`${t('header.outbox')} ${items.length}`} data-testid="outbox-button" onClick={() => setOpen(true)}>
          <span data-testid="outbox-count" style={{ display: 'none' }}>
            {items.length}
          </span>
        </Button>
      </Badge>
      <Drawer open={open} onClose={() => setOpen(false)} title={t('header.outbox')} placement={phone ? 'bottom' : 'right'} size={phone ? 480 : 380}>
        {list}
      </Drawer>
    </>
  );
}

/**
 * The login page's word on what waits (the app opened with no connection, or the session over):
 * the records kept on this phone are listed, not sent — they go once someone is logged in.
 */
export function OutboxWaiting() {
  const t = useT();
  const { items } = useOutbox();
  const online = useSyncExternalStore(subscribeOnline, () => navigator.onLine);
  useEffect(() => loadOutbox(), []);
  if (items.length === 0 && online) return null;
  return (
    <Alert
      type="warning"
      showIcon
      style={{ marginBottom: 16 }}
      data-testid="login-outbox"
      title={items.length > 0 ? t('login.outboxWaiting', { n: items.length }) : t('login.offline')}
      description={
        items.length > 0 ? (
          <>
            {!online && <div>{t('login.offline')}</div>}
            {items.map((i) => (
              <div key={i.key} data-testid="outbox-item">
                {i.title}
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                  {' '}
                  {new Date(i.createdAt).toLocaleString('zh-CN', { timeZone: 'Asia/Shanghai', hour12: false })}
                </Typography.Text>
              </div>
            ))}
          </>
        ) : undefined
      }
    />
  );
}
