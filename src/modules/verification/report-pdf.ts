import fs from 'node:fs';
import { PassThrough, type Readable } from 'node:stream';
import PDFDocument from 'pdfkit';
import { DomainError } from '../../domain/errors.ts';

/** 家庭经济状况核对报告: each source, the declared value beside the matched one, the conclusion. */
export function verificationReportPdf(
  fontPath: string,
  r: { applicationId: number; areaName: string; headName: string; happenedOn: string; items: { source: string; declared: string; found: string; matches: boolean }[]; conclusion: string },
): Readable {
  if (!fs.existsSync(fontPath)) throw new DomainError('unprocessable', 'pdf_font_missing', { params: { font: fontPath } });
  const doc = new PDFDocument({ size: 'A4', margin: 56, info: { Title: '家庭经济状况核对报告', Creator: 'minzheng' } });
  doc.registerFont('cjk', fontPath, 'NotoSansCJKsc-Regular');
  doc.font('cjk');
  const stream = new PassThrough();
  doc.pipe(stream);
  doc.fontSize(20).text('家庭经济状况核对报告', { align: 'center' });
  doc.moveDown(0.5).fontSize(11).text(`案件 ${r.applicationId}　户主 ${r.headName}　${r.areaName}　核对日期 ${r.happenedOn}`, { align: 'center' });
  doc.moveDown();
  const cols = [56, 176, 316, 476];
  const row = (cells: string[]) => {
    const y = doc.y;
    let bottom = y;
    cells.forEach((c, i) => {
      doc.text(c, cols[i]!, y, { width: (cols[i + 1] ?? 540) - cols[i]! - 6 });
      bottom = Math.max(bottom, doc.y);
    });
    doc.x = 56;
    doc.y = bottom + 6;
  };
  doc.fontSize(10);
  row(['数据来源', '申报情况', '核对结果', '是否相符']);
  doc.moveTo(56, doc.y - 3).lineTo(540, doc.y - 3).stroke();
  for (const i of r.items) {
    if (doc.y > 740) doc.addPage();
    row([i.source, i.declared, i.found, i.matches ? '相符' : '不符']);
  }
  doc.moveDown().fontSize(12).text('核对结论：', 56);
  doc.fontSize(11).text(r.conclusion, 56);
  doc.moveDown(2).text('核对机构（盖章）：　　　　　　　核对人：', { align: 'right' });
  doc.end();
  return stream;
}
