import { App, type FormInstance } from 'antd';
import { useState } from 'react';
import { errorMessageOf, showFieldError } from '../../components/api-error-feedback.ts';
import { useT } from '../../i18n/index.tsx';

/** Saves a modal form: the field at fault next to the field, anything else as a message (volunteers, lists, charity). */
export function useSave() {
  const { message } = App.useApp();
  const t = useT();
  const [busy, setBusy] = useState(false);
  return {
    busy,
    run: async (form: FormInstance, call: () => Promise<unknown>, done: () => void) => {
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
