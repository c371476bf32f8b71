/**
 * 变更/停发通知书: the written notice of a review's outcome to the household, with the reasons
 * and the right to appeal (行政复议法 art. 20: within 60 days; 行政诉讼法 art. 46: within six months).
 */
import fs from 'node:fs';
import { PassThrough, type Readable } from 'node:stream';
import PDFDocument from 'pdfkit';
import type { Deps } from '../../deps.ts';
import type { Actor } from '../../domain/actor.ts';
import { DomainError } from '../../domain/errors.ts';
import { formatYuan } from '../../domain/money.ts';
import { programName } from '../../domain/programs/names.ts';
import { recordRead } from '../audit/service.ts';
import * as q from './queries.ts';
import { reviewInScope } from './service.ts';

const STOP_REASON_NAMES: Record<string, string> = {
  income_rise: '家庭收入超过当地保障标准',
  moved_away: '户籍或居住地迁出',
  death: '保障对象死亡',
  review_ineligible: '经复核不再符合条件',
  voluntary: '本人申请退出',
  other: '其他原因',
};

export async function reviewNotice(deps: Deps, actor: Actor, id: number): Promise<{ id: number; title: string; text: string; areaName: string }> {
  const r = await reviewInScope(deps.db, actor, id);
  if (r.state !== 'decided' || !r.outcome) throw new DomainError('conflict', 'review_not_decided');
  const names = await q.areaNames(deps.db, [r.area_code, r.area_code.slice(0, 6)]);
  const head = (await q.headNameOf(deps.db, r.household_id)) ?? '';
  const program = programName(r.program);
  const from = r.effective_month!.replace('-', '年') + '月';
  const amountInForce = formatYuan(Number(r.amount_in_force), { grouping: true });
  const stop = r.outcome === 'stop';
  const title = stop ? '停发通知书' : '变更通知书';
  let decision: string;
  switch (r.outcome) {
    case 'continue':
      decision = `经复核，您家庭继续享受${program}，保障金额仍为每月 ${amountInForce} 元。`;
      break;
    case 'raise':
    case 'lower':
      decision = `经复核，自${from}起，您家庭的${program}保障金额由每月 ${amountInForce} 元调整为每月 ${formatYuan(Number(r.proposed_amount), { grouping: true })} 元。`;
      break;
    case 'suspend':
      decision = `经复核，自${from}起暂停发放您家庭的${program}金（原每月 ${amountInForce} 元），待情况核实后依规恢复或终止。`;
      break;
    default: {
      const why = STOP_REASON_NAMES[r.stop_reason ?? 'other'] ?? r.stop_reason;
      decision = r.gradual_exit_until
        ? `经复核，您家庭因成员就业收入超过当地保障标准（${why}），按渐退规定继续发放每月 ${amountInForce} 元至${r.gradual_exit_until.replace('-', '年')}月，此后停发${program}金。`
        : `经复核，因${why}，自${from}起停发您家庭的${program}金（原每月 ${amountInForce} 元）。`;
    }
  }
  const text = [
    title,
    `${head} 户：`,
    decision,
    `理由：${r.reason ?? ''}`,
    '如对本决定不服，可以自收到本通知书之日起六十日内向区人民政府申请行政复议，也可以自收到本通知书之日起六个月内直接向人民法院提起行政诉讼。',
    `决定日期：${r.decided_on}`,
  ].join('\n');
  await recordRead(deps, actor, { action: 'read.decision_pdf', entityType: 'review', entityId: id, areaCode: r.area_code, detail: { householdId: r.household_id } });
  return { id: r.id, title, text, areaName: names.get(r.area_code.slice(0, 6)) ?? r.area_code.slice(0, 6) };
}

/** The notice as an A4 letter in Chinese (the CJK font from Debian's fonts-noto-cjk), streamed. */
export function reviewNoticePdf(fontPath: string, d: { title: string; text: string; areaName: string }): Readable {
  if (!fs.existsSync(fontPath)) throw new DomainError('unprocessable', 'pdf_font_missing', { params: { font: fontPath } });
  const doc = new PDFDocument({ size: 'A4', margin: 56, info: { Title: d.title, Creator: 'minzheng' } });
  doc.registerFont('cjk', fontPath, 'NotoSansCJKsc-Regular');
  doc.font('cjk');
  const stream = new PassThrough();
  doc.pipe(stream);
  doc.fontSize(20).text(d.title, { align: 'center' });
  doc.moveDown();
  for (const para of d.text.split('\n').filter((l) => l !== d.title)) doc.fontSize(12).text(para, { paragraphGap: 8 });
  doc.moveDown(2).text(`${d.areaName}民政局（盖章）`, { align: 'right' });
  doc.end();
  return stream;
}
