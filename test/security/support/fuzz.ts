/**
 * Malformed inputs derived from an operation's JSON schemas, deterministic for a seed: wrong
 * types, missing required fields, extra properties, nulls, empty and huge strings, unicode,
 * NUL bytes, odd numbers, deep nesting, arrays for objects, impossible dates, bad ID numbers,
 * SQL-ish and path-traversal strings, wrong content types, invalid JSON.
 */
import type { InjectOptions } from 'fastify';
import { pathParamsOf, type JsonSchema, type Operation } from './openapi.ts';

/** mulberry32: a small seeded PRNG. */
export function seeded(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function hashOf(s: string): number {
  let h = 2166136261;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 16777619);
  return h >>> 0;
}

const HUGE = 'x'.repeat(100_000);
/** Deep nesting is spliced into the JSON text (JSON.stringify itself would overflow the stack). */
const DEEP_MARK = 'zz-deep-nesting-zz';
const deepJson = (n: number) => `${'{"a":['.repeat(n)}1${']}'.repeat(n)}`;
const deep = (_n: number): unknown => DEEP_MARK;
const stringify = (v: unknown) => JSON.stringify(v).replaceAll(`"${DEEP_MARK}"`, deepJson(5000));

/** Bad values for any field, whatever its type. */
export const NASTY_VALUES: { label: string; value: unknown }[] = [
  { label: 'null', value: null },
  { label: 'empty string', value: '' },
  { label: 'whitespace', value: '   ' },
  { label: 'huge string', value: HUGE },
  { label: 'emoji', value: '👨‍👩‍👧‍👦🏠💰' },
  { label: 'RTL', value: '\u202Eمرحبا\u202C שלום' },
  { label: 'NUL bytes', value: 'a\u0000b\u0000' },
  { label: 'control chars', value: '\u0001\u0007\u001b[31m\r\n' },
  { label: 'lone surrogate', value: '\ud800x' },
  { label: 'SQL', value: "'; drop table households; --" },
  { label: 'SQL or', value: "1' OR '1'='1" },
  { label: 'path traversal', value: '../../../../etc/passwd' },
  { label: 'formula', value: '=HYPERLINK("http://x")' },
  { label: 'negative', value: -1 },
  { label: 'zero', value: 0 },
  { label: 'fraction', value: 1.5 },
  { label: 'huge number', value: 1e308 },
  { label: 'beyond safe integer', value: 2 ** 63 },
  { label: 'negative huge', value: -1e308 },
  { label: 'NaN-ish string', value: 'NaN' },
  { label: 'Infinity string', value: 'Infinity' },
  { label: 'numeric string', value: '42' },
  { label: 'true', value: true },
  { label: 'array', value: [1, 'a', null] },
  { label: 'object', value: { a: 1 } },
  { label: 'deep nesting', value: deep(2000) },
  { label: 'impossible date', value: '2026-02-30' },
  { label: 'date with time', value: '2026-03-01T25:61:00Z' },
  { label: 'bad month', value: '2026-13' },
  { label: 'bad ID number (check digit)', value: '420102199003071234' },
  { label: 'bad ID number (birth date)', value: '420102199002301238' },
  { label: '15-digit ID', value: '420102900307123' },
  { label: 'area code too long', value: '4201020100010001' },
  { label: 'proto key', value: { __proto__: { polluted: true }, constructor: { prototype: { polluted: true } } } },
];

/** Values for path and query strings (always strings on the wire). */
export const NASTY_STRINGS = [
  '-1',
  '0',
  '1.5',
  'abc',
  '99999999999999999999999999',
  '1e309',
  'NaN',
  '',
  '%00',
  '..%2F..%2Fetc%2Fpasswd',
  '%F0%9F%8F%A0',
  '%E2%80%AE',
  "1'%20OR%20'1'%3D'1",
  'x'.repeat(5000),
  '2026-02-30',
  '0x1F',
  '%5B%5D',
  '%E0%A4%A',
  '%',
];

export interface FuzzCase {
  label: string;
  /** The single field the case is about, if any (a 400 should then name a field). */
  field?: string;
  request: InjectOptions;
}

function fieldsOf(schema: JsonSchema | null): { name: string; schema: JsonSchema; required: boolean }[] {
  if (!schema?.properties) return [];
  return Object.entries(schema.properties).map(([name, s]) => ({ name, schema: s, required: (schema.required ?? []).includes(name) }));
}

function wrongTypeFor(s: JsonSchema): unknown {
  const type = Array.isArray(s.type) ? s.type[0] : s.type;
  switch (type) {
    case 'string':
      return 12345;
    case 'integer':
    case 'number':
      return 'twelve';
    case 'boolean':
      return 'yes';
    case 'array':
      return { not: 'an array' };
    case 'object':
      return ['not', 'an', 'object'];
    default:
      return Symbol.for('unset');
  }
}

