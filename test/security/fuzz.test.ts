/**
 * Fuzzing of every request schema of the OpenAPI document (issue 15, "Done when"): for each
 * operation with a body, query or path parameters, a few dozen malformed requests derived from
 * its schema (seeded, so a failure reproduces), sent as an authorised county approver and as a
 * community worker. No answer may be a 5xx; every 4xx carries our JSON error body with a
 * message, and a 400 about one field names a field.
 */
import type { InjectOptions } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dialects } from '../helpers/test-deps.ts';
import { addMonths, monthOf } from '../../src/domain/calendar.ts';
import { todayInChina } from '../../src/clock.ts';
import type { Role } from '../../src/domain/roles.ts';
import { buildFixture, type Fixture } from './support/fixture.ts';
import { fuzzCases, uploadCases, type FuzzCase } from './support/fuzz.ts';
import { operationsOf, pathParamsOf, type Operation } from './support/openapi.ts';
import { buildRequest, type RequestContext } from './support/requests.ts';

const SEED = Number(process.env.FUZZ_SEED ?? 20260315);
const PER_OPERATION = 24;
const ROLES_FUZZED: Role[] = ['county_approver', 'community_worker'];
/** Nothing to fuzz: no parameters, no body (listed so a new one is a conscious choice). */
const logout = 'POST /api/v1/auth/logout';

interface Finding {
  role: Role;
  op: string;
  label: string;
  status: number;
  body: string;
}

describe.each(dialects)('fuzzing every request schema (%s)', (dialect) => {
  let f: Fixture;
  let ops: Operation[];
  let ctxBase: Omit<RequestContext, 'side' | 'role'>;
  const findings: { fivexx: Finding[]; shapeless: Finding[]; fieldless: Finding[] } = { fivexx: [], shapeless: [], fieldless: [] };
  const statuses = new Map<number, number>();
  let sent = 0;
  let fuzzedOps = 0;

  beforeAll(async () => {
    f = await buildFixture(dialect, { households: 30 });
    ops = operationsOf(f.t.app);
    const today = todayInChina(f.t.deps.clock);
    const month = monthOf(today);
    ctxBase = { f, today, month, nextMonth: addMonths(month, 1), workbooks: { A: Buffer.from(''), B: Buffer.from(''), N: Buffer.from('') } };
  }, 120_000);
  afterAll(async () => f?.t.close());

  it('sends a few dozen malformed requests per operation and gets no 5xx', async () => {
    const started = performance.now();
    for (const op of ops) {
      if (op.key === logout) continue;
      const hasSchema = op.body !== null || op.params.length > 0 || pathParamsOf(op.path).length > 0 || op.multipart;
      if (!hasSchema) continue;
      fuzzedOps++;
      for (const role of ROLES_FUZZED) {
        const base = await buildRequest({ ...ctxBase, side: f.A, role }, op);
        // Logging in with the fixture's users would lock them: fuzz the login of nobody.
        if (op.key === 'POST /api/v1/auth/login') base.payload = { username: 'nobody-here', password: 'wrong-password' };
        const cases: FuzzCase[] = op.multipart ? [...uploadCases(op, String(base.url)), ...fuzzCases(op, base, SEED, PER_OPERATION)] : fuzzCases(op, base, SEED, PER_OPERATION);
        for (const c of cases) {
          const req: InjectOptions = { ...c.request, headers: { ...(c.request.headers ?? {}), cookie: f.cookies.A[role] } };
          const res = await f.t.app.inject(req);
          sent++;
          statuses.set(res.statusCode, (statuses.get(res.statusCode) ?? 0) + 1);
          const finding = { role, op: op.key, label: c.label, status: res.statusCode, body: res.body.slice(0, 240) };
          if (res.statusCode >= 500) {
            findings.fivexx.push(finding);
            continue;
          }
          if (res.statusCode >= 400) {
            let body: { error?: { code?: unknown; message?: unknown; field?: unknown } } | undefined;
            try {
              body = res.json();
            } catch {
              body = undefined;
            }
            if (!body?.error || typeof body.error.message !== 'string' || body.error.message.length === 0 || typeof body.error.code !== 'string') {
              findings.shapeless.push(finding);
            } else if (c.field && res.statusCode === 400 && body.error.code === 'validation_failed' && typeof body.error.field !== 'string') {
              findings.fieldless.push(finding);
            }
          }
        }
      }
    }
    const ms = Math.round(performance.now() - started);
    console.log(
      `[fuzz ${dialect}] seed ${SEED}: ${sent} malformed requests over ${fuzzedOps} operations × ${ROLES_FUZZED.length} roles in ${ms} ms; by status: ` +
        [...statuses.entries()]
          .sort((a, b) => a[0] - b[0])
          .map(([s, n]) => `${s}×${n}`)
          .join(' ') +
        `; 5xx: ${findings.fivexx.length}, 4xx without our error body: ${findings.shapeless.length}, field errors without a field: ${findings.fieldless.length}`,
    );
    expect(fuzzedOps).toBeGreaterThan(50);
    expect(findings.fivexx.map((x) => `${x.role} ${x.op} [${x.label}]: ${x.status} ${x.body}`)).toEqual([]);
  }, 240_000);

  it('answers every 4xx with a JSON error body with a code and a message', () => {
    expect(findings.shapeless.map((x) => `${x.role} ${x.op} [${x.label}]: ${x.status} ${x.body}`)).toEqual([]);
  });

  it('names the field when a validation error is about one field', () => {
    expect(findings.fieldless.map((x) => `${x.role} ${x.op} [${x.label}]: ${x.status} ${x.body}`)).toEqual([]);
  });
});
