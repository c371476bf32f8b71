import fs from 'node:fs';
import { PassThrough, type Readable } from 'node:stream';
import PDFDocument from 'pdfkit';
import { DomainError } from '../../domain/errors.ts';
import { formatYuan } from '../../domain/money.ts';

/** A4 documents in Chinese, streamed; the CJK font comes from Debian's fonts-noto-cjk. */
function document(fontPath: string, title: string): { doc: PDFKit.PDFDocument; stream: Readable } {
  if (!fs.existsSync(fontPath)) throw new DomainError('unprocessable', 'pdf_font_missing', { params: { font: fontPath } });
  const doc = new PDFDocument({ size: 'A4', margin: 56, info: { Title: title, Creator: 'minzheng' } });
  doc.registerFont('cjk', fontPath, 'NotoSansCJKsc-Regular');
  doc.font('cjk');
  const stream = new PassThrough();
  doc.pipe(stream);
  return { doc, stream };
}

export interface NoticeLine {
  /** the entry's own period (entries of one community can open on different days, and programs post for different lengths) */
  openedOn?: string;
  closesOn?: string;
  /** 三榜公示: this entry's round of how many (1 of 1 for a single notice) */
  round?: number;
  rounds?: number;
  maskedName: string;
  maskedIdNumber: string;
  programName: string;
  members: number;
  monthlyAmount: number;
  /** a one-off grant (临时救助), not a monthly amount */
  oneOff?: boolean;
}

/** 公示: the proposed households of a community, names and ID numbers masked (DOMAIN.md §7). */
export function noticePdf(fontPath: string, n: { areaName: string; openedOn: string; closesOn: string; lines: NoticeLine[]; channels: string[] }): Readable {
  const { doc, stream } = document(fontPath, `${n.areaName}社会救助公示`);
  doc.fontSize(20).text(`${n.areaName}社会救助对象公示`, { align: 'center' });
  doc.moveDown(0.5).fontSize(11).text(`公示期：${n.openedOn} 至 ${n.closesOn}`, { align: 'center' });
  doc.moveDown();
  doc.fontSize(11).text('根据《社会救助暂行办法》及最低生活保障审核确认办法，经入户调查、家庭经济状况核对和街道审核，现将拟纳入救助的家庭公示如下：');
  doc.moveDown();
  const cols = [56, 116, 266, 400, 446];
  const header = ['姓名', '身份证号', '救助项目', '人数', '金额（元）'];
  const row = (cells: string[], y: number) => cells.forEach((c, i) => doc.text(c, cols[i]!, y, { width: (cols[i + 1] ?? 540) - cols[i]! - 6 }));
  let y = doc.y;
  doc.fontSize(11);
  row(header, y);
  y += 22;
  doc.moveTo(56, y - 6).lineTo(540, y - 6).stroke();
  for (const l of n.lines) {
    if (y > 760) {
      doc.addPage();
      y = 56;
    }
    // 三榜公示: the round beside the program (第 2 榜).
    const program = l.rounds && l.rounds > 1 ? `${l.programName} 第${l.round}榜` : l.programName;
    row([l.maskedName, l.maskedIdNumber, program, String(l.members), `${formatYuan(l.monthlyAmount, { grouping: true })}${l.oneOff ? ' 一次性' : '/月'}`], y);
    y += 20;
  }
  doc.moveDown(2).text('', 56, y + 16);
  doc.text(`如有异议，请于公示期内向社区居委会、街道办事处或区民政局反映。监督投诉渠道：${n.channels.join('；')}。`, 56);
  doc.end();
  return stream;
}

/** 不予确认通知书 / 审核确认通知书: the decision as a letter to the applicant, issued by the district bureau. */
export function decisionPdf(fontPath: string, d: { title: string; text: string; bureau: string; addressee: string; date: string }): Readable {
  const { doc, stream } = document(fontPath, d.title);
  doc.fontSize(20).text(d.title, { align: 'center' });
  doc.moveDown();
  if (d.addressee) doc.fontSize(12).text(`${d.addressee}：`, { paragraphGap: 8 });
  for (const para of d.text.split('\n').filter((l) => l !== d.title && l.trim() !== '')) doc.fontSize(12).text(`　　${para}`, { paragraphGap: 8, lineGap: 3 });
  doc.moveDown(2).fontSize(12).text(`${d.bureau}（盖章）`, { align: 'right' });
  doc.moveDown(0.3).text(chineseDate(d.date), { align: 'right' });
  doc.end();
  return stream;
}

/** 2026-12-07 → 2026年12月7日 */
function chineseDate(iso: string): string {
  const [y, m, day] = iso.split('-');
  return `${y}年${Number(m)}月${Number(day)}日`;
}