/**
 * About `perOperation` malformed requests for one operation, from a valid base request
 * (method, url, payload). Deterministic for (operation, seed).
 */
export function fuzzCases(op: Operation, base: InjectOptions, seed: number, perOperation: number): FuzzCase[] {
  const rand = seeded(hashOf(op.key) ^ seed);
  const pick = <T>(xs: T[]): T => xs[Math.floor(rand() * xs.length)]!;
  const cases: FuzzCase[] = [];
  const url = String(base.url);
  const [pathPart, queryPart = ''] = url.split('?');
  const basePayload = (base.payload ?? undefined) as Record<string, unknown> | undefined;
  const json = (payload: unknown): Pick<InjectOptions, 'payload' | 'headers'> => ({ payload: stringify(payload), headers: { 'content-type': 'application/json' } });

  // Body: whole-body and per-field mutations.
  if (op.body && basePayload && typeof basePayload === 'object' && !Buffer.isBuffer(basePayload)) {
    const fields = fieldsOf(op.body);
    const whole: [string, Pick<InjectOptions, 'payload' | 'headers'>][] = [
      ['body null', json(null)],
      ['body array', json([basePayload])],
      ['body string', json('hello')],
      ['body number', json(42)],
      ['body empty object', json({})],
      ['body deep nesting', json(deep(5000))],
      ['invalid JSON', { payload: '{"a": [1, 2', headers: { 'content-type': 'application/json' } }],
      ['JSON with trailing garbage', { payload: `${JSON.stringify(basePayload)}}}`, headers: { 'content-type': 'application/json' } }],
      ['proto pollution', { payload: `{"__proto__":{"isAdmin":true},${JSON.stringify(basePayload).slice(1)}`, headers: { 'content-type': 'application/json' } }],
      ['constructor pollution', { payload: `{"constructor":{"prototype":{"isAdmin":true}},${JSON.stringify(basePayload).slice(1)}`, headers: { 'content-type': 'application/json' } }],
      ['text/plain body', { payload: JSON.stringify(basePayload), headers: { 'content-type': 'text/plain' } }],
      ['form-encoded body', { payload: 'a=1&b=2', headers: { 'content-type': 'application/x-www-form-urlencoded' } }],
      ['xml body', { payload: '<?xml version="1.0"?><!DOCTYPE x [<!ENTITY e SYSTEM "file:///etc/passwd">]><x>&e;</x>', headers: { 'content-type': 'application/xml' } }],
      ['json content type, empty body', { payload: '', headers: { 'content-type': 'application/json' } }],
      ['json with charset latin1', { payload: Buffer.from(JSON.stringify(basePayload), 'latin1'), headers: { 'content-type': 'application/json; charset=iso-8859-1' } }],
    ];
    for (const [label, p] of whole) cases.push({ label, request: { method: op.method, url, ...p } });
    if (fields.length > 0) {
      for (let i = 0; i < 3; i++) {
        const f = pick(fields);
        const payload = { ...basePayload, [`${f.name}_extra${i}`]: 'x' };
        cases.push({ label: `extra property beside ${f.name}`, field: `${f.name}_extra${i}`, request: { method: op.method, url, ...json(payload) } });
      }
      for (const f of fields.filter((x) => x.required)) {
        const { [f.name]: _, ...rest } = basePayload;
        cases.push({ label: `missing ${f.name}`, field: f.name, request: { method: op.method, url, ...json(rest) } });
      }
      for (const f of fields) {
        const wrong = wrongTypeFor(f.schema);
        if (typeof wrong === 'symbol') continue;
        cases.push({ label: `wrong type for ${f.name}`, field: f.name, request: { method: op.method, url, ...json({ ...basePayload, [f.name]: wrong }) } });
      }
      while (cases.length < perOperation) {
        const f = pick(fields);
        const v = pick(NASTY_VALUES);
        cases.push({ label: `${v.label} in ${f.name}`, field: f.name, request: { method: op.method, url, ...json({ ...basePayload, [f.name]: v.value }) } });
      }
    }
  }

  // Path parameters.
  const pathParams = pathParamsOf(op.path);
  for (const p of pathParams) {
    for (let i = 0; i < 4; i++) {
      const bad = pick(NASTY_STRINGS);
      // Rebuild the path with the real values except this one (raw, already encoded strings).
      const filled = pathPart!.split('/');
      const template = op.path.split('/');
      template.forEach((seg, k) => {
        if (seg === `{${p.name}}`) filled[k] = bad;
      });
      cases.push({ label: `path ${p.name}=${bad.slice(0, 30)}`, request: { method: op.method, url: filled.join('/') + (queryPart ? `?${queryPart}` : ''), ...(basePayload ? { payload: basePayload as object } : {}) } });
    }
  }

  // Query parameters.
  const queryParams = op.params.filter((x) => x.in === 'query');
  if (queryParams.length > 0) {
    const baseQuery = new URLSearchParams(queryPart);
    for (let i = 0; i < Math.max(6, Math.ceil(perOperation / 3)); i++) {
      const q = pick(queryParams);
      const bad = pick(NASTY_STRINGS);
      const params = new URLSearchParams(baseQuery);
      params.delete(q.name);
      const rest = params.toString();
      cases.push({ label: `query ${q.name}=${bad.slice(0, 30)}`, field: q.name, request: { method: op.method, url: `${pathPart}?${rest ? `${rest}&` : ''}${q.name}=${bad}` } });
    }
    cases.push({ label: 'repeated query parameter', request: { method: op.method, url: `${pathPart}?${queryParams[0]!.name}=1&${queryParams[0]!.name}=2` } });
    cases.push({ label: 'unknown query parameter', field: 'zzz', request: { method: op.method, url: `${url}${queryPart ? '&' : '?'}zzz=1` } });
    for (const q of queryParams.filter((x) => x.required)) {
      const params = new URLSearchParams(baseQuery);
      params.delete(q.name);
      cases.push({ label: `missing query ${q.name}`, field: q.name, request: { method: op.method, url: `${pathPart}?${params.toString()}` } });
    }
  }
  return cases;
}

