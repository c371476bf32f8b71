import { chinaDateTimeOf } from '../../clock.ts';
import ExcelJS from 'exceljs';
import type { Deps } from '../../deps.ts';
import { assertPermission, type Actor } from '../../domain/actor.ts';
import { areaLevelOf, isWithinArea } from '../../domain/area-code.ts';
import { AUDIT_ACTION_LABELS, auditActionLabel, auditEntityLabel, isRevealAction, REVEAL_ACTIONS } from '../../domain/audit-actions.ts';
import { DomainError } from '../../domain/errors.ts';
import { auditValuesFor, recordAudit, type AuditEntryView } from './service.ts';
import * as q from './queries.ts';

/**
 * 审计台 (the auditor's desk, issue 17 point 4): the log in Chinese, filtered on the server by
 * user, household, case, payroll, action and date; the reveal log; the export for 纪检监察.
 */

export interface AuditQuery {
  entityType?: string | undefined;
  entityId?: string | undefined;
  actorId?: number | undefined;
  action?: string | undefined;
  /** true: only the reveal log (who saw full ID or account numbers, files, bulk exports) */
  reveals?: boolean | undefined;
  householdId?: number | undefined;
  applicationId?: number | undefined;
  payrollId?: number | undefined;
  /** dates in China (YYYY-MM-DD), both included */
  from?: string | undefined;
  to?: string | undefined;
}

export interface AuditDeskEntry extends AuditEntryView {
  actorId: number | null;
  actorName: string | null;
  /** 刘芳（county）, or 系统 */
  actorLabel: string;
  actionLabel: string;
  entityLabel: string;
  areaName: string | null;
}

/** The start of a China date as a stored instant (entries are stored in UTC). */
function chinaDayStart(date: string, plusDays = 0): string {
  const d = new Date(`${date}T00:00:00+08:00`);
  d.setUTCDate(d.getUTCDate() + plusDays);
  return d.toISOString();
}

function filterOf(actor: Actor, query: AuditQuery): q.AuditFilter {
  if (query.from && query.to && query.from > query.to) throw new DomainError('validation', 'audit_range_invalid', { field: 'from' });
  const level = areaLevelOf(actor.areaCode);
  return {
    scope: actor.areaCode,
    includeArealess: level === 'province' || level === 'city' || level === 'district',
    entityType: query.entityType,
    entityId: query.entityId,
    actorId: query.actorId,
    action: query.action,
    revealActions: query.reveals ? REVEAL_ACTIONS : undefined,
    householdId: query.householdId,
    applicationId: query.applicationId,
    payrollId: query.payrollId,
    from: query.from ? chinaDayStart(query.from) : undefined,
    to: query.to ? chinaDayStart(query.to, 1) : undefined,
  };
}

type ListedRow = Awaited<ReturnType<typeof q.listAuditEntries>>['items'][number];

function deskEntryOf(actor: Actor, r: ListedRow): AuditDeskEntry {
  const name = r.actor_name ?? null;
  return {
    seq: r.seq,
    at: r.at,
    actorId: r.actor_id,
    actorUsername: r.actor_username,
    actorName: name,
    actorLabel: r.actor_username === null ? '系统' : `${name ?? r.actor_username}（${r.actor_username}）`,
    action: r.action,
    actionLabel: auditActionLabel(r.action),
    entityType: r.entity_type,
    entityLabel: auditEntityLabel(r.entity_type),
    entityId: r.entity_id,
    areaCode: r.area_code,
    areaName: r.area_name ?? null,
    ...auditValuesFor(actor, r.old_value, r.new_value),
  };
}

export async function listAudit(deps: Deps, actor: Actor, query: AuditQuery & { page: number; pageSize: number }): Promise<{ items: AuditDeskEntry[]; total: number }> {
  assertPermission(actor, 'readAudit');
  const { items, total } = await q.listAuditEntries(deps.db, filterOf(actor, query), { offset: (query.page - 1) * query.pageSize, limit: query.pageSize });
  return { total, items: items.map((r) => deskEntryOf(actor, r)) };
}

