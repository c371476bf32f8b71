/**
 * The operations of the app's OpenAPI document and values derived from their JSON schemas:
 * what the role × area matrix and the fuzzer iterate over, so a route added without being
 * covered shows up in both.
 */
import type { FastifyInstance } from 'fastify';

export interface JsonSchema {
  type?: string | string[];
  properties?: Record<string, JsonSchema>;
  required?: string[];
  additionalProperties?: boolean | JsonSchema;
  items?: JsonSchema;
  enum?: unknown[];
  anyOf?: JsonSchema[];
  oneOf?: JsonSchema[];
  allOf?: JsonSchema[];
  pattern?: string;
  format?: string;
  minLength?: number;
  maxLength?: number;
  minimum?: number;
  maximum?: number;
  exclusiveMinimum?: boolean | number;
  exclusiveMaximum?: boolean | number;
  minItems?: number;
  maxItems?: number;
  nullable?: boolean;
  default?: unknown;
}

export interface Parameter {
  name: string;
  in: 'path' | 'query' | 'header' | 'cookie';
  required?: boolean;
  schema: JsonSchema;
}

export interface Operation {
  /** `POST /api/v1/households/{id}/merge` */
  key: string;
  method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  path: string;
  summary: string;
  params: Parameter[];
  body: JsonSchema | null;
  /** Upload routes (no JSON body in the document; a multipart form). */
  multipart: boolean;
}

export function operationsOf(app: FastifyInstance): Operation[] {
  const doc = app.swagger() as { paths: Record<string, Record<string, { summary?: string; parameters?: Parameter[]; requestBody?: { content: Record<string, { schema: JsonSchema }> } }>> };
  const ops: Operation[] = [];
  for (const [path, byMethod] of Object.entries(doc.paths)) {
    for (const [m, op] of Object.entries(byMethod)) {
      const method = m.toUpperCase() as Operation['method'];
      const summary = op.summary ?? '';
      ops.push({
        key: `${method} ${path}`,
        method,
        path,
        summary,
        params: op.parameters ?? [],
        body: op.requestBody?.content['application/json']?.schema ?? null,
        multipart: /multipart/i.test(summary) || Boolean(op.requestBody?.content['multipart/form-data']),
      });
    }
  }
  return ops;
}

export const isWrite = (op: Operation) => op.method !== 'GET';

/** Fills `{name}` placeholders. */
export function fillPath(path: string, values: Record<string, string | number>): string {
  return path.replace(/\{(\w+)\}/g, (_, name: string) => {
    const v = values[name];
    if (v === undefined) throw new Error(`no value for path parameter ${name} of ${path}`);
    return encodeURIComponent(String(v));
  });
}

export function pathParamsOf(path: string): { name: string; entity: string }[] {
  const segments = path.split('/');
  const out: { name: string; entity: string }[] = [];
  segments.forEach((s, i) => {
    const m = /^\{(\w+)\}$/.exec(s);
    if (m) out.push({ name: m[1]!, entity: segments[i - 1] ?? '' });
  });
  return out;
}

export function queryString(values: Record<string, unknown>): string {
  const parts = Object.entries(values)
    .filter(([, v]) => v !== undefined)
    .map(([k, v]) => `${encodeURIComponent(k)}=${encodeURIComponent(String(v))}`);
  return parts.length ? `?${parts.join('&')}` : '';
}

/** Context for sample values: the date and month to use, a way to override a field by name. */
export interface SampleContext {
  today: string;
  month: string;
  /** Return a value for this property (by name) or undefined to let the schema decide. */
  override?: (name: string, schema: JsonSchema, path: string[]) => unknown;
  /** Unique suffixes for usernames, codes and names. */
  unique(): number;
}

const DATE_RE = /02-29/;

/** A plausible string for a known pattern, or undefined. */
function stringForPattern(pattern: string, ctx: SampleContext): string | undefined {
  if (DATE_RE.test(pattern)) return ctx.today;
  if (pattern === '^\\d{4}-(0[1-9]|1[0-2])$') return ctx.month;
  if (pattern.startsWith('^local_')) return `local_mx_${ctx.unique()}`;
  if (pattern === '^[a-z][a-z0-9_.-]{2,31}$') return `mx${ctx.unique()}`;
  if (pattern === '^\\d{8,30}$') return '6222020000001234';
  if (pattern.startsWith('^[a-z]')) return 'a';
  // Area codes of any level: the district's.
  if (pattern.includes('\\d{6}') || pattern.includes('\\d{2')) {
    for (const c of ['420102', '420102010', '420102010001', '42', '4201']) if (new RegExp(pattern).test(c)) return c;
  }
  if (pattern === '^\\d{12}$') return '420102010001';
  return undefined;
}

/** A minimal valid value for `schema`: required properties only, the first enum value, the minimum. */
export function sample(schema: JsonSchema, ctx: SampleContext, name = '', path: string[] = []): unknown {
  const o = ctx.override?.(name, schema, path);
  if (o !== undefined) return o;
  if (schema.anyOf?.length) return sample(schema.anyOf[0]!, ctx, name, path);
  if (schema.oneOf?.length) return sample(schema.oneOf[0]!, ctx, name, path);
  if (schema.allOf?.length) return sample(schema.allOf[0]!, ctx, name, path);
  if (schema.enum?.length) return schema.enum.find((v) => v !== null) ?? null;
  const type = Array.isArray(schema.type) ? schema.type[0] : schema.type;
  switch (type) {
    case 'object': {
      const out: Record<string, unknown> = {};
      for (const key of schema.required ?? []) {
        const prop = schema.properties?.[key];
        if (prop) out[key] = sample(prop, ctx, key, [...path, key]);
      }
      return out;
    }
    case 'array': {
      const n = schema.minItems ?? 0;
      return Array.from({ length: n }, () => sample(schema.items ?? {}, ctx, name, [...path, '0']));
    }
    case 'string': {
      if (schema.format === 'date') return ctx.today;
      if (schema.pattern) {
        const s = stringForPattern(schema.pattern, ctx);
        if (s !== undefined) return s;
      }
      return '测试'.padEnd(Math.max(schema.minLength ?? 1, 2), '试');
    }
    case 'integer':
    case 'number': {
      let n = typeof schema.minimum === 'number' ? schema.minimum : 1;
      if (schema.exclusiveMinimum === true) n += 1;
      if (typeof schema.exclusiveMinimum === 'number') n = schema.exclusiveMinimum + 1;
      if (n < 1 && (schema.maximum === undefined || schema.maximum >= 1)) n = 1;
      return n;
    }
    case 'boolean':
      return false;
    default:
      return null;
  }
}

/** A multipart/form-data payload with text fields and one file. */
export function multipart(fields: Record<string, string>, file: { name: string; filename: string; contentType: string; data: Buffer }): { payload: Buffer; headers: Record<string, string> } {
  const boundary = `----mx${Math.random().toString(16).slice(2)}`;
  const parts: Buffer[] = [];
  for (const [k, v] of Object.entries(fields)) {
    parts.push(Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="${k}"\r\n\r\n${v}\r\n`));
  }
  parts.push(Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="${file.name}"; filename="${file.filename}"\r\nContent-Type: ${file.contentType}\r\n\r\n`));
  parts.push(file.data);
  parts.push(Buffer.from(`\r\n--${boundary}--\r\n`));
  return { payload: Buffer.concat(parts), headers: { 'content-type': `multipart/form-data; boundary=${boundary}` } };
}
