import type { Readable } from 'node:stream';
import { formatYuan } from '../../domain/money.ts';
import { type Cell, type Paper, chineseDate, closePaper, imageRow, issuerLine, LEFT, listTable, openPaper, paperTitle, paragraph, sealLine, signatureBlock, table, tableRow } from './layout.ts';

/**
 * The papers of one case, filled from its file and its records: 社会救助申请审批表, 入户调查表,
 * 邻里访问记录, 民主评议记录; and the household's 家庭经济状况核对授权书 (one per adult).
 */

export interface PaperMember {
  name: string;
  relation: string;
  sex: string;
  birthDate: string;
  age: number;
  /** masked unless the paper must carry the full number (the consent a person signs) */
  idNumber: string;
  laborCapacity: string;
  employment: string;
  health: string;
  disability: string;
}

export interface CaseHeader {
  caseId: number;
  programName: string;
  communityName: string;
  streetName: string;
  /** 区民政局: the district bureau that confirms */
  bureau: string;
  today: string;
  acceptedOn: string | null;
  headName: string;
  address: string;
  urbanRural: string;
  phone: string;
  members: PaperMember[];
}

export interface Opinion {
  /** 社区（村）意见 / 街道审核意见 / 区民政局审批意见 */
  title: string;
  text: string;
  date: string | null;
  office: string;
}

export interface ApplicationFormData extends CaseHeader {
  monthlyIncome: number;
  perCapitaIncome: number;
  calculatedAmount: number | null;
  category: string | null;
  reason: string;
  opinions: Opinion[];
}

const L = (text: string, span: number): Cell => ({ text, span, label: true });
const V = (text: string, span: number, extra: Partial<Cell> = {}): Cell => ({ text, span, ...extra });
const yuan = (fen: number) => `${formatYuan(fen, { grouping: true })} 元`;

function householdRows(h: CaseHeader): Cell[][] {
  return [
    [L('户主姓名', 2), V(h.headName, 3), L('城乡类别', 2), V(h.urbanRural, 2), L('联系电话', 2), V(h.phone, 3)],
    [L('家庭住址', 2), V(h.address, 12)],
    [L('所属社区', 2), V(h.communityName, 5), L('救助项目', 2), V(h.programName, 5)],
  ];
}

function memberTable(doc: PDFKit.PDFDocument, members: PaperMember[]): void {
  listTable(
    doc,
    [
      { header: '姓名', span: 2 },
      { header: '关系', span: 1.6 },
      { header: '性别', span: 1 },
      { header: '年龄', span: 1 },
      { header: '身份证号', span: 4.2 },
      { header: '劳动能力', span: 2.4 },
      { header: '健康状况', span: 2 },
      { header: '残疾', span: 2 },
    ],
    members.map((m) => [m.name, m.relation, m.sex, String(m.age), m.idNumber, m.laborCapacity, m.health, m.disability]),
    { fontSize: 9 },
  );
}

/** 社会救助申请审批表: the file, the means test and each level's opinion, one form per case. */
export function applicationFormPdf(fontPath: string, d: ApplicationFormData): Readable {
  const { doc, stream } = openPaper(fontPath, '社会救助申请审批表');
  paperTitle(doc, '社会救助申请审批表', `（${d.programName}）`);
  issuerLine(doc, `${d.streetName} · ${d.communityName}`, `编号：${d.caseId}　受理日期：${d.acceptedOn ? chineseDate(d.acceptedOn) : '未受理'}`);
  table(doc, householdRows(d));
  tableRow(doc, [L('家庭成员', 1)]);
  memberTable(doc, d.members);
  table(doc, [
    [L('家庭月收入', 2), V(yuan(d.monthlyIncome), 3), L('月人均收入', 2), V(yuan(d.perCapitaIncome), 3), L('拟保障金额', 2), V(d.calculatedAmount === null ? '' : `${yuan(d.calculatedAmount)}/月`, 3)],
    [L('分类管理', 2), V(d.category ? `${d.category} 类` : '', 3), L('申请理由', 2), V(d.reason, 8)],
  ]);
  for (const o of d.opinions) {
    tableRow(doc, [
      L(o.title, 2),
      V(o.text, 12, {
        minHeight: 100,
        footer: `经办人：　　　　　　负责人：　　　　　　${o.office}（盖章）\n${o.date ? chineseDate(o.date) : '年　　月　　日'}`,
      }),
    ]);
  }
  paragraph(doc, '注：本表一式两份，街道办事处和区民政局各存一份，装入一户一档。', { size: 9 });
  closePaper(doc);
  return stream;
}

