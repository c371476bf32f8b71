import type { FormInstance } from 'antd';
import type { NamePath } from 'antd/es/form/interface';
import { ApiError } from '../api/client.ts';

type FieldErrors<Values> = Parameters<FormInstance<Values>['setFields']>[0];

/**
 * Puts a server error next to the field it names (Form.setFields); errors for fields the
 * form does not show go on the first one, so nothing is silently lost.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- antd's own default for untyped forms
export function fieldErrors<Values = any>(e: ApiError, fields: string[]): FieldErrors<Values> {
  const path = (e.field ?? '').split('.').map((p) => (/^\d+$/.test(p) ? Number(p) : p));
  const known = e.field && fields.some((f) => e.field === f || e.field!.startsWith(`${f}.`));
  return [{ name: (known ? path : [fields[0] ?? 'form']) as NamePath<Values>, errors: [e.message] }];
}
