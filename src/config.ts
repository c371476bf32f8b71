import path from 'node:path';
import { z } from 'zod';
import type { LoginLimits } from './domain/auth/login-throttle.ts';

/** The one place the environment is read; everything else receives a typed Config. */
export type TrustProxy = boolean | number | string[];

const envSchema = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().min(1).default('127.0.0.1'),
  DATA_DIR: z.string().min(1).default('data'),
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, 'DATABASE_URL must be a postgres:// URL')
    .optional()
    .or(z.literal('').transform(() => undefined)),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  SESSION_TTL_HOURS: z.coerce.number().positive().default(12),
  /** A session unused this long ends, whatever its absolute lifetime left. */
  SESSION_IDLE_MINUTES: z.coerce.number().positive().default(30),
  /** `production` (or a PostgreSQL DATABASE_URL) turns the demo off: no demo users, a setup token instead. */
  NODE_ENV: z.string().optional(),
  /** Force the demo on or off; by default it is on only for the embedded SQLite outside production. */
  MINZHENG_DEMO: z.enum(['true', 'false']).optional(),
  /** Behind a reverse proxy: take the client address from X-Forwarded-For (rate limits are per source). */
  // `true` trusts every hop (only safe when the proxy replaces X-Forwarded-For); a hop count or the
  // proxies' addresses/CIDRs (comma-separated) stop a client from choosing its own address.
  TRUST_PROXY: z
    .string()
    .default('false')
    .transform((v, ctx): TrustProxy => {
      const t = v.trim();
      if (t === 'false' || t === '') return false;
      if (t === 'true') return true;
      if (/^\d+$/.test(t)) return Number(t);
      const list = t.split(',').map((a) => a.trim()).filter(Boolean);
      if (list.every((a) => /^[0-9a-fA-F:.]+(\/\d{1,3})?$/.test(a))) return list;
      ctx.addIssue({ code: 'custom', message: 'TRUST_PROXY must be true, false, a hop count or comma-separated proxy addresses/CIDRs' });
      return z.NEVER;
    }),
  /** Failed logins from one source for one username before each further attempt waits (doubling). */
  LOGIN_FAILURES_PER_USER: z.coerce.number().int().min(1).default(5),
  /** Failed logins from one source (any usernames) before it waits (doubling). */
  LOGIN_FAILURES_PER_IP: z.coerce.number().int().min(1).default(20),
  LOGIN_DELAY_SECONDS: z.coerce.number().int().min(1).default(30),
  LOGIN_DELAY_MAX_SECONDS: z.coerce.number().int().min(1).default(3600),
  /** Requests per minute and source to the login and setup routes (successful or not). */
  LOGIN_RATE_LIMIT_PER_MINUTE: z.coerce.number().int().min(1).default(120),
  /** Complaints per hour and source through the public form (issue 17: rate-limited, no login). */
  PUBLIC_COMPLAINTS_PER_HOUR: z.coerce.number().int().min(1).default(5),
  SETUP_TOKEN_TTL_HOURS: z.coerce.number().positive().default(24),
  /** Set behind HTTPS so the session cookie carries the Secure flag. */
  COOKIE_SECURE: z.enum(['true', 'false']).default('false').transform((v) => v === 'true'),
  /** A CJK font for PDFs (notices, decisions); Debian's fonts-noto-cjk by default. */
  /** SQLite: how long a write waits for another process's write lock before the request gets 503 + Retry-After. */
  DB_BUSY_TIMEOUT_MS: z.coerce.number().int().min(0).max(600_000).default(5000),
  /**
   * PostgreSQL lock_timeout, the same for row and table locks. Longer than SQLite's: waiting
   * does not stall the server there, and a request behind a district payroll of the same key
   * should get that payroll rather than a 503.
   */
  DB_LOCK_TIMEOUT_MS: z.coerce.number().int().min(0).max(600_000).default(30_000),
  /** The audit chain's HMAC key (hex or text, at least 32 characters); else DATA_DIR/audit-hmac.key. */
  AUDIT_HMAC_KEY: z.string().min(32).optional().or(z.literal('').transform(() => undefined)),
  /** The server appends a signed checkpoint of the audit head this often when it moved (0: only at start and on demand). */
  AUDIT_CHECKPOINT_MINUTES: z.coerce.number().min(0).default(10),
  CJK_FONT: z.string().min(1).default('/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc'),
  /** How long a job's lease lasts without a heartbeat: after a crash, its job waits this long before another process takes it over. */
  JOB_LEASE_SECONDS: z.coerce.number().positive().max(3600).default(30),
});