/** The users of the reader's area, for the filter (an auditor cannot list users otherwise). */
export async function auditActors(deps: Deps, actor: Actor) {
  assertPermission(actor, 'readAudit');
  const rows = await q.usersInScope(deps.db, actor.areaCode);
  return { items: rows.filter((u) => isWithinArea(actor.areaCode, u.area_code)).map((u) => ({ id: u.id, username: u.username, displayName: u.display_name, role: u.role, active: u.active === 1 })) };
}

/** The action names, for the filter (one table, the server's). */
export function auditActions(actor: Actor) {
  assertPermission(actor, 'readAudit');
  return { items: Object.entries(AUDIT_ACTION_LABELS).map(([code, label]) => ({ code, label, reveal: isRevealAction(code) })) };
}

/** One export holds at most this many entries; a wider one is refused, to be narrowed. */
export const AUDIT_EXPORT_MAX = 20_000;

const beijingTime = chinaDateTimeOf;

function valueText(v: unknown): string {
  return v === null || v === undefined ? '' : JSON.stringify(v);
}

/**
 * 导出审计日志 (.xlsx) for 纪检监察: the filtered entries with Chinese labels, each with its
 * chain hash so a printout can be checked against the database. The export itself is audited
 * with its filter and row count.
 */
export async function exportAudit(deps: Deps, actor: Actor, query: AuditQuery): Promise<{ body: Buffer; rows: number }> {
  assertPermission(actor, 'readAudit');
  const filter = filterOf(actor, query);
  const first = await q.listAuditEntries(deps.db, filter, { offset: 0, limit: 1 });
  if (first.total > AUDIT_EXPORT_MAX) throw new DomainError('unprocessable', 'audit_export_too_large', { params: { total: first.total, max: AUDIT_EXPORT_MAX } });
  const wb = new ExcelJS.Workbook();
  wb.creator = 'minzheng';
  const ws = wb.addWorksheet('审计日志', { views: [{ state: 'frozen', ySplit: 1 }] });
  ws.columns = [
    { header: '序号', key: 'seq', width: 10 },
    { header: '时间（北京时间）', key: 'at', width: 20 },
    { header: '操作人', key: 'actor', width: 22 },
    { header: '操作', key: 'action', width: 30 },
    { header: '操作代码', key: 'code', width: 24 },
    { header: '对象', key: 'entity', width: 14 },
    { header: '对象编号', key: 'entityId', width: 12 },
    { header: '区划', key: 'area', width: 20 },
    { header: '区划代码', key: 'areaCode', width: 14 },
    { header: '修改前', key: 'old', width: 40 },
    { header: '修改后 / 内容', key: 'new', width: 40 },
    { header: '哈希', key: 'hash', width: 66 },
  ];
  ws.getRow(1).font = { bold: true };
  let rows = 0;
  for (let offset = 0; offset < first.total; offset += 1000) {
    const page = await q.listAuditEntries(deps.db, filter, { offset, limit: 1000 });
    for (const r of page.items) {
      const e = deskEntryOf(actor, r);
      ws.addRow({
        seq: e.seq,
        at: beijingTime(e.at),
        actor: e.actorLabel,
        action: e.actionLabel,
        code: e.action,
        entity: e.entityLabel,
        entityId: e.entityId,
        area: e.areaName ?? '',
        areaCode: e.areaCode ?? '',
        old: valueText(e.oldValue),
        new: valueText(e.newValue),
        hash: r.hash,
      });
      rows++;
    }
  }
  const body = Buffer.from(await wb.xlsx.writeBuffer());
  await deps.db.transaction().execute(async (trx) => {
    await recordAudit(trx, deps, actor, { action: 'audit.export', entityType: 'audit', entityId: 'export', areaCode: actor.areaCode, newValue: { filter: query, rows } });
  });
  return { body, rows };
}
