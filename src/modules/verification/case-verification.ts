import type { Readable } from 'node:stream';
import { todayInChina } from '../../clock.ts';
import type { DbOrTrx } from '../../db/types.ts';
import type { Deps } from '../../deps.ts';
import type { Actor } from '../../domain/actor.ts';
import { DomainError } from '../../domain/errors.ts';
import { ageOn } from '../../domain/id-number.ts';
import { FINDING_RULES } from '../../domain/verification/rules.ts';
import { SOURCES, sourceDefinition, type SourceId } from '../../domain/verification/sources.ts';
import { recordRead } from '../audit/service.ts';
import { addCaseRecord, applicationInScope, getApplication } from '../cases/service.ts';
import { findingsOfHouseholds } from './matching.ts';
import { verificationReportPdf } from './report-pdf.ts';

/** 核对授权书: every adult member signs one before their records may be matched. */
export async function membersMissingConsent(db: DbOrTrx, householdId: number, today: string): Promise<{ personId: number; name: string }[]> {
  const members = await db.selectFrom('persons').select(['id', 'name', 'birth_date']).where('household_id', '=', householdId).orderBy('id').execute();
  const adults = members.filter((m) => ageOn(m.birth_date, today) >= 18);
  if (adults.length === 0) return [];
  const signed = await db
    .selectFrom('documents')
    .select('person_id')
    .where('household_id', '=', householdId)
    .where('kind', '=', 'consent')
    .where('person_id', 'in', adults.map((a) => a.id))
    .execute();
  const have = new Set(signed.map((s) => s.person_id));
  return adults.filter((a) => !have.has(a.id)).map((a) => ({ personId: a.id, name: a.name }));
}

function assertMayReadFindings(actor: Actor): void {
  if (actor.role === 'admin') throw new DomainError('forbidden', 'forbidden');
}

async function assertConsents(db: DbOrTrx, householdId: number, today: string): Promise<void> {
  const missing = await membersMissingConsent(db, householdId, today);
  if (missing.length > 0) throw new DomainError('conflict', 'verification_consent_missing', { params: { names: missing.map((m) => m.name).join('、') } });
}

const sourceName = (id: string) => sourceDefinition(id as SourceId).name;

/**
 * GET /applications/:id/verification-findings: the household's members matched against every
 * source — each finding with its source, the declared value beside the matched one, and the rule
 * it breaks. The verifier writes the report from it; the street reads it before deciding. 409
 * while an adult member's 核对授权书 is missing. Audited as a read.
 */
export async function caseFindings(deps: Deps, actor: Actor, id: number) {
  assertMayReadFindings(actor);
  const app = await applicationInScope(deps.db, actor, id);
  const today = todayInChina(deps.clock);
  await assertConsents(deps.db, app.household_id, today);
  const [result] = await findingsOfHouseholds(deps.db, [app.household_id], today);
  const names = new Map(result?.household.members.map((m) => [m.personId, m.name]) ?? []);
  const findings = (result?.findings ?? [])
    .map((f) => ({ rule: f.rule, breaksRule: f.breaksRule, source: f.sourceId, sourceName: sourceName(f.sourceId), personId: f.personId, personName: names.get(f.personId) ?? '', declared: f.declared, matched: f.matched }))
    // Breaches first, in the order of the rules; then the informational records.
    .sort((a, b) => Number(b.breaksRule) - Number(a.breaksRule) || FINDING_RULES.indexOf(a.rule!) - FINDING_RULES.indexOf(b.rule!));
  await recordRead(deps, actor, { action: 'read.verification_findings', entityType: 'application', entityId: id, areaCode: app.area_code, detail: { householdId: app.household_id, findings: findings.length } });
  return {
    applicationId: id,
    householdId: app.household_id,
    checkedOn: today,
    sources: SOURCES.map((s) => ({ id: s.id, name: s.name })),
    limits: result ? { assetLimit: result.limits.assetLimit, maxHouses: result.limits.maxHouses } : null,
    findings,
  };
}

const MAX_ITEMS = 30;

/**
 * POST /applications/:id/verification-report: the 核对报告 written from the findings, with the
 * verifier's conclusion, as the case's verification record. A household with no findings gets a
 * report saying each source had no record. The hand-typed report (POST /records, kind
 * verification) stays for what reaches the centre outside these sources (a paper reply).
 */
export async function generateVerificationReport(deps: Deps, actor: Actor, id: number, input: { conclusion: string }) {
  if (actor.role !== 'verifier') throw new DomainError('forbidden', 'case_wrong_role', { params: { roles: 'verifier' } });
  const app = await applicationInScope(deps.db, actor, id);
  if (app.state !== 'verification') throw new DomainError('conflict', 'case_record_wrong_step', { field: 'kind', params: { state: app.state } });
  const { findings } = await caseFindings(deps, actor, id);
  const items = findings.map((f) => ({ source: f.sourceName.slice(0, 50), declared: `${f.personName}：${f.declared}`.slice(0, 500), found: f.matched.slice(0, 500), matches: !f.breaksRule }));
  const withRecords = new Set(findings.map((f) => f.source));
  for (const s of SOURCES) if (!withRecords.has(s.id)) items.push({ source: s.name.slice(0, 50), declared: '—', found: '无记录', matches: true });
  const kept = items.slice(0, MAX_ITEMS);
  if (items.length > MAX_ITEMS) kept[MAX_ITEMS - 1] = { source: '其余记录', declared: '—', found: `另有 ${items.length - MAX_ITEMS + 1} 条记录，见核对明细`, matches: items.slice(MAX_ITEMS - 1).every((i) => i.matches) };
  return addCaseRecord(deps, actor, id, { kind: 'verification', happenedOn: todayInChina(deps.clock), items: kept, conclusion: input.conclusion });
}

/** GET /applications/:id/verification-report.pdf: the latest 核对报告 of the case, printable. */
export async function verificationReportDocument(deps: Deps, actor: Actor, id: number): Promise<{ id: number; stream: Readable }> {
  const c = await getApplication(deps, actor, id);
  const record = [...c.records].reverse().find((r) => r.kind === 'verification');
  if (!record) throw new DomainError('conflict', 'verification_report_missing');
  const data = record.data as { items: { source: string; declared: string; found: string; matches: boolean }[]; conclusion: string };
  await recordRead(deps, actor, { action: 'read.verification_findings', entityType: 'application', entityId: id, areaCode: c.areaCode, detail: { householdId: c.householdId, pdf: true } });
  return {
    id,
    stream: verificationReportPdf(deps.config.cjkFont, { applicationId: id, areaName: c.areaName, headName: c.headName ?? '', happenedOn: record.happenedOn, items: data.items, conclusion: data.conclusion }),
  };
}
