import { App, type FormInstance } from 'antd';
import { useState } from 'react';
import { errorMessageOf, showFieldError } from '../../components/api-error-feedback.ts';
import { useT } from '../../i18n/index.tsx';
import { useSession } from '../../session.tsx';

/** Runs a save: the field at fault shown next to its field, any other error as a message. */
export function useSave() {
  const { message } = App.useApp();
  const t = useT();
  const [busy, setBusy] = useState(false);
  return {
    busy,
    run: async (form: FormInstance, call: () => Promise<unknown>, done: () => void, ok = '已保存') => {
      setBusy(true);
      try {
        await call();
        message.success(ok);
        done();
      } catch (e) {
        if (!showFieldError(form, e)) message.error(errorMessageOf(e, t));
      } finally {
        setBusy(false);
      }
    },
  };
}

/** Who works these registers: the community, the street and the county (the auditor reads). */
export function useWorker(): { works: boolean; prepares: boolean; approves: boolean; areaCode: string } {
  const { user } = useSession();
  const role = user?.role ?? '';
  return {
    works: ['county_approver', 'street_reviewer', 'community_worker'].includes(role),
    prepares: ['county_approver', 'street_reviewer'].includes(role),
    approves: role === 'county_approver',
    areaCode: user?.areaCode ?? '',
  };
}
