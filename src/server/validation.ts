import type { FastifySchemaCompiler } from 'fastify';
import { safeParse, type $ZodIssue, type $ZodType } from 'zod/v4/core';
import { en, zhCN } from 'zod/locales';
import type { Lang } from '../messages.ts';

/** A failed zod parse of one part of a request, with the raw issues kept for i18n. */
export class RequestValidationError extends Error {
  readonly statusCode = 400;
  constructor(
    readonly part: string,
    readonly issues: $ZodIssue[],
  ) {
    super('validation_failed');
  }
}

/**
 * Our own compiler (instead of the provider's) so issues keep their input and can be
 * rendered in the caller's language later, when the request is known.
 */
export const zodValidatorCompiler: FastifySchemaCompiler<$ZodType> =
  ({ schema, httpPart }) =>
  (data) => {
    const nul = nulBytePath(data);
    if (nul) return { error: new RequestValidationError(httpPart ?? 'body', [{ code: 'custom', path: nul, message: '不能包含空字符 (NUL)', input: '' } as $ZodIssue]) };
    const result = safeParse(schema, data, { reportInput: true });
    if (result.success) return { value: result.data };
    return { error: new RequestValidationError(httpPart ?? 'body', result.error.issues) };
  };

/**
 * The path of the first string holding a NUL character, if any. No field has a use for one,
 * and PostgreSQL refuses it in text (a 500 deep in a query): refused here, for every part of
 * every request. Walks with a stack of its own, so deep nesting cannot overflow.
 */
export function nulBytePath(data: unknown): (string | number)[] | null {
  const stack: { value: unknown; path: (string | number)[] }[] = [{ value: data, path: [] }];
  while (stack.length > 0) {
    const { value, path } = stack.pop()!;
    if (typeof value === 'string') {
      if (value.includes('\u0000')) return path;
    } else if (Array.isArray(value)) {
      value.forEach((v, i) => stack.push({ value: v, path: [...path, i] }));
    } else if (value && typeof value === 'object') {
      for (const [k, v] of Object.entries(value)) {
        if (k.includes('\u0000')) return [...path, k];
        stack.push({ value: v, path: [...path, k] });
      }
    }
  }
  return null;
}

const locales = { 'zh-CN': zhCN().localeError, en: en().localeError };

export function issueMessage(issue: $ZodIssue, lang: Lang): string {
  // Messages written into a schema (`.refine(..., { message })`) are already specific.
  const raw = issue as $ZodIssue & { input?: unknown };
  const custom = issue.code === 'custom' || /^[\u4e00-\u9fa5]/.test(issue.message);
  if (custom) return issue.message;
  const out = locales[lang](raw as never);
  const text = typeof out === 'string' ? out : out?.message;
  return text ?? issue.message;
}

export function issueField(issue: $ZodIssue): string | undefined {
  const path = issue.path.map(String);
  if (issue.code === 'unrecognized_keys' && issue.keys[0]) path.push(issue.keys[0]);
  return path.length > 0 ? path.join('.') : undefined;
}
