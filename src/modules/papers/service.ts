import type { Readable } from 'node:stream';
import { chinaDateOf, chinaDateTimeOf, todayInChina } from '../../clock.ts';
import type { Deps } from '../../deps.ts';
import type { Actor } from '../../domain/actor.ts';
import { DomainError } from '../../domain/errors.ts';
import { maskIdNumber } from '../../domain/masking.ts';
import { programName } from '../../domain/programs/names.ts';
import { permissionsOf } from '../../domain/roles.ts';
import { recordRead } from '../audit/service.ts';
import { getApplication } from '../cases/service.ts';
import { enrolmentDetail, getPayroll, listEnrolments, payrollLines } from '../payments/service.ts';
import { documentImages, householdFileForPrint, revealIdNumber } from '../registry/service.ts';
import { type ApplicationFormData, type CaseHeader, type Opinion, applicationFormPdf, consentFormsPdf, interviewRecordPdf, investigationFormPdf, reviewRecordPdf, type VisitEvidence } from './case-papers.ts';
import { certificatePdf, payrollSheetPdf, rosterPdf } from './list-papers.ts';
import { memberLines, officesOf, LABELS } from './offices.ts';
import * as pq from './queries.ts';

/** 打印: each paper is filled from the file it belongs to and audited as a read (DOMAIN.md §7). */

export const CASE_PAPERS = ['application_form', 'investigation', 'neighbour_interview', 'review_meeting'] as const;
export type CasePaper = (typeof CASE_PAPERS)[number];
export const ROSTER_PROGRAMS = ['dibao', 'tekun'] as const;

export interface PrintedPaper {
  filename: string;
  stream: Readable;
}

const PAPER_TITLES: Record<CasePaper | 'consent' | 'roster' | 'payroll_sheet' | 'certificate', string> = {
  application_form: '社会救助申请审批表',
  investigation: '入户调查表',
  neighbour_interview: '邻里访问记录',
  review_meeting: '民主评议记录',
  consent: '家庭经济状况核对授权书',
  roster: '花名册',
  payroll_sheet: '发放名册',
  certificate: '救助证',
};

export const paperTitle = (kind: keyof typeof PAPER_TITLES) => PAPER_TITLES[kind];

async function printed(deps: Deps, actor: Actor, kind: keyof typeof PAPER_TITLES, entity: { type: string; id: number | string; areaCode: string }, detail: Record<string, unknown> = {}) {
  await recordRead(deps, actor, { action: 'read.paper', entityType: entity.type, entityId: entity.id, areaCode: entity.areaCode, detail: { paper: kind, ...detail } });
}

/** Which level wrote an opinion on the case, from the workflow's events. */
function opinionLevel(e: { action: string; fromState: string | null }): 'community' | 'street' | 'county' | null {
  if (e.action === 'complete_investigation' || e.action === 'complete_democratic_review') return 'community';
  if (e.action === 'accept' || e.action === 'street_approve') return 'street';
  if (e.action === 'confirm') return 'county';
  if (e.action === 'reject' || e.action === 'return') return e.fromState === 'county_confirmation' ? 'county' : e.fromState === 'street_review' ? 'street' : null;
  return null;
}

const ACTION_TEXT: Record<string, string> = {
  complete_investigation: '经入户调查，情况属实。',
  complete_democratic_review: '经民主评议，同意上报。',
  accept: '材料齐全，予以受理。',
  street_approve: '经审核，同意上报区民政局审批。',
  confirm: '经审核确认，同意给予救助。',
  reject: '不予确认。',
  return: '退回补充材料。',
};

/** What a visit record holds of the phone's evidence (older records have none of it). */
interface StoredEvidence {
  photoDocumentIds?: number[];
  signatures?: { role: 'staff' | 'resident'; name: string; documentId: number }[];
  recordedAt?: string;
  location?: { latitude: number; longitude: number; accuracy?: number };
}

const evidenceIds = (v: StoredEvidence) => [...(v.photoDocumentIds ?? []), ...(v.signatures ?? []).map((s) => s.documentId)];

