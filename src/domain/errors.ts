/**
 * The one error type the domain and services raise. `code` is stable snake_case and is
 * also the i18n message key; `kind` decides the HTTP status in one place (server/errors).
 */
export type ErrorKind =
  | 'validation'
  | 'unauthenticated'
  | 'forbidden'
  | 'not_found'
  | 'conflict'
  | 'unprocessable'
  | 'locked'
  /** Too many attempts: `params.retryAfter` (seconds) becomes the Retry-After header. */
  | 'too_many'
  | 'too_large'
  | 'unsupported_media';

export class DomainError extends Error {
  readonly code: string;
  readonly kind: ErrorKind;
  readonly field: string | undefined;
  readonly params: Record<string, string | number>;

  constructor(
    kind: ErrorKind,
    code: string,
    opts: { field?: string; params?: Record<string, string | number> } = {},
  ) {
    super(code);
    this.name = 'DomainError';
    this.kind = kind;
    this.code = code;
    this.field = opts.field;
    this.params = opts.params ?? {};
  }
}

export function assertNever(x: never): never {
  throw new Error(`Unexpected value: ${JSON.stringify(x)}`);
}
