import { nowIso } from '../../clock.ts';
import type { Deps } from '../../deps.ts';
import { assertAreaWritable, assertPermission, type Actor } from '../../domain/actor.ts';
import { isWithinArea } from '../../domain/area-code.ts';
import { DomainError } from '../../domain/errors.ts';
import { parseIdNumber } from '../../domain/id-number.ts';
import { maskIdNumber } from '../../domain/masking.ts';
import { recordAudit } from '../audit/service.ts';
import { staffUserFor } from '../auth/service.ts';
import { noteObjectionResolved, registerObjectionComplaint } from '../complaints/service.ts';
import { foreignOrNonImageDocuments } from '../registry/service.ts';
import { claimIdempotent, findIdempotent, requestHash, setIdempotentResult, type IdempotencyRef, type StoredResult } from '../../db/idempotency.ts';
import * as q from './queries.ts';
import type { CaseRecordInput } from './schema.ts';
import { applicationInScope, assertHandledHere, getApplication } from './service.ts';
import { assertMayActOnCase } from './duties.ts';

/** Which step a record belongs to, and who writes it. */
const RECORD_RULES: Record<CaseRecordInput['kind'], { states: string[]; roles: string[] }> = {
  investigation: { states: ['investigation'], roles: ['community_worker', 'street_reviewer'] },
  neighbour_interview: { states: ['investigation'], roles: ['community_worker', 'street_reviewer'] },
  verification: { states: ['verification'], roles: ['verifier'] },
  review_meeting: { states: ['democratic_review'], roles: ['community_worker', 'street_reviewer'] },
};

/** 入户调查 / 邻里访问 / 核对报告 / 民主评议: records on the way, each at its own step. */
export async function addCaseRecord(deps: Deps, actor: Actor, id: number, input: CaseRecordInput, opts: { idempotencyKey?: string | undefined } = {}) {
  assertPermission(actor, 'workCases');
  const app = await applicationInScope(deps.db, actor, id);
  // A retry of a record already written (the phone's offline queue): the same result, no second row.
  const idem = opts.idempotencyKey === undefined ? null : { userId: actor.userId, scope: 'case_record', key: opts.idempotencyKey, requestHash: requestHash({ id, input }) };
  if (idem) {
    const prior = await findIdempotent(deps.db, idem);
    if (prior) return replay(deps, actor, idem, prior);
  }
  const rule = RECORD_RULES[input.kind];
  if (!rule.roles.includes(actor.role)) throw new DomainError('forbidden', 'case_wrong_role', { params: { roles: rule.roles.join(', ') } });
  await assertHandledHere(deps.db, actor, app);
  await assertMayActOnCase(deps.db, actor, app);
  if (!rule.states.includes(app.state)) throw new DomainError('conflict', 'case_record_wrong_step', { field: 'kind', params: { state: app.state } });
  if (input.kind === 'investigation' || input.kind === 'neighbour_interview') {
    // Callers that skip the zod schema (the CLI, the demo, fixtures) may leave the evidence out.
    input = { ...input, photoDocumentIds: input.photoDocumentIds ?? [], signatures: input.signatures ?? [] };
    // Photos and signatures are images on this household's file.
    const badPhotos = await foreignOrNonImageDocuments(deps.db, app.household_id, input.photoDocumentIds);
    if (badPhotos.length > 0) throw new DomainError('unprocessable', 'record_document_invalid', { field: 'photoDocumentIds', params: { ids: badPhotos.join('、') } });
    const badSignatures = await foreignOrNonImageDocuments(deps.db, app.household_id, input.signatures.map((s) => s.documentId));
    if (badSignatures.length > 0) throw new DomainError('unprocessable', 'record_document_invalid', { field: 'signatures', params: { ids: badSignatures.join('、') } });
  }
  const staff = 'staff' in input ? new Set(input.staff.map((s) => s.trim())).size : 0;
  const now = nowIso(deps.clock);
  const written = await deps.db.transaction().execute(async (trx) => {
    if (idem && !(await claimIdempotent(trx, idem, { applicationId: app.id, recordId: null }, now))) return { replayed: true as const };
    const { kind: _kind, happenedOn: _on, ...data } = input;
    const row = await q.insertRecord(trx, { applicationId: app.id, kind: input.kind, happenedOn: input.happenedOn, staffCount: staff, data, createdBy: actor.userId, createdAt: now });
    if (idem) await setIdempotentResult(trx, idem, { applicationId: app.id, recordId: row.id });
    // 入户调查 has started the day the first visit or neighbour interview happened.
    if ((input.kind === 'investigation' || input.kind === 'neighbour_interview') && app.investigation_started_on === null) {
      await trx.updateTable('applications').set({ investigation_started_on: input.happenedOn }).where('id', '=', app.id).where('investigation_started_on', 'is', null).execute();
    }
    const evidence =
      input.kind === 'investigation' || input.kind === 'neighbour_interview'
        ? { photos: input.photoDocumentIds.length, signatures: input.signatures.length, located: input.location !== undefined }
        : {};
    await q.insertEvent(trx, { applicationId: app.id, at: now, actorId: actor.userId, actorUsername: actor.username, action: `record.${input.kind}`, fromState: app.state, toState: app.state, comment: null, data: { recordId: row.id } });
    await recordAudit(trx, deps, actor, { action: `case.record.${input.kind}`, entityType: 'application', entityId: app.id, areaCode: app.area_code, newValue: { recordId: row.id, happenedOn: input.happenedOn, staffCount: staff, ...evidence } });
    return { replayed: false as const };
  });
  if (written.replayed && idem) {
    // Another request with the same key got there first (a retry racing the original).
    const prior = await findIdempotent(deps.db, idem);
    if (prior) return replay(deps, actor, idem, prior);
  }
  return getApplication(deps, actor, app.id);
}

