import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Deps } from '../../deps.ts';
import { errorBodySchema } from '../../server/errors.ts';
import { actorOf } from '../../server/session.ts';
import {
  householdFileSchema,
  householdListResponseSchema,
  historyResponseSchema,
  personSearchResponseSchema,
} from './response-schema.ts';
import {
  addMemberSchema,
  changeHeadSchema,
  householdIdParams,
  householdListQuery,
  householdPatchSchema,
  mergeSchema,
  moveInSchema,
  moveSchema,
  newHouseholdSchema,
  personIdParams,
  personSearchQuery,
  splitSchema,
} from './schema.ts';
import * as service from './service.ts';

const errors = {
  400: errorBodySchema,
  401: errorBodySchema,
  403: errorBodySchema,
  404: errorBodySchema,
  409: errorBodySchema,
  422: errorBodySchema,
} as const;
const fileResponse = { 200: householdFileSchema, ...errors };
const tags = ['registry'];

export function registryRoutes(deps: Deps): FastifyPluginAsyncZod {
  return async (app) => {
    app.post(
      '/households',
      { schema: { tags, summary: '新建户档案 (create a household with its members)', body: newHouseholdSchema, response: { 201: householdFileSchema, ...errors } } },
      async (request, reply) => reply.status(201).send(await service.createHousehold(deps, actorOf(request), request.body)),
    );
    app.get(
      '/households',
      { schema: { tags, summary: '户档案列表 (households in scope; search, filters, pages)', querystring: householdListQuery, response: { 200: householdListResponseSchema, ...errors } } },
      async (request) => service.listHouseholds(deps, actorOf(request), request.query),
    );
    app.get(
      '/households/:id',
      { schema: { tags, summary: '户档案 (the household file; each view audited)', params: householdIdParams, response: fileResponse } },
      async (request) => service.getHouseholdFile(deps, actorOf(request), request.params.id),
    );
    app.patch(
      '/households/:id',
      { schema: { tags, summary: '修改户档案 (edit; 409 on a stale version)', params: householdIdParams, body: householdPatchSchema, response: fileResponse } },
      async (request) => service.updateHousehold(deps, actorOf(request), request.params.id, request.body),
    );
    app.get(
      '/households/:id/history',
      { schema: { tags, summary: '变更记录 (who changed what, old → new)', params: householdIdParams, response: { 200: historyResponseSchema, ...errors } } },
      async (request) => service.householdHistory(deps, actorOf(request), request.params.id),
    );
    app.post(
      '/households/:id/members',
      { schema: { tags, summary: '增加成员 (add a new member)', params: householdIdParams, body: addMemberSchema, response: fileResponse } },
      async (request) => service.addMember(deps, actorOf(request), request.params.id, request.body),
    );
    app.post(
      '/households/:id/members/move-in',
      { schema: { tags, summary: '迁入成员 (move a person from another household)', params: householdIdParams, body: moveInSchema, response: fileResponse } },
      async (request) => service.moveInMember(deps, actorOf(request), request.params.id, request.body),
    );
    app.post(
      '/households/:id/members/:personId/remove',
      {
        schema: {
          tags,
          summary: '移除成员 (take a member off the file, with the reason)',
          params: z.strictObject({ id: z.coerce.number().int().positive(), personId: z.coerce.number().int().positive() }),
          body: z.strictObject({ version: z.number().int().min(1), reason: z.string().trim().min(1).max(200) }),
          response: fileResponse,
        },
      },
      async (request) => service.removeMember(deps, actorOf(request), request.params.id, request.params.personId, request.body),
    );
    app.post(
      '/households/:id/head',
      { schema: { tags, summary: '变更户主 (change the head)', params: householdIdParams, body: changeHeadSchema, response: fileResponse } },
      async (request) => service.changeHead(deps, actorOf(request), request.params.id, request.body),
    );
    app.post(
      '/households/:id/split',
      {
        schema: {
          tags,
          summary: '分户 (split members into a new household)',
          params: householdIdParams,
          body: splitSchema,
          response: { 200: z.object({ original: householdFileSchema, created: householdFileSchema }), ...errors },
        },
      },
      async (request) => service.splitHousehold(deps, actorOf(request), request.params.id, request.body),
    );
    app.post(
      '/households/:id/merge',
      { schema: { tags, summary: '合户 (merge another household into this one)', params: householdIdParams, body: mergeSchema, response: fileResponse } },
      async (request) => service.mergeHouseholds(deps, actorOf(request), request.params.id, request.body),
    );
    app.post(
      '/households/:id/move',
      { schema: { tags, summary: '迁移 (move to another community)', params: householdIdParams, body: moveSchema, response: fileResponse } },
      async (request) => service.moveHousehold(deps, actorOf(request), request.params.id, request.body),
    );
    app.get(
      '/persons',
      { schema: { tags, summary: '人员查询 (ID number, last digits, name or pinyin initials)', querystring: personSearchQuery, response: { 200: personSearchResponseSchema, ...errors } } },
      async (request) => service.searchPersons(deps, actorOf(request), request.query),
    );
    app.get(
      '/persons/:id/id-number',
      { schema: { tags, summary: '查看完整身份证号 (reveal; audited)', params: personIdParams, response: { 200: z.object({ idNumber: z.string() }), ...errors } } },
      async (request) => service.revealIdNumber(deps, actorOf(request), request.params.id),
    );
  };
}
