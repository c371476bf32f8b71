import { App, Flex, Form, type FormInstance } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import type { Dayjs } from 'dayjs';
import { useState, type ReactNode } from 'react';
import { useT } from '../i18n/index.tsx';
import { errorMessageOf, showFieldError } from './api-error-feedback.ts';
import { PersonSelect } from './person-select.tsx';
import { ResponsiveTable } from './responsive-table.tsx';
import type { Page } from '../api/types.ts';
import { useSession } from '../session.tsx';
import { usePagedList } from './use-paged-list.ts';

/**
 * What the service registers' tabs (残疾人, 优抚) have in common: filters and the add button
 * above a list paged on the server, a form whose person is picked from the registry, and one
 * way of saving it (the field at fault marked, anything else as a message).
 */

type PagedList<T> = ReturnType<typeof usePagedList<T>>;

/** The filters and buttons in a row (wrapping on a phone), an optional hint, then the table. */
export function RegisterList<T extends object>({ toolbar, hint, list, columns }: { toolbar: ReactNode; hint?: ReactNode; list: PagedList<T>; columns: ColumnsType<T> }) {
  return (
    <>
      <Flex gap={8} wrap style={{ marginBottom: 12 }}>
        {toolbar}
      </Flex>
      {hint}
      <ResponsiveTable<T>
        rowKey="id"
        size="middle"
        loading={list.loading}
        dataSource={list.items}
        pagination={{ current: list.page, pageSize: list.pageSize, total: list.total, onChange: list.changePage, hideOnSinglePage: true }}
        columns={columns}
      />
    </>
  );
}

/** The form's person (`personId`), found by name, pinyin initials or ID digits. */
export function PersonField({ label, message }: { label: string; message: string }) {
  return (
    <Form.Item name="personId" label={label} rules={[{ required: true, message }]}>
      <PersonSelect />
    </Form.Item>
  );
}

/** Saves through `call`: 已保存 and `done` on success; a field error beside its field, any other as a message. */
export function useRegisterSave(form: FormInstance, done: () => void) {
  const { message } = App.useApp();
  const t = useT();
  const [busy, setBusy] = useState(false);
  return {
    busy,
    run: async (call: () => Promise<unknown>) => {
      setBusy(true);
      try {
        await call();
        message.success('已保存');
        done();
      } catch (e) {
        if (!showFieldError(form, e)) message.error(errorMessageOf(e, t));
      } finally {
        setBusy(false);
      }
    },
  };
}

/**
 * A register tab's state: the user's access, the list paged on the server (`filterKey` as in
 * usePagedList), and the add dialog with its form, which on saving closes and reloads the list.
 */
export function useRegisterTab<T>(fetchPage: (page: number, pageSize: number) => Promise<Page<T>>, filterKey: string) {
  const { access } = useSession();
  const list = usePagedList(fetchPage, filterKey);
  const [open, setOpen] = useState(false);
  const [form] = Form.useForm();
  const submit = useRegisterSave(form, () => {
    setOpen(false);
    list.reload();
  });
  return { access, list, open, setOpen, form, submit };
}

/** A date picker's value as the API takes it. */
export const isoDay = (d: Dayjs | null | undefined) => (d ? d.format('YYYY-MM-DD') : null);
