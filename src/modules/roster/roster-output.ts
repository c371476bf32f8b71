import fs from 'node:fs';
import { PassThrough, type Readable } from 'node:stream';
import PDFDocument from 'pdfkit';
import { DomainError } from '../../domain/errors.ts';
import { formatYuan } from '../../domain/money.ts';
import type { standingRoster } from './service.ts';

type Roster = Awaited<ReturnType<typeof standingRoster>>;

function escape(s: string): string {
  return s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}

const basis = (r: Roster) => r.months.map((m) => `${m.programName} ${m.month}`).join('；');

/** The standing roster as a page for the notice board and touch screen (no login). */
export function rosterHtml(r: Roster): string {
  const rows = r.lines
    .map((l) => `<tr><td>${escape(l.maskedName)}</td><td>${escape(l.programName)}</td><td>${l.persons}</td><td>${formatYuan(l.monthlyAmount, { grouping: true })}</td></tr>`)
    .join('');
  const title = `${r.areaName}社会救助对象长期公示`;
  return `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1"><title>${escape(title)}</title>
<style>body{font-family:"Noto Sans CJK SC","PingFang SC","Microsoft YaHei",sans-serif;max-width:960px;margin:24px auto;padding:0 16px;color:#222;line-height:1.7}
h1{color:#a8071a;border-bottom:3px solid #a8071a;padding-bottom:8px}table{border-collapse:collapse;width:100%}th,td{border:1px solid #ccc;padding:6px 10px;text-align:left}th{background:#fdf2f0}.note{color:#666;font-size:14px}</style></head><body>
<h1>${escape(title)}</h1>
<p class="note">依据已审批的发放名册（${escape(basis(r)) || '暂无'}）。名单随每月名册审批更新；如有异议，请向社区居委会、街道办事处或区民政局反映。<a href="/public/roster/${r.areaCode}/roster.pdf">打印版（PDF）</a></p>
${r.lines.length ? `<table><thead><tr><th>姓名</th><th>救助项目</th><th>保障人数</th><th>月金额（元）</th></tr></thead><tbody>${rows}</tbody></table>` : '<p>当前没有保障对象。</p>'}
</body></html>`;
}

/** The standing roster as an A4 PDF to print and post. */
export function rosterPdf(fontPath: string, r: Roster): Readable {
  if (!fs.existsSync(fontPath)) throw new DomainError('unprocessable', 'pdf_font_missing', { params: { font: fontPath } });
  const title = `${r.areaName}社会救助对象长期公示`;
  const doc = new PDFDocument({ size: 'A4', margin: 56, info: { Title: title, Creator: 'minzheng' } });
  doc.registerFont('cjk', fontPath, 'NotoSansCJKsc-Regular');
  doc.font('cjk');
  const stream = new PassThrough();
  doc.pipe(stream);
  doc.fontSize(20).text(title, { align: 'center' });
  doc.moveDown(0.5).fontSize(10).text(`依据已审批的发放名册：${basis(r) || '暂无'}`, { align: 'center' });
  doc.moveDown();
  const cols = [56, 176, 346, 426];
  const row = (cells: string[], y: number) => cells.forEach((c, i) => doc.text(c, cols[i]!, y, { width: (cols[i + 1] ?? 540) - cols[i]! - 6 }));
  let y = doc.y;
  doc.fontSize(11);
  row(['姓名', '救助项目', '保障人数', '月金额（元）'], y);
  y += 22;
  doc.moveTo(56, y - 6).lineTo(540, y - 6).stroke();
  for (const l of r.lines) {
    if (y > 760) {
      doc.addPage();
      y = 56;
    }
    row([l.maskedName, l.programName, String(l.persons), formatYuan(l.monthlyAmount, { grouping: true })], y);
    y += 20;
  }
  doc.text('', 56, y + 16);
  doc.text('名单随每月发放名册审批更新。如有异议，请向社区居委会、街道办事处或区民政局反映。', 56);
  doc.end();
  return stream;
}