/** Uploads gone wrong: no multipart, an empty form, a form without a file, a cut-off stream, a file of the wrong kind. */
export function uploadCases(op: Operation, url: string): FuzzCase[] {
  const boundary = '----mxfuzz';
  const head = (name: string, filename: string, type: string) => `--${boundary}\r\nContent-Disposition: form-data; name="${name}"; filename="${filename}"\r\nContent-Type: ${type}\r\n\r\n`;
  const mp = (body: string | Buffer) => ({ payload: body, headers: { 'content-type': `multipart/form-data; boundary=${boundary}` } });
  const cases: [string, InjectOptions['payload'], Record<string, string>][] = [
    ['JSON instead of a form', JSON.stringify({ file: 'x' }), { 'content-type': 'application/json' }],
    ['no content type', 'raw bytes', {}],
    ...(
      [
        ['empty form', `--${boundary}--\r\n`],
        ['a field and no file', `--${boundary}\r\nContent-Disposition: form-data; name="kind"\r\n\r\nconsent\r\n--${boundary}--\r\n`],
        ['cut-off upload', `${head('file', 'a.pdf', 'application/pdf')}%PDF-1.4 trunc`],
        ['boundary never closed', `${head('file', 'a.xlsx', 'application/octet-stream')}PK\u0003\u0004`],
        ['empty file', `${head('file', 'a.pdf', 'application/pdf')}\r\n--${boundary}--\r\n`],
        ['executable', `${head('file', 'a.exe', 'application/x-msdownload')}MZ\u0090\u0000\r\n--${boundary}--\r\n`],
        ['path traversal filename', `${head('file', '../../../etc/passwd', 'application/pdf')}%PDF-1.4\n%%EOF\r\n--${boundary}--\r\n`],
        ['NUL in filename', `${head('file', 'a\u0000.pdf', 'application/pdf')}%PDF-1.4\n%%EOF\r\n--${boundary}--\r\n`],
        ['bad kind field', `--${boundary}\r\nContent-Disposition: form-data; name="kind"\r\n\r\n'; drop table documents; --\r\n${head('file', 'a.pdf', 'application/pdf')}%PDF-1.4\n%%EOF\r\n--${boundary}--\r\n`],
        ['two files', `${head('file', 'a.pdf', 'application/pdf')}%PDF-1.4\r\n${head('file', 'b.pdf', 'application/pdf')}%PDF-1.4\r\n--${boundary}--\r\n`],
        ['not a workbook', `${head('file', 'a.xlsx', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')}this is not a zip\r\n--${boundary}--\r\n`],
        ['broken zip', `${head('file', 'a.xlsx', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')}PK\u0003\u0004\u0014\u0000\u0000\u0000garbage\r\n--${boundary}--\r\n`],
      ] as [string, string][]
    ).map(([label, body]): [string, InjectOptions['payload'], Record<string, string>] => {
      const m = mp(body);
      return [label, m.payload, m.headers];
    }),
  ];
  return cases.map(([label, payload, headers]) => ({ label: `upload: ${label}`, request: { method: op.method, url, payload, headers } as InjectOptions }));
}