export interface ConsentData {
  bureau: string;
  communityName: string;
  /** the committee that witnesses the signature (社区居民委员会) */
  committee: string;
  address: string;
  today: string;
  headName: string;
  /** every adult member, one page each */
  adults: { name: string; relation: string; idNumber: string }[];
}

/**
 * 家庭经济状况核对授权书: each adult member authorises the verification centre to query
 * their income and assets; signed by hand, one page per person.
 */
export function consentFormsPdf(fontPath: string, d: ConsentData): Readable {
  const { doc, stream } = openPaper(fontPath, '家庭经济状况核对授权书');
  d.adults.forEach((a, i) => {
    if (i > 0) doc.addPage();
    paperTitle(doc, '家庭经济状况核对授权书');
    table(doc, [
      [L('授权人', 2), V(a.name, 3), L('与户主关系', 2), V(a.relation, 2), L('户主', 2), V(d.headName, 3)],
      [L('身份证号', 2), V(a.idNumber, 7), L('所属社区', 2), V(d.communityName, 3)],
      [L('家庭住址', 2), V(d.address, 12)],
    ]);
    doc.moveDown(0.8);
    paragraph(
      doc,
      `本人自愿申请社会救助，现授权${d.bureau}及其委托的居民家庭经济状况核对机构，依法向民政、人力资源社会保障、住房城乡建设、自然资源、公安、市场监管、税务、公积金管理等部门和银行、证券、保险等金融机构查询、核对本人的收入、财产等家庭经济状况信息。`,
      { indent: true },
    );
    paragraph(doc, '本人承诺所提供的信息真实、完整。如有虚报、隐瞒、伪造，愿意承担相应的法律责任，并退还违规领取的救助金。', { indent: true });
    paragraph(doc, '核对所获信息仅用于社会救助审核确认，核对机构及其工作人员应当依法保密。', { indent: true });
    doc.moveDown(1);
    signatureBlock(doc, ['授权人（签字、按手印）', '见证人（社区工作人员）']);
    sealLine(doc, d.committee, d.today);
  });
  closePaper(doc);
  return stream;
}

/** What a home visit brought back from the phone (issue 19): photos, drawn signatures, time, place. */
export interface VisitEvidence {
  /** when it was written on the device, China time (2026-03-03 10:15) */
  recordedAt: string | null;
  /** 30.59312, 114.30524 (±15 米) when the worker allowed the location */
  location: string | null;
  photos: { caption: string; data: Buffer | null }[];
  signatures: { caption: string; data: Buffer | null }[];
}

export interface InvestigationData extends CaseHeader {
  visits: ({ happenedOn: string; staff: string[]; findings: string } & VisitEvidence)[];
}

function whenAndWhere(v: VisitEvidence): Cell[][] {
  if (!v.recordedAt && !v.location) return [];
  return [[L('记录时间', 2), V(v.recordedAt ?? '—', 4), L('记录位置', 2), V(v.location ?? '未记录', 6)]];
}

function printEvidence(doc: Paper['doc'], v: VisitEvidence): void {
  if (v.photos.length > 0) {
    doc.fontSize(10).text(`现场照片（${v.photos.length} 张）：`, LEFT, doc.y + 4);
    imageRow(doc, v.photos, { width: 158, height: 118 });
  }
  if (v.signatures.length > 0) {
    doc.fontSize(10).text('现场签名：', LEFT, doc.y + 4);
    imageRow(doc, v.signatures, { width: 118, height: 50 });
  }
}

