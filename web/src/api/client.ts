/** The one fetch wrapper: JSON in and out, the UI language sent, API errors typed. */

/** An error answered by the API: `{"error":{"code","message","field"?}}`, message already in the user's language. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly field?: string,
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

let language = 'zh-CN';
let onUnauthenticated: () => void = () => {
  if (window.location.pathname !== '/login') window.location.assign('/login');
};

/** Sent as Accept-Language so server messages come back in the user's language. */
export function setApiLanguage(lang: string): void {
  language = lang;
}

/** What a 401 does outside login and the session probe (the app routes to /login). */
export function setUnauthenticatedHandler(handler: () => void): void {
  onUnauthenticated = handler;
}

export function apiHeaders(extra: Record<string, string> = {}): Record<string, string> {
  return { 'Accept-Language': language, ...extra };
}

interface RequestOptions {
  /** 401 is an expected answer here (login, the session probe): do not leave the page. */
  expect401?: boolean;
  /** Extra request headers (the offline queue's Idempotency-Key). */
  headers?: Record<string, string>;
}

function errorOf(status: number, json: unknown): ApiError {
  const err = (json as { error?: { code?: unknown; message?: unknown; field?: unknown } } | undefined)?.error;
  const code = typeof err?.code === 'string' ? err.code : 'http_error';
  const message = typeof err?.message === 'string' ? err.message : `HTTP ${status}`;
  const field = typeof err?.field === 'string' ? err.field : undefined;
  return new ApiError(status, code, message, field);
}

/** A call whose answer's status matters besides its body (201 created vs 200 already there). */
export async function apiWithStatus<T>(method: string, path: string, body?: unknown, opts: RequestOptions = {}): Promise<{ status: number; data: T }> {
  const isForm = body instanceof FormData;
  const res = await fetch(`/api/v1${path}`, {
    method,
    credentials: 'same-origin',
    headers: apiHeaders({ ...(body === undefined || isForm ? { Accept: 'application/json' } : { Accept: 'application/json', 'Content-Type': 'application/json' }), ...opts.headers }),
    body: body === undefined ? undefined : isForm ? body : JSON.stringify(body),
  });
  if (res.status === 204) return { status: 204, data: undefined as T };
  const text = await res.text();
  let json: unknown;
  try {
    json = text ? JSON.parse(text) : undefined;
  } catch {
    json = undefined; // a proxy's HTML error page, say: the status still tells what happened
  }
  if (!res.ok) {
    if (res.status === 401 && !opts.expect401) onUnauthenticated();
    throw errorOf(res.status, json);
  }
  return { status: res.status, data: json as T };
}

export async function api<T>(method: string, path: string, body?: unknown, opts: RequestOptions = {}): Promise<T> {
  return (await apiWithStatus<T>(method, path, body, opts)).data;
}

export const get = <T>(path: string, opts?: RequestOptions) => api<T>('GET', path, undefined, opts);
export const post = <T>(path: string, body?: unknown, opts?: RequestOptions) => api<T>('POST', path, body ?? {}, opts);
export const patch = <T>(path: string, body: unknown) => api<T>('PATCH', path, body);
export const put = <T>(path: string, body: unknown) => api<T>('PUT', path, body);

/** Query string from an object, skipping empty values. */
export function qs(params: Record<string, string | number | boolean | undefined | null>): string {
  const entries = Object.entries(params).filter(([, v]) => v !== undefined && v !== null && v !== '');
  return entries.length ? `?${new URLSearchParams(entries.map(([k, v]) => [k, String(v)])).toString()}` : '';
}