function evidenceOf(v: StoredEvidence, images: Map<number, Buffer>): VisitEvidence {
  const loc = v.location;
  return {
    recordedAt: v.recordedAt ? chinaDateTimeOf(v.recordedAt).slice(0, 16) : null,
    location: loc ? `北纬 ${loc.latitude.toFixed(5)}，东经 ${loc.longitude.toFixed(5)}${loc.accuracy === undefined ? '' : `（误差约 ${Math.round(loc.accuracy)} 米）`}` : null,
    photos: (v.photoDocumentIds ?? []).map((id, i) => ({ caption: `照片 ${i + 1}`, data: images.get(id) ?? null })),
    signatures: (v.signatures ?? []).map((s) => ({ caption: `${s.role === 'resident' ? '被调查人' : '工作人员'} ${s.name}`, data: images.get(s.documentId) ?? null })),
  };
}

/** The papers of a case: the approval form and the records of its investigation, interviews and review. */
export async function casePaper(deps: Deps, actor: Actor, id: number, kind: CasePaper): Promise<PrintedPaper> {
  const c = await getApplication(deps, actor, id);
  const today = todayInChina(deps.clock);
  const [file, offices] = await Promise.all([householdFileForPrint(deps, actor, c.householdId), officesOf(deps.db, c.areaCode)]);
  const head = file.members.find((m) => m.relation === 'head') ?? file.members[0];
  const header: CaseHeader = {
    caseId: c.id,
    programName: programName(c.program),
    communityName: offices.community,
    streetName: offices.street,
    bureau: offices.bureau,
    today,
    acceptedOn: c.clock.acceptedOn,
    headName: head?.name ?? c.headName ?? '',
    address: file.address,
    urbanRural: LABELS.urbanRural[file.urbanRural],
    phone: file.phone ?? head?.phone ?? '',
    members: memberLines(file.members),
  };
  const recordsOf = <T>(k: string) => c.records.filter((r) => r.kind === k).map((r) => ({ happenedOn: r.happenedOn, ...(r.data as T) }));
  let stream: Readable;
  let records = 0;
  switch (kind) {
    case 'application_form': {
      const counted = file.members.filter((m) => !m.inPrison).length || 1;
      const monthlyIncome = file.incomes.reduce((s, i) => s + i.monthly, 0);
      const byLevel = new Map<string, { text: string; date: string }>();
      for (const e of c.events) {
        const level = opinionLevel(e);
        if (level) byLevel.set(level, { text: e.comment?.trim() || ACTION_TEXT[e.action] || '', date: chinaDateOf(e.at) });
      }
      const opinion = (level: string, title: string, office: string): Opinion => ({ title, office, text: byLevel.get(level)?.text ?? '', date: byLevel.get(level)?.date ?? null });
      const data: ApplicationFormData = {
        ...header,
        monthlyIncome,
        perCapitaIncome: Math.round(monthlyIncome / counted),
        calculatedAmount: c.calculatedAmount,
        category: c.category,
        reason: c.temporary?.eventDescription ?? '',
        opinions: [
          opinion('community', '社区（村）意见', offices.committee),
          opinion('street', '街道（乡镇）审核意见', offices.streetOffice),
          opinion('county', '区民政局审批意见', offices.bureau),
        ],
      };
      stream = applicationFormPdf(deps.config.cjkFont, data);
      break;
    }
    case 'investigation': {
      const raw = recordsOf<{ staff: string[]; findings: string } & StoredEvidence>('investigation');
      const images = await documentImages(deps, c.householdId, raw.flatMap(evidenceIds));
      const visits = raw.map((v) => ({ ...v, ...evidenceOf(v, images) }));
      records = visits.length;
      stream = investigationFormPdf(deps.config.cjkFont, { ...header, visits });
      break;
    }
    case 'neighbour_interview': {
      const raw = recordsOf<{ staff: string[]; interviewee: string; statement: string } & StoredEvidence>('neighbour_interview');
      const images = await documentImages(deps, c.householdId, raw.flatMap(evidenceIds));
      const interviews = raw.map((v) => ({ ...v, ...evidenceOf(v, images) }));
      records = interviews.length;
      stream = interviewRecordPdf(deps.config.cjkFont, { ...header, interviews });
      break;
    }
    case 'review_meeting': {
      const meetings = recordsOf<{ panelSize: number; attendance: number; votesFor: number; votesAgainst: number; minutes: string }>('review_meeting');
      records = meetings.length;
      stream = reviewRecordPdf(deps.config.cjkFont, { ...header, meetings });
      break;
    }
  }
  await printed(deps, actor, kind, { type: 'application', id: c.id, areaCode: c.areaCode }, { householdId: c.householdId, records });
  return { filename: `${PAPER_TITLES[kind]}-${c.id}.pdf`, stream };
}

