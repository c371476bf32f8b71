import { describe, expect, it } from 'vitest';
import { dialects } from '../../../test/helpers/test-deps.ts';
import { useTestApp } from '../../../test/helpers/test-app.ts';
import { DEMO_PASSWORD } from '../../domain/auth/password-policy.ts';
import { createUser } from './service.ts';

/** Issue 17 point 3: the administrator disables users, changes role and area, forces a new password. */
describe.each(dialects)('user administration on %s', (dialect) => {
  const t = useTestApp(dialect);
  const call = (cookie: string, method: 'GET' | 'POST' | 'PATCH', url: string, payload?: object) =>
    t().app.inject({ method, url: `/api/v1${url}`, headers: { cookie }, ...(payload ? { payload } : {}) });
  const auditOf = (userId: number) =>
    t().deps.db.selectFrom('audit_log').selectAll().where('entity_type', '=', 'user').where('entity_id', '=', String(userId)).where('action', 'like', 'user.%').orderBy('seq').execute();
  const newUser = (username: string, role: 'community_worker' | 'street_reviewer' = 'community_worker', areaCode = '420102010001') =>
    createUser(t().deps, null, { username, displayName: `测试${username}`, role, areaCode, password: DEMO_PASSWORD });

  it('disables a user: the open session ends at once, login is refused, the change is audited; enabling restores login', async () => {
    const u = await newUser('adm-disable');
    const session = await t().login('adm-disable');
    expect((await call(session, 'GET', '/auth/me')).statusCode).toBe(200);
    const admin = await t().login('admin');
    const res = await call(admin, 'PATCH', `/users/${u.id}`, { active: false });
    expect(res.statusCode).toBe(200);
    expect(res.json().user).toMatchObject({ id: u.id, active: false });
    expect((await call(session, 'GET', '/auth/me')).statusCode).toBe(401);
    await expect(t().login('adm-disable')).rejects.toThrow(/401/);
    const [, disabled] = await auditOf(u.id);
    expect(disabled).toMatchObject({ action: 'user.disable', actor_username: 'admin' });
    expect(JSON.parse(disabled!.old_value!)).toEqual({ active: true });
    expect(JSON.parse(disabled!.new_value!)).toEqual({ active: false, sessionsRevoked: true });

    expect((await call(admin, 'PATCH', `/users/${u.id}`, { active: true })).json().user.active).toBe(true);
    expect((await auditOf(u.id)).at(-1)?.action).toBe('user.enable');
    await t().login('adm-disable');
  });

  it('changes role and area: the old sessions end, the new rights apply, old → new is audited', async () => {
    const u = await newUser('adm-move');
    const session = await t().login('adm-move');
    const admin = await t().login('admin');
    const bad = await call(admin, 'PATCH', `/users/${u.id}`, { role: 'county_approver' }); // a community is no county
    expect(bad.statusCode).toBe(422);
    expect(bad.json().error.code).toBe('role_area_level_mismatch');
    expect((await call(session, 'GET', '/auth/me')).statusCode).toBe(200); // nothing changed, session kept

    const moved = await call(admin, 'PATCH', `/users/${u.id}`, { role: 'street_reviewer', areaCode: '420102010' });
    expect(moved.json().user).toMatchObject({ role: 'street_reviewer', areaCode: '420102010', areaName: '二七街道' });
    expect((await call(session, 'GET', '/auth/me')).statusCode).toBe(401);
    const fresh = await t().login('adm-move');
    expect((await call(fresh, 'GET', '/auth/me')).json().user).toMatchObject({ role: 'street_reviewer', areaCode: '420102010' });
    const entry = (await auditOf(u.id)).at(-1)!;
    expect(entry.action).toBe('user.update');
    expect(JSON.parse(entry.old_value!)).toEqual({ role: 'community_worker', areaCode: '420102010001' });
    expect(JSON.parse(entry.new_value!)).toEqual({ role: 'street_reviewer', areaCode: '420102010', sessionsRevoked: true });

    // A new display name alone keeps the session.
    await call(admin, 'PATCH', `/users/${u.id}`, { displayName: '王新名' });
    expect((await call(fresh, 'GET', '/auth/me')).json().user.displayName).toBe('王新名');
  });

  it('forces a password change: sessions end and the next login must set a new password first', async () => {
    const u = await newUser('adm-force');
    const session = await t().login('adm-force');
    const admin = await t().login('admin');
    expect((await call(admin, 'POST', `/users/${u.id}/require-password-change`)).statusCode).toBe(204);
    expect((await call(session, 'GET', '/auth/me')).statusCode).toBe(401);
    const again = await t().app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { username: 'adm-force', password: DEMO_PASSWORD } });
    expect(again.json().user.mustChangePassword).toBe(true);
    const cookie = `mz_session=${again.cookies.find((c) => c.name === 'mz_session')!.value}`;
    expect((await call(cookie, 'GET', '/households')).statusCode).toBe(403);
    expect((await auditOf(u.id)).at(-1)).toMatchObject({ action: 'user.require_password_change', actor_username: 'admin' });
  });

  it('refuses to disable or demote oneself, the last administrator, and anyone but an admin', async () => {
    const admin = await t().login('admin');
    const me = (await call(admin, 'GET', '/auth/me')).json().user;
    const self = await call(admin, 'PATCH', `/users/${me.id}`, { active: false });
    expect(self.statusCode).toBe(403);
    expect(self.json().error.message).toContain('不能停用本人账号');
    // A second admin cannot disable the first when it would leave none… but may while another remains.
    const other = await createUser(t().deps, null, { username: 'adm-second', displayName: '第二管理员', role: 'admin', areaCode: '420102', password: DEMO_PASSWORD });
    const second = await t().login('adm-second');
    expect((await call(second, 'PATCH', `/users/${me.id}`, { active: false })).statusCode).toBe(200);
    const last = await call(await t().login('adm-second'), 'PATCH', `/users/${other.id}`, { role: 'auditor' });
    expect(last.statusCode).toBe(403); // oneself
    expect((await call(await t().login('adm-second'), 'PATCH', `/users/${me.id}`, { active: true })).statusCode).toBe(200);
    const county = await t().login('county');
    const u = await newUser('adm-nope');
    expect((await call(county, 'PATCH', `/users/${u.id}`, { active: false })).statusCode).toBe(403);
    expect((await call(county, 'POST', `/users/${u.id}/require-password-change`)).statusCode).toBe(403);
  });
});
