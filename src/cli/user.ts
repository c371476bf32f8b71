import { randomBytes } from 'node:crypto';
import { loadConfig } from '../config.ts';
import { migrateToLatest } from '../db/migrate.ts';
import { closeDeps, createDeps } from '../deps.ts';
import { DomainError } from '../domain/errors.ts';
import { isRole, ROLES } from '../domain/roles.ts';
import { createUser } from '../modules/auth/service.ts';
import { translate } from '../messages.ts';

export interface UserAddOptions {
  username: string;
  name: string;
  role: string;
  area: string;
  password?: string;
}

/** Creates a user from the shell (bootstrapping, or an admin locked out of the UI). */
export async function userAdd(opts: UserAddOptions): Promise<number> {
  if (!isRole(opts.role)) {
    console.error(`Unknown role "${opts.role}". One of: ${ROLES.join(', ')}`);
    return 2;
  }
  const password = opts.password ?? `mz-${randomBytes(9).toString('base64url')}1`;
  const deps = createDeps(loadConfig({ ...process.env, LOG_LEVEL: 'warn' }));
  try {
    await migrateToLatest(deps.db);
    const user = await createUser(deps, null, { username: opts.username, displayName: opts.name, role: opts.role, areaCode: opts.area, password }, { temporary: !opts.password });
    console.log(`Created user ${user.username} (${user.role}) at ${user.areaName} ${user.areaCode}.`);
    if (!opts.password) console.log(`Initial password: ${password}${deps.config.demo ? '' : ' (to be changed at first login)'}`);
    return 0;
  } catch (e) {
    if (e instanceof DomainError) {
      console.error(`${translate('zh-CN', e.code, e.params)}${e.field ? ` (${e.field})` : ''}`);
      return 1;
    }
    throw e;
  } finally {
    await closeDeps(deps);
  }
}