/** busyTimeoutMs: SQLite busy_timeout (DB_BUSY_TIMEOUT_MS) or PostgreSQL lock_timeout (DB_LOCK_TIMEOUT_MS). */
export type DatabaseConfig =
  | { dialect: 'sqlite'; file: string; busyTimeoutMs?: number }
  | { dialect: 'postgres'; url: string; schema?: string; busyTimeoutMs?: number };

export interface Config {
  port: number;
  host: string;
  dataDir: string;
  database: DatabaseConfig;
  logLevel: z.infer<typeof envSchema>['LOG_LEVEL'];
  sessionTtlHours: number;
  sessionIdleMinutes: number;
  cookieSecure: boolean;
  /**
   * The demo (`npm start` on the embedded SQLite): seeds the 江岸区 demo district and its users
   * with the public demo password. Off in production, where the first admin comes from a one-time
   * setup token or `minzheng user add`, and temporary passwords must be changed at first login.
   */
  demo: boolean;
  /** Fastify's trustProxy: whom to believe about the client address (X-Forwarded-For). */
  trustProxy: TrustProxy;
  login: LoginLimits;
  setupTokenTtlHours: number;
  publicComplaintsPerHour: number;
  webDist: string;
  cjkFont: string;
  audit: AuditConfig;
  jobLeaseSeconds: number;
}

export interface AuditConfig {
  /** From AUDIT_HMAC_KEY; when absent the key file below is used (created on first start). */
  hmacKey?: string;
  hmacKeyFile: string;
  /** The append-only file of signed head checkpoints. */
  checkpointFile: string;
  /** the server's schedule; 0 = only at start, at shutdown and by `npx minzheng audit checkpoint` */
  checkpointMinutes: number;
}

export const projectRoot = path.resolve(import.meta.dirname, '..');

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = envSchema.safeParse(env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`);
    throw new Error(`Invalid environment:\n${lines.join('\n')}`);
  }
  const e = parsed.data;
  const dataDir = path.resolve(projectRoot, e.DATA_DIR);
  return {
    port: e.PORT,
    host: e.HOST,
    dataDir,
    database: e.DATABASE_URL
      ? { dialect: 'postgres', url: e.DATABASE_URL, busyTimeoutMs: e.DB_LOCK_TIMEOUT_MS }
      : { dialect: 'sqlite', file: path.join(dataDir, 'minzheng.sqlite'), busyTimeoutMs: e.DB_BUSY_TIMEOUT_MS },
    logLevel: e.LOG_LEVEL,
    sessionTtlHours: e.SESSION_TTL_HOURS,
    sessionIdleMinutes: e.SESSION_IDLE_MINUTES,
    cookieSecure: e.COOKIE_SECURE,
    demo: e.MINZHENG_DEMO ? e.MINZHENG_DEMO === 'true' : e.NODE_ENV !== 'production' && !e.DATABASE_URL,
    trustProxy: e.TRUST_PROXY,
    login: {
      failuresPerUser: e.LOGIN_FAILURES_PER_USER,
      failuresPerIp: e.LOGIN_FAILURES_PER_IP,
      delaySeconds: e.LOGIN_DELAY_SECONDS,
      maxDelaySeconds: e.LOGIN_DELAY_MAX_SECONDS,
      requestsPerMinute: e.LOGIN_RATE_LIMIT_PER_MINUTE,
    },
    setupTokenTtlHours: e.SETUP_TOKEN_TTL_HOURS,
    publicComplaintsPerHour: e.PUBLIC_COMPLAINTS_PER_HOUR,
    webDist: path.join(projectRoot, 'web', 'dist'),
    cjkFont: e.CJK_FONT,
    audit: {
      ...(e.AUDIT_HMAC_KEY ? { hmacKey: e.AUDIT_HMAC_KEY } : {}),
      hmacKeyFile: path.join(dataDir, 'audit-hmac.key'),
      checkpointFile: path.join(dataDir, 'audit-checkpoints.log'),
      checkpointMinutes: e.AUDIT_CHECKPOINT_MINUTES,
    },
    jobLeaseSeconds: e.JOB_LEASE_SECONDS,
  };
}
