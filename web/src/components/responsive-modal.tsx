import { Button, Drawer, Flex, Modal, type ModalProps } from 'antd';
import type React from 'react';
import { useEffect, useState, type ReactNode } from 'react';
import { useT } from '../i18n/index.tsx';
import { usePhone } from './use-phone.ts';

/** What the dialogs use of antd's Modal; everything else passes through on a desk. */
export type ResponsiveModalProps = ModalProps & { children?: ReactNode };

/**
 * A dialog: antd's Modal on a desk, a full-screen drawer on a phone whose body scrolls and
 * whose footer (cancel / OK) stays pinned at the bottom — the action is always in reach.
 * Takes the Modal's props, so a dialog switches by changing its tag.
 */
export function ResponsiveModal(props: ResponsiveModalProps) {
  const live = usePhone();
  // Decided when the dialog opens and kept while it is open: switching between Modal and Drawer
  // remounts the form inside and loses what was typed (a tablet turned, a window resized).
  const [openedAs, setOpenedAs] = useState(live);
  useEffect(() => {
    if (!props.open) setOpenedAs(live);
  }, [props.open, live]);
  const phone = props.open ? openedAs : live;
  const t = useT();
  if (!phone) return <Modal {...props} />;
  const { open, title, onOk, onCancel, okText, cancelText, okButtonProps, cancelButtonProps, confirmLoading, footer, destroyOnHidden, afterClose, children, okType } = props;
  const cancel = (
    <Button {...cancelButtonProps} onClick={(e) => onCancel?.(e as React.MouseEvent<HTMLButtonElement>)} style={{ flex: 1, ...cancelButtonProps?.style }}>
      {cancelText ?? t('common.cancel')}
    </Button>
  );
  const ok = (
    <Button type="primary" danger={okType === 'danger'} loading={confirmLoading} {...okButtonProps} onClick={(e) => onOk?.(e as React.MouseEvent<HTMLButtonElement>)} style={{ flex: 2, ...okButtonProps?.style }}>
      {okText ?? t('common.confirm')}
    </Button>
  );
  const buttons = (
    <Flex gap={8} style={{ width: '100%' }}>
      {cancel}
      {ok}
    </Flex>
  );
  let content: ReactNode = buttons;
  if (footer === null || footer === false) content = null;
  else if (typeof footer === 'function') content = footer(buttons, { OkBtn: () => ok, CancelBtn: () => cancel });
  else if (footer !== undefined) content = footer;
  return (
    <Drawer
      open={open ?? false}
      title={title}
      placement="bottom"
      size="100%"
      destroyOnHidden={destroyOnHidden}
      afterOpenChange={(visible) => !visible && afterClose?.()}
      onClose={(e) => onCancel?.(e as React.MouseEvent<HTMLButtonElement>)}
      footer={content}
      styles={{ body: { padding: 16 }, footer: { padding: '10px 16px calc(10px + env(safe-area-inset-bottom))' } }}
      rootClassName="responsive-drawer"
    >
      {children}
    </Drawer>
  );
}