/**
 * 家庭经济状况核对授权书, one page per adult member. The person signs for their own number, so
 * it is printed in full for roles that may see it (each reveal audited); masked for the others.
 */
export async function consentPaper(deps: Deps, actor: Actor, householdId: number): Promise<PrintedPaper> {
  const file = await householdFileForPrint(deps, actor, householdId);
  const offices = await officesOf(deps.db, file.areaCode);
  const adults = file.members.filter((m) => m.age >= 18);
  if (adults.length === 0) throw new DomainError('conflict', 'paper_no_adults');
  const full = permissionsOf(actor.role).revealIdNumbers;
  const lines = [];
  for (const m of adults) {
    const idNumber = full ? (await revealIdNumber(deps, actor, m.id)).idNumber : m.idNumberMasked;
    lines.push({ name: m.name, relation: LABELS.relation[m.relation as keyof typeof LABELS.relation] ?? m.relation, idNumber });
  }
  const head = file.members.find((m) => m.relation === 'head');
  await printed(deps, actor, 'consent', { type: 'household', id: file.id, areaCode: file.areaCode }, { persons: adults.length, fullIdNumbers: full });
  const stream = consentFormsPdf(deps.config.cjkFont, { bureau: offices.bureau, communityName: offices.community, committee: offices.committee, address: file.address, today: todayInChina(deps.clock), headName: head?.name ?? '', adults: lines });
  return { filename: `${PAPER_TITLES.consent}-${file.id}.pdf`, stream };
}

const STATUS_NAMES: Record<string, string> = { active: '在保', suspended: '暂停', stopped: '终止' };

/** 花名册: the recipients of a program in an area (its whole tree), masked. */
export async function rosterPaper(deps: Deps, actor: Actor, input: { areaCode?: string | undefined; program: (typeof ROSTER_PROGRAMS)[number] }): Promise<PrintedPaper> {
  const areaCode = input.areaCode ?? actor.areaCode;
  const items = [];
  for (let page = 1; ; page++) {
    const r = await listEnrolments(deps, actor, { areaCode, program: input.program, status: 'active', page, pageSize: 500 });
    items.push(...r.items);
    if (items.length >= r.total || r.items.length === 0) break;
  }
  const ids = await pq.idNumbersOfEnrolments(deps.db, items.map((e) => e.id));
  const offices = await officesOf(deps.db, areaCode);
  // Oldest first, as a ledger grows; by community so each community's lines sit together.
  items.sort((a, b) => a.areaCode.localeCompare(b.areaCode) || a.startMonth.localeCompare(b.startMonth) || a.id - b.id);
  const lines = items.map((e) => ({
    name: e.payeeName,
    idNumber: maskIdNumber(ids.get(e.id) ?? ''),
    community: e.areaName,
    category: e.category ?? '',
    persons: e.coveredPersons,
    monthlyAmount: e.monthlyAmount,
    startMonth: e.startMonth,
  }));
  await printed(deps, actor, 'roster', { type: 'area', id: areaCode, areaCode }, { program: input.program, lines: lines.length });
  const name = programName(input.program);
  const stream = rosterPdf(deps.config.cjkFont, { programName: name, areaName: offices.self, bureau: offices.bureau, today: todayInChina(deps.clock), status: STATUS_NAMES.active!, lines });
  return { filename: `${name}${PAPER_TITLES.roster}-${areaCode}.pdf`, stream };
}

