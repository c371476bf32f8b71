import { nowIso } from '../../clock.ts';
import type { DbOrTrx } from '../../db/types.ts';
import type { Deps } from '../../deps.ts';
import { assertAreaReadable, assertAreaWritable, assertPermission, type Actor } from '../../domain/actor.ts';
import { areaAncestry } from '../../domain/area-code.ts';
import { DomainError } from '../../domain/errors.ts';
import {
  isPolicyKey,
  policyToRows,
  policyValue,
  policyVersionLabel,
  resolvePolicy,
  type Policy,
  type PolicyKey,
  type PolicySources,
} from '../../domain/policy.ts';
import { findArea } from '../areas/service.ts';
import { recordAudit, type AuditActor } from '../audit/service.ts';
import * as q from './queries.ts';
import { checkPolicyValue } from './value-check.ts';

export { checkPolicyValue };

export interface PolicyInForce {
  areaCode: string;
  asOf: string;
  policy: Policy;
  sources: PolicySources;
  version: string;
}

/** The policy in force for an area on a date: nearest area's value per key, latest date ≤ asOf. */
export async function policyInForce(db: DbOrTrx, areaCode: string, asOf: string): Promise<PolicyInForce> {
  const chain = areaAncestry(areaCode).reverse();
  const rows = await q.policyRowsFor(db, chain);
  const { policy, sources } = resolvePolicy(rows, chain, asOf);
  return { areaCode, asOf, policy, sources, version: policyVersionLabel(sources) };
}

export async function getPolicy(deps: Deps, actor: Actor, areaCode: string, asOf: string): Promise<PolicyInForce> {
  assertAreaReadable(actor, areaCode, 'area_not_found');
  if (!(await findArea(deps.db, areaCode))) throw new DomainError('not_found', 'area_not_found', { params: { areaCode } });
  return policyInForce(deps.db, areaCode, asOf);
}

/** Policy rows that can apply anywhere in an area: its ancestors' and every area's below it. */
export async function policyRowsInSubtree(db: DbOrTrx, areaCode: string) {
  return q.policyRowsInSubtree(db, areaAncestry(areaCode), areaCode);
}

export function policyVersionFor(sources: PolicySources): string {
  return policyVersionLabel(sources);
}

/** Every version of one parameter that applies to the area: its own and its ancestors'. */
export async function getParameterHistory(deps: Deps, actor: Actor, areaCode: string, key: string) {
  assertAreaReadable(actor, areaCode, 'area_not_found');
  if (!isPolicyKey(key)) throw new DomainError('validation', 'policy_key_unknown', { field: 'key', params: { key } });
  const rows = await q.parameterHistory(deps.db, areaAncestry(areaCode), key);
  return {
    items: rows.map((r) => ({
      areaCode: r.area_code,
      key: r.key,
      effectiveFrom: r.effective_from,
      value: JSON.parse(r.value) as unknown,
      version: r.version,
      note: r.note,
      createdAt: r.created_at,
      createdBy: r.username ?? null,
    })),
  };
}

/**
 * Sets a parameter for an area from a date. Only county approvers and admins, only in their
 * area; earlier versions are kept (the history), and a same-date correction gets a higher
 * version so the answer for any date stays unambiguous.
 */
export async function setParameter(
  deps: Deps,
  actor: Actor,
  input: { areaCode: string; key: string; effectiveFrom: string; value: unknown; note?: string | undefined },
) {
  assertPermission(actor, 'editPolicies');
  assertAreaWritable(actor, input.areaCode);
  if (!(await findArea(deps.db, input.areaCode))) throw new DomainError('unprocessable', 'area_not_found', { field: 'areaCode', params: { areaCode: input.areaCode } });
  const key = input.key;
  if (!isPolicyKey(key)) throw new DomainError('validation', 'policy_key_unknown', { field: 'key', params: { key } });
  const parsed = { data: checkPolicyValue(key, input.value, 'value') };
  return deps.db.transaction().execute(async (trx) => {
    const version = await q.nextVersion(trx, input.areaCode, input.key);
    const before = await policyInForce(trx, input.areaCode, input.effectiveFrom).catch(() => null);
    await q.insertParameters(trx, [
      { areaCode: input.areaCode, key: input.key, effectiveFrom: input.effectiveFrom, value: parsed.data, version, note: input.note ?? null, createdBy: actor.userId, createdAt: nowIso(deps.clock) },
    ]);
    await recordAudit(trx, deps, actor, {
      action: 'policy.set',
      entityType: 'policy',
      entityId: `${input.areaCode}:${input.key}`,
      areaCode: input.areaCode,
      oldValue: before ? { value: policyValue(before.policy, key), source: before.sources[key] } : null,
      newValue: { value: parsed.data, effectiveFrom: input.effectiveFrom, version, note: input.note ?? null },
    });
    return { areaCode: input.areaCode, key: input.key as PolicyKey, effectiveFrom: input.effectiveFrom, value: parsed.data, version };
  });
}

/** Seeds an area with a complete policy (demo district, tests); audited once. */
export async function seedPolicy(deps: Deps, actor: AuditActor, policy: Policy, areaCode: string, effectiveFrom: string): Promise<void> {
  const now = nowIso(deps.clock);
  await deps.db.transaction().execute(async (trx) => {
    await q.insertParameters(
      trx,
      policyToRows(policy, areaCode, effectiveFrom).map((r) => ({ ...r, note: '初始政策', createdBy: actor?.userId ?? null, createdAt: now })),
    );
    await recordAudit(trx, deps, actor, { action: 'policy.seed', entityType: 'policy', entityId: areaCode, areaCode, newValue: { effectiveFrom, policy } });
  });
}
