import { App, Form, Modal, type FormInstance } from 'antd';
import { useState, type ReactNode } from 'react';
import type { UserListItem } from '../../api/types.ts';
import { errorMessageOf, showFieldError } from '../../components/api-error-feedback.ts';
import { useT } from '../../i18n/index.tsx';

/**
 * The layout the dialogs on one user share (edit, reset password): a modal titled with the
 * user, one form, OK spinning while the request runs, the server's error next to its field or
 * as a message, the success message and `onDone` after.
 */
export function UserFormModal<Values extends object>({
  user,
  title,
  form,
  save,
  onClose,
  onDone,
  preserve,
  children,
}: {
  user: UserListItem | null;
  title: (user: UserListItem) => string;
  form: FormInstance<Values>;
  /** sends the values; answers the success message */
  save: (user: UserListItem, values: Values) => Promise<string>;
  onClose(): void;
  onDone(): void;
  preserve?: boolean;
  children: ReactNode;
}) {
  const t = useT();
  const { message } = App.useApp();
  const [saving, setSaving] = useState(false);

  async function submit(values: Values) {
    if (!user) return;
    setSaving(true);
    try {
      message.success(await save(user, values));
      onDone();
    } catch (err) {
      if (!showFieldError(form, err)) message.error(errorMessageOf(err, t));
    } finally {
      setSaving(false);
    }
  }

  return (
    <Modal
      open={user !== null}
      title={user ? title(user) : ''}
      okText={t('common.ok')}
      cancelText={t('common.cancel')}
      confirmLoading={saving}
      onOk={() => form.submit()}
      onCancel={onClose}
      destroyOnHidden
    >
      <Form<Values> form={form} layout="vertical" onFinish={(v) => void submit(v)} {...(preserve === undefined ? {} : { preserve })}>
        {children}
      </Form>
    </Modal>
  );
}