/** 入户调查表: the household, its members and each home visit's findings, signed by both sides. */
export function investigationFormPdf(fontPath: string, d: InvestigationData): Readable {
  const { doc, stream } = openPaper(fontPath, '入户调查表');
  paperTitle(doc, '社会救助家庭入户调查表', `（${d.programName}）`);
  issuerLine(doc, `调查单位：${d.streetName} · ${d.communityName}`, `编号：${d.caseId}`);
  table(doc, householdRows(d));
  tableRow(doc, [L('家庭成员', 1)]);
  memberTable(doc, d.members);
  if (d.visits.length === 0) tableRow(doc, [L('调查情况', 2), V('（尚无入户调查记录）', 12, { minHeight: 120 })]);
  for (const v of d.visits) {
    table(doc, [
      [L('调查日期', 2), V(chineseDate(v.happenedOn), 4), L('调查人员', 2), V(v.staff.join('、'), 6)],
      ...whenAndWhere(v),
      [L('调查情况', 2), V(v.findings, 12, { minHeight: 140 })],
    ]);
    printEvidence(doc, v);
  }
  // Signed on paper unless every visit was signed on the screen.
  if (d.visits.length === 0 || d.visits.some((v) => v.signatures.length === 0)) signatureBlock(doc, ['调查人（签字）', '调查人（签字）', '被调查人（户主签字）']);
  closePaper(doc);
  return stream;
}

export interface InterviewData extends CaseHeader {
  interviews: ({ happenedOn: string; staff: string[]; interviewee: string; statement: string } & VisitEvidence)[];
}

/** 邻里访问记录: what the neighbours said about the household, one block per interview. */
export function interviewRecordPdf(fontPath: string, d: InterviewData): Readable {
  const { doc, stream } = openPaper(fontPath, '邻里访问记录');
  paperTitle(doc, '邻里访问记录', `（${d.programName}）`);
  issuerLine(doc, `访问单位：${d.communityName}`, `编号：${d.caseId}`);
  table(doc, [
    [L('被访问家庭户主', 3), V(d.headName, 4), L('家庭住址', 2), V(d.address, 7)],
  ]);
  if (d.interviews.length === 0) tableRow(doc, [L('访问内容', 3), V('（尚无邻里访问记录）', 13, { minHeight: 120 })]);
  for (const iv of d.interviews) {
    table(doc, [
      [L('访问日期', 3), V(chineseDate(iv.happenedOn), 4), L('访问人', 2), V(iv.staff.join('、'), 7)],
      ...whenAndWhere(iv).map((r) => [{ ...r[0]!, span: 3 }, r[1]!, r[2]!, { ...r[3]!, span: 7 }]),
      [L('被访问人', 3), V(iv.interviewee, 13)],
      [L('访问内容', 3), V(iv.statement, 13, { minHeight: 120 })],
    ]);
    printEvidence(doc, iv);
    if (iv.signatures.length === 0) signatureBlock(doc, ['被访问人（签字）', '访问人（签字）']);
  }
  closePaper(doc);
  return stream;
}

export interface ReviewData extends CaseHeader {
  meetings: { happenedOn: string; panelSize: number; attendance: number; votesFor: number; votesAgainst: number; minutes: string }[];
}

/** 民主评议记录: the panel, the votes and the minutes of each review meeting. */
export function reviewRecordPdf(fontPath: string, d: ReviewData): Readable {
  const { doc, stream } = openPaper(fontPath, '民主评议记录');
  paperTitle(doc, '民主评议记录', `（${d.programName}）`);
  issuerLine(doc, `组织单位：${d.streetName} · ${d.communityName}`, `编号：${d.caseId}`);
  table(doc, [[L('评议对象（户主）', 3), V(d.headName, 4), L('家庭住址', 2), V(d.address, 7)]]);
  if (d.meetings.length === 0) tableRow(doc, [L('评议情况', 3), V('（尚无民主评议记录）', 13, { minHeight: 120 })]);
  for (const m of d.meetings) {
    const abstained = Math.max(0, m.attendance - m.votesFor - m.votesAgainst);
    table(doc, [
      [L('评议日期', 3), V(chineseDate(m.happenedOn), 4), L('评议小组人数', 3), V(`${m.panelSize} 人`, 2), L('到会人数', 2), V(`${m.attendance} 人`, 2)],
      [L('表决结果', 3), V(`同意 ${m.votesFor} 票，不同意 ${m.votesAgainst} 票，弃权 ${abstained} 票`, 13)],
      [L('评议记录', 3), V(m.minutes, 13, { minHeight: 140 })],
    ]);
  }
  signatureBlock(doc, ['主持人（签字）', '记录人（签字）', '评议小组成员（签字）', '街道监督人员（签字）']);
  closePaper(doc);
  return stream;
}
