import type { Readable } from 'node:stream';
import { formatYuan } from '../../domain/money.ts';
import { type Cell, chineseDate, closePaper, issuerLine, listTable, openPaper, paperTitle, paragraph, sealLine, signatureBlock, table } from './layout.ts';

/** The papers of many households (花名册, 发放名册) and the card of one enrolment (救助证). */

const yuan = (fen: number) => formatYuan(fen, { grouping: true });

export interface RosterData {
  programName: string;
  areaName: string;
  bureau: string;
  today: string;
  status: string;
  lines: { name: string; idNumber: string; community: string; category: string; persons: number; monthlyAmount: number; startMonth: string }[];
}

/** 低保/特困 花名册: the recipients of an area, masked as every list is (DOMAIN.md §7). */
export function rosterPdf(fontPath: string, d: RosterData): Readable {
  const { doc, stream } = openPaper(fontPath, `${d.programName}花名册`);
  paperTitle(doc, `${d.areaName}${d.programName}对象花名册`, `（${d.status}，截至${chineseDate(d.today)}）`);
  issuerLine(doc, `填报单位：${d.areaName}`, `共 ${d.lines.length} 户 ${d.lines.reduce((s, l) => s + l.persons, 0)} 人`);
  listTable(
    doc,
    [
      { header: '序号', span: 1 },
      { header: '姓名', span: 1.8 },
      { header: '身份证号', span: 3.6 },
      { header: '所属社区', span: 3 },
      { header: '类别', span: 1 },
      { header: '人数', span: 1 },
      { header: '月保障金（元）', span: 2.2, align: 'right' },
      { header: '起始月份', span: 1.8 },
    ],
    d.lines.map((l, i) => [String(i + 1), l.name, l.idNumber, l.community, l.category, String(l.persons), yuan(l.monthlyAmount), l.startMonth]),
    { fontSize: 9 },
  );
  const total = d.lines.reduce((s, l) => s + l.monthlyAmount, 0);
  table(doc, [[{ text: '合计', span: 12.4, label: true }, { text: yuan(total), span: 2.2, align: 'right' }, { text: '', span: 1.8 }]], { fontSize: 9 });
  signatureBlock(doc, ['制表人', '审核人']);
  sealLine(doc, d.bureau, d.today);
  closePaper(doc);
  return stream;
}

export interface PayrollSheetData {
  title: string;
  programName: string;
  areaName: string;
  months: string[];
  status: string;
  bureau: string;
  today: string;
  households: number;
  persons: number;
  totalAmount: number;
  lines: { community: string; payeeName: string; idNumber: string; bankAccount: string; persons: number; amount: number; forMonth: string }[];
}

/** 发放名册: one line per payment with a column to sign on receipt, for signature and filing. */
export function payrollSheetPdf(fontPath: string, d: PayrollSheetData): Readable {
  const { doc, stream } = openPaper(fontPath, d.title);
  paperTitle(doc, `${d.areaName}${d.programName}资金发放名册`, `（${d.months.join('、')}，${d.status}）`);
  issuerLine(doc, `填报单位：${d.areaName}`, `共 ${d.households} 户 ${d.persons} 人，合计 ${yuan(d.totalAmount)} 元`);
  listTable(
    doc,
    [
      { header: '序号', span: 1 },
      { header: '所属社区', span: 2.8 },
      { header: '领取人', span: 1.8 },
      { header: '身份证号', span: 3.4 },
      { header: '银行账号', span: 3.2 },
      { header: '人数', span: 1 },
      { header: '金额（元）', span: 2, align: 'right' },
      { header: '领取人签字', span: 2.4 },
    ],
    d.lines.map((l, i) => [String(i + 1), l.community, l.payeeName, l.idNumber, l.bankAccount, String(l.persons), yuan(l.amount), '']),
    { fontSize: 8.5, rowHeight: 24 },
  );
  table(doc, [[{ text: '合计', span: 13.2, label: true }, { text: yuan(d.lines.reduce((s, l) => s + l.amount, 0)), span: 2, align: 'right' }, { text: '', span: 2.4 }]], { fontSize: 8.5 });
  paragraph(doc, '注：身份证号、银行账号按规定隐去部分数字；名册经审核签字后归档。', { size: 9 });
  signatureBlock(doc, ['制表人', '审核人', '分管领导', '财务']);
  sealLine(doc, d.bureau, d.today);
  closePaper(doc);
  return stream;
}

export interface CertificateData {
  /** 最低生活保障证 / 特困人员救助供养证 … */
  title: string;
  number: string;
  holderName: string;
  idNumber: string;
  address: string;
  communityName: string;
  category: string;
  persons: number;
  monthlyAmount: number;
  startMonth: string;
  bureau: string;
  issuedOn: string;
  members: { name: string; relation: string }[];
}

/** 救助证: the card a recipient keeps, as issued by the district bureau for an enrolment. */
export function certificatePdf(fontPath: string, d: CertificateData): Readable {
  const { doc, stream } = openPaper(fontPath, d.title);
  doc.moveDown(2);
  paperTitle(doc, d.title, `证号：${d.number}`);
  doc.moveDown(0.5);
  const L = (text: string, span: number): Cell => ({ text, span, label: true });
  const V = (text: string, span: number): Cell => ({ text, span, minHeight: 28 });
  table(
    doc,
    [
      [L('持证人', 2), V(d.holderName, 3), L('身份证号', 2), V(d.idNumber, 5)],
      [L('家庭住址', 2), V(d.address, 10)],
      [L('所属社区', 2), V(d.communityName, 5), L('保障类别', 2), V(d.category, 3)],
      [L('保障人数', 2), V(`${d.persons} 人`, 3), L('月保障金', 2), V(`${yuan(d.monthlyAmount)} 元`, 5)],
      [L('保障起始', 2), V(d.startMonth, 3), L('共同生活成员', 2), V(d.members.map((m) => `${m.name}（${m.relation}）`).join('、'), 5)],
    ],
    { fontSize: 11 },
  );
  doc.moveDown(1);
  paragraph(doc, '本证由持证人妥善保管，不得涂改、转借。家庭人口、收入、财产状况发生变化的，应当及时告知社区（村）或街道（乡镇）。领取救助金时请出示本证。', { size: 10, indent: true });
  sealLine(doc, `发证机关：${d.bureau}`, d.issuedOn);
  closePaper(doc);
  return stream;
}
