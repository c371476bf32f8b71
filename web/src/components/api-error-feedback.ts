import type { FormInstance } from 'antd';
import { ApiError } from '../api/client.ts';
import type { Translate } from '../i18n/index.tsx';

/** The message to show for a failed call: the server's own (already in the user's language) or "cannot reach". */
export function errorMessageOf(err: unknown, t: Translate): string {
  return err instanceof ApiError ? err.message : t('error.network');
}

/**
 * Puts a server error next to the form field it names (`field` of the error body).
 * Returns false when the error names no field of this form, so the caller shows it elsewhere.
 */
export function showFieldError(form: FormInstance, err: unknown): boolean {
  if (!(err instanceof ApiError) || !err.field) return false;
  const name = err.field.split('.')[0];
  if (!name || form.getFieldInstance(name) === undefined) return false;
  form.setFields([{ name, errors: [err.message] }]);
  return true;
}