/** The answer to a repeated key: the case as it is now; a key reused for another body is refused. */
async function replay(deps: Deps, actor: Actor, idem: IdempotencyRef, prior: StoredResult) {
  if (prior.requestHash !== idem.requestHash) throw new DomainError('conflict', 'idempotency_key_reused', { field: 'Idempotency-Key' });
  const { applicationId } = prior.result as { applicationId: number };
  return getApplication(deps, actor, applicationId);
}

/** An objection against a case under public notice holds the case until it is resolved. */
export async function addObjection(deps: Deps, actor: Actor, id: number, input: { raisedBy: string; receivedVia: string; content: string }) {
  assertPermission(actor, 'workCases');
  const app = await applicationInScope(deps.db, actor, id);
  await assertHandledHere(deps.db, actor, app);
  await assertMayActOnCase(deps.db, actor, app);
  if (app.state !== 'public_notice') throw new DomainError('conflict', 'objection_not_in_notice', { params: { state: app.state } });
  const now = nowIso(deps.clock);
  await deps.db.transaction().execute(async (trx) => {
    const row = await trx
      .insertInto('objections')
      .values({ application_id: app.id, notice_id: app.notice_id, raised_by: input.raisedBy, received_via: input.receivedVia, content: input.content, status: 'open', resolution: null, created_at: now, resolved_at: null })
      .returning('id')
      .executeTakeFirstOrThrow();
    await q.insertEvent(trx, { applicationId: app.id, at: now, actorId: actor.userId, actorUsername: actor.username, action: 'objection.add', fromState: app.state, toState: app.state, comment: input.content, data: { objectionId: row.id, receivedVia: input.receivedVia } });
    await recordAudit(trx, deps, actor, { action: 'case.objection', entityType: 'application', entityId: app.id, areaCode: app.area_code, newValue: { objectionId: row.id, receivedVia: input.receivedVia } });
    // Every objection also joins the complaint register (issue 17; see migration 0018).
    await registerObjectionComplaint(trx, deps, actor, { objectionId: row.id, applicationId: app.id, householdId: app.household_id, areaCode: app.area_code, raisedBy: input.raisedBy, content: input.content });
  });
  return getApplication(deps, actor, app.id);
}

