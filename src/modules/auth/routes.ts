import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Deps } from '../../deps.ts';
import { errorBodySchema } from '../../server/errors.ts';
import { actorOf, clearSessionCookie, SESSION_COOKIE, setSessionCookie } from '../../server/session.ts';
import { loginRateLimit } from '../../server/rate-limit.ts';
import { login } from './login.ts';
import { completeSetup, setupRequired } from './setup.ts';
import {
  changePasswordBodySchema,
  loginBodySchema,
  setupBodySchema,
  newUserBodySchema,
  resetPasswordBodySchema,
  userIdParamSchema,
  userListItemSchema,
  userListQuerySchema,
  userListResponseSchema,
  userResponseSchema,
  userChangeBodySchema,
} from './schema.ts';
import * as service from './service.ts';
import { requirePasswordChange, updateUserAccount } from './admin.ts';

const errors = { 400: errorBodySchema, 401: errorBodySchema, 403: errorBodySchema, 404: errorBodySchema } as const;

export function authRoutes(deps: Deps): FastifyPluginAsyncZod {
  return async (app) => {
    app.post(
      '/auth/login',
      {
        config: loginRateLimit(deps),
        schema: {
          tags: ['auth'],
          summary: '登录 (log in; sets an HttpOnly session cookie). Unknown user, wrong password and locked account answer the same 401; repeated failures from a source answer 429 with Retry-After',
          security: [],
          body: loginBodySchema,
          response: { 200: userResponseSchema, 400: errorBodySchema, 401: errorBodySchema, 429: errorBodySchema },
        },
      },
      async (request, reply) => {
        const { token, expiresAt, user } = await login(deps, { username: request.body.username, password: request.body.password, ip: request.ip });
        setSessionCookie(reply, deps, token, expiresAt);
        return { user };
      },
    );

    app.post(
      '/auth/logout',
      {
        // Any body or none (a client may send `content-type: application/json` and nothing): logging out never fails.
        schema: { tags: ['auth'], summary: '退出登录 (log out; ends the session whatever the body)', security: [], response: { 204: z.null() } },
      },
      async (request, reply) => {
        const token = request.cookies[SESSION_COOKIE];
        if (token) await service.logout(deps, token);
        clearSessionCookie(reply, deps);
        return reply.status(204).send(null);
      },
    );

    app.get(
      '/auth/me',
      { schema: { tags: ['auth'], summary: '当前用户 (the logged-in user)', response: { 200: userResponseSchema, 401: errorBodySchema } } },
      async (request) => ({ user: await service.currentUser(deps, actorOf(request)) }),
    );

    app.post(
      '/auth/change-password',
      {
        schema: {
          tags: ['auth'],
          summary: '修改密码 (change one\'s own password; required after a temporary one)',
          body: changePasswordBodySchema,
          response: { 200: userResponseSchema, 400: errorBodySchema, 401: errorBodySchema },
        },
      },
      async (request) => {
        const token = request.cookies[SESSION_COOKIE] ?? '';
        return { user: await service.changePassword(deps, actorOf(request), token, request.body.currentPassword, request.body.newPassword) };
      },
    );

    app.get(
      '/auth/mode',
      {
        schema: {
          tags: ['auth'],
          summary: '运行模式 (demo or production; whether the first administrator is still to be set up)',
          security: [],
          response: { 200: z.object({ demo: z.boolean(), setupRequired: z.boolean() }) },
        },
      },
      async () => ({ demo: deps.config.demo, setupRequired: await setupRequired(deps) }),
    );

    app.post(
      '/setup',
      {
        config: loginRateLimit(deps),
        schema: {
          tags: ['auth'],
          summary: '初始化 (create the first administrator with the one-time setup token printed at a production start)',
          security: [],
          body: setupBodySchema,
          response: { 201: z.object({ user: userListItemSchema }), 400: errorBodySchema, 403: errorBodySchema, 409: errorBodySchema, 422: errorBodySchema, 429: errorBodySchema },
        },
      },
      async (request, reply) => reply.status(201).send({ user: await completeSetup(deps, request.body) }),
    );

    app.get(
      '/users',
      { schema: { tags: ['users'], summary: '用户列表 (users in scope)', querystring: userListQuerySchema, response: { 200: userListResponseSchema, ...errors } } },
      async (request) => service.listUsers(deps, actorOf(request), request.query),
    );

    app.post(
      '/users',
      {
        schema: {
          tags: ['users'],
          summary: '新建用户 (create a user; admin)',
          body: newUserBodySchema,
          response: { 201: z.object({ user: userListItemSchema }), ...errors, 409: errorBodySchema, 422: errorBodySchema },
        },
      },
      async (request, reply) => {
        const user = await service.createUser(deps, actorOf(request), request.body);
        return reply.status(201).send({ user });
      },
    );

    app.post(
      '/users/:id/reset-password',
      {
        schema: {
          tags: ['users'],
          summary: '重置密码并解锁 (reset password and unlock; admin)',
          params: userIdParamSchema,
          body: resetPasswordBodySchema,
          response: { 204: z.null(), ...errors },
        },
      },
      async (request, reply) => {
        await service.resetPassword(deps, actorOf(request), request.params.id, request.body.password);
        return reply.status(204).send(null);
      },
    );

    app.patch(
      '/users/:id',
      {
        schema: {
          tags: ['users'],
          summary: '停用/启用、调整角色和区划 (disable or enable a user, change role or area; admin; audited; ends the user\'s sessions)',
          params: userIdParamSchema,
          body: userChangeBodySchema,
          response: { 200: z.object({ user: userListItemSchema }), ...errors, 409: errorBodySchema, 422: errorBodySchema },
        },
      },
      async (request) => ({ user: await updateUserAccount(deps, actorOf(request), request.params.id, request.body) }),
    );

    app.post(
      '/users/:id/require-password-change',
      {
        schema: {
          tags: ['users'],
          summary: '强制修改密码 (the user must set a new password at the next login; ends the user\'s sessions; admin)',
          params: userIdParamSchema,
          response: { 204: z.null(), ...errors },
        },
      },
      async (request, reply) => {
        await requirePasswordChange(deps, actorOf(request), request.params.id);
        return reply.status(204).send(null);
      },
    );
  };
}