const PAYROLL_STATUS: Record<string, string> = { prepared: '待审批', approved: '已审批' };

/** 发放名册 for signature and filing: every line, masked as the payroll view shows it. */
export async function payrollPaper(deps: Deps, actor: Actor, id: number): Promise<PrintedPaper> {
  const p = await getPayroll(deps, actor, id);
  const lines = [];
  for (let page = 1; ; page++) {
    const r = await payrollLines(deps, actor, id, { page, pageSize: 500 });
    lines.push(...r.items);
    if (lines.length >= r.total || r.items.length === 0) break;
  }
  const offices = await officesOf(deps.db, p.areaCode);
  await printed(deps, actor, 'payroll_sheet', { type: 'payroll', id: p.id, areaCode: p.areaCode }, { lines: lines.length });
  const stream = payrollSheetPdf(deps.config.cjkFont, {
    title: p.title,
    programName: programName(p.program),
    areaName: offices.self,
    months: p.months,
    status: PAYROLL_STATUS[p.status] ?? p.status,
    bureau: offices.bureau,
    today: todayInChina(deps.clock),
    households: p.households,
    persons: p.persons,
    totalAmount: p.totalAmount,
    lines: lines.map((l) => ({ community: l.areaName, payeeName: l.payeeName, idNumber: l.payeeIdNumber, bankAccount: l.bankAccount ?? '', persons: l.persons, amount: l.amount, forMonth: l.forMonth })),
  });
  return { filename: `${PAPER_TITLES.payroll_sheet}-${p.id}.pdf`, stream };
}

const CERTIFICATE_TITLES: Record<string, string> = { dibao: '最低生活保障证', tekun: '特困人员救助供养证', dibao_edge: '低收入家庭认定证' };

/** 救助证 of an enrolment, issued in the district bureau's name. */
export async function certificatePaper(deps: Deps, actor: Actor, id: number): Promise<PrintedPaper> {
  const e = await enrolmentDetail(deps.db, deps, actor, id);
  const [file, offices, ids] = await Promise.all([householdFileForPrint(deps, actor, e.householdId), officesOf(deps.db, e.areaCode), pq.idNumbersOfEnrolments(deps.db, [e.id])]);
  const covered = e.personId === null ? file.members.filter((m) => !m.inPrison) : file.members.filter((m) => m.id === e.personId);
  const title = CERTIFICATE_TITLES[e.program] ?? `${programName(e.program)}证`;
  const firstChange = e.changes.map((c) => c.decidedOn).filter((d): d is string => !!d).sort()[0];
  await printed(deps, actor, 'certificate', { type: 'enrolment', id: e.id, areaCode: e.areaCode }, { householdId: e.householdId });
  const stream = certificatePdf(deps.config.cjkFont, {
    title,
    number: `${e.areaCode.slice(0, 6)}-${e.program.toUpperCase().slice(0, 2)}-${String(e.id).padStart(6, '0')}`,
    holderName: e.payeeName,
    idNumber: maskIdNumber(ids.get(e.id) ?? ''),
    address: file.address,
    communityName: offices.community,
    category: e.category ? `${programName(e.program)} ${e.category} 类` : programName(e.program),
    persons: e.coveredPersons,
    monthlyAmount: e.monthlyAmount,
    startMonth: e.startMonth,
    bureau: offices.bureau,
    issuedOn: firstChange ?? todayInChina(deps.clock),
    members: covered.map((m) => ({ name: m.name, relation: LABELS.relation[m.relation as keyof typeof LABELS.relation] ?? m.relation })),
  });
  return { filename: `${title}-${e.id}.pdf`, stream };
}