export async function resolveObjection(deps: Deps, actor: Actor, objectionId: number, resolution: string) {
  assertPermission(actor, 'workCases');
  const objection = await deps.db.selectFrom('objections').selectAll().where('id', '=', objectionId).executeTakeFirst();
  if (!objection) throw new DomainError('not_found', 'objection_not_found');
  const app = await applicationInScope(deps.db, actor, objection.application_id);
  await assertHandledHere(deps.db, actor, app);
  await assertMayActOnCase(deps.db, actor, app);
  if (objection.status !== 'open') throw new DomainError('conflict', 'objection_resolved');
  const now = nowIso(deps.clock);
  await deps.db.transaction().execute(async (trx) => {
    await trx.updateTable('objections').set({ status: 'resolved', resolution, resolved_at: now }).where('id', '=', objectionId).execute();
    await q.insertEvent(trx, { applicationId: app.id, at: now, actorId: actor.userId, actorUsername: actor.username, action: 'objection.resolve', fromState: app.state, toState: app.state, comment: resolution, data: { objectionId } });
    await recordAudit(trx, deps, actor, { action: 'case.objection_resolved', entityType: 'application', entityId: app.id, areaCode: app.area_code, oldValue: { status: 'open' }, newValue: { status: 'resolved', resolution } });
    await noteObjectionResolved(trx, deps, actor, objectionId, resolution);
  });
  return getApplication(deps, actor, app.id);
}

/** 近亲属备案: staff and cadres register their close relatives; matching applications get flagged. */
export async function registerRelative(
  deps: Deps,
  actor: Actor,
  input: { staffName: string; staffPosition: string; relativeName: string; relativeIdNumber: string; relation: string; areaCode: string; staffUserId?: number | undefined },
) {
  assertPermission(actor, 'editRegistry');
  assertAreaWritable(actor, input.areaCode);
  const parsed = parseIdNumber(input.relativeIdNumber);
  if (!parsed.ok) throw new DomainError('validation', `id_number_${parsed.problem}`, { field: 'relativeIdNumber', params: { idNumber: input.relativeIdNumber, expected: parsed.expected ?? '' } });
  // The staff member's account, so that they are recused from the relative's cases.
  const staff = await staffUserFor(deps, input.areaCode, { id: input.staffUserId, displayName: input.staffName });
  if (input.staffUserId !== undefined && !staff) throw new DomainError('unprocessable', 'staff_user_not_found', { field: 'staffUserId', params: { id: input.staffUserId } });
  const now = nowIso(deps.clock);
  return deps.db.transaction().execute(async (trx) => {
    const row = await trx
      .insertInto('staff_relatives')
      .values({ staff_name: input.staffName, staff_position: input.staffPosition, relative_name: input.relativeName, relative_id_number: parsed.value.idNumber, relation: input.relation, area_code: input.areaCode, registered_by: actor.userId, created_at: now, staff_user_id: staff?.id ?? null })
      .returning('id')
      .executeTakeFirstOrThrow();
    await recordAudit(trx, deps, actor, { action: 'relative.register', entityType: 'staff_relative', entityId: row.id, areaCode: input.areaCode, newValue: { staffName: input.staffName, staffUsername: staff?.username ?? null, relativeName: input.relativeName, relativeIdNumber: maskIdNumber(parsed.value.idNumber) } });
    return { id: row.id };
  });
}

export async function listRelatives(deps: Deps, actor: Actor) {
  const rows = await deps.db.selectFrom('staff_relatives').selectAll().where('area_code', 'like', `${actor.areaCode}%`).orderBy('id', 'desc').limit(500).execute();
  return {
    items: rows
      .filter((r) => isWithinArea(actor.areaCode, r.area_code))
      .map((r) => ({ id: r.id, staffName: r.staff_name, staffPosition: r.staff_position, relativeName: r.relative_name, relativeIdNumberMasked: maskIdNumber(r.relative_id_number), relation: r.relation, areaCode: r.area_code, createdAt: r.created_at, staffUserId: r.staff_user_id })),
  };
}
