import fs from 'node:fs';
import { PassThrough, type Readable } from 'node:stream';
import PDFDocument from 'pdfkit';
import { chinaDateOf } from '../../clock.ts';
import { DomainError } from '../../domain/errors.ts';
import { formatYuan } from '../../domain/money.ts';
import type { AreaReportRow } from '../../domain/reports/roll-up.ts';
import { reportTitle } from './excel.ts';
import { CHECK_NAMES, exitReasonName, isMoneyCheck, programName } from './report-labels.ts';
import { complaintSummaryLines } from '../../domain/reports/complaint-summary.ts';
import { riskSummaryRows } from '../../domain/reports/risk-summary.ts';
import { ALERT_AGE_NAMES, alertSourceName } from '../../domain/reports/alert-summary.ts';
import { CARE_COLUMNS } from '../../domain/reports/care-summary.ts';
import { WELFARE_COLUMNS, welfareLines, type WelfareRow } from '../../domain/reports/welfare-summary.ts';
import { communityLines } from '../../domain/reports/community-summary.ts';
import type { MonthlyReport } from './service.ts';

/** The report's own names first: local programs (地方项目) are named by their definitions. */
const nameOf = (r: Pick<MonthlyReport, 'programNames'>, code: string) => r.programNames[code] ?? programName(code);

const MARGIN = 36;
// A4 landscape: 842 × 595 points.
const PAGE_W = 842;
const PAGE_BOTTOM = 595 - MARGIN;

interface PdfColumn {
  header: string;
  width: number;
  cell: (row: AreaReportRow) => string;
}

const money = (fen: number) => formatYuan(fen, { grouping: true });

function columns(): PdfColumn[] {
  const t = (k: keyof Omit<AreaReportRow['total'], 'exitReasons'>, header: string, width = 40, isMoney = false): PdfColumn => ({
    header,
    width,
    cell: (r) => (isMoney ? money(r.total[k]) : String(r.total[k])),
  });
  return [
    { header: '区划', width: 128, cell: (r) => `${'  '.repeat(Math.max(0, r.depth - 1))}${r.name}` },
    t('households', '户次'),
    t('persons', '人次'),
    t('amount', '发放金额', 72, true),
    t('newEnrolments', '新增', 34),
    t('exits', '退出', 34),
    t('elderly', '老年人', 38),
    t('disabled', '残疾人', 38),
    t('minors', '未成年', 38),
    { header: '特困', width: 34, cell: (r) => String(r.programs.tekun?.persons ?? 0) },
    t('cityAmount', '市级资金', 64, true),
    t('districtAmount', '区级资金', 64, true),
    t('applicationsReceived', '受理', 32),
    t('applicationsApproved', '批准', 32),
    t('applicationsRejected', '不批', 32),
    t('applicationsOverdue', '超期', 32),
  ];
}

/** 月报表 for printing: A4 landscape, the area table, each program's totals, the checks. */
export function reportPdf(fontPath: string, r: MonthlyReport & { welfareRows?: Map<string, WelfareRow> }): Readable {
  if (!fs.existsSync(fontPath)) throw new DomainError('unprocessable', 'pdf_font_missing', { params: { font: fontPath } });
  const title = reportTitle(r);
  const doc = new PDFDocument({ size: 'A4', layout: 'landscape', margin: MARGIN, info: { Title: title, Creator: 'minzheng' } });
  doc.registerFont('cjk', fontPath, 'NotoSansCJKsc-Regular');
  doc.font('cjk');
  const stream = new PassThrough();
  doc.pipe(stream);

  doc.fontSize(16).text(title, MARGIN, MARGIN, { align: 'center', width: PAGE_W - 2 * MARGIN });
  doc.fontSize(9).text(`统计月份：${r.month}　制表时间：${chinaDateOf(r.generatedAt)}　金额单位：元　户次/人次为各救助项目之和`, { align: 'center', width: PAGE_W - 2 * MARGIN });
  let y = doc.y + 10;

  const table = (cols: PdfColumn[], rows: { row: AreaReportRow; bold?: boolean }[]) => {
    const header = () => {
      let x = MARGIN;
      doc.fontSize(8);
      for (const c of cols) {
        doc.rect(x, y, c.width, 16).fillAndStroke('#ddebf7', '#888888');
        doc.fillColor('#000000').text(c.header, x + 2, y + 4, { width: c.width - 4, align: 'center', lineBreak: false });
        x += c.width;
      }
      y += 16;
    };
    header();
    for (const { row, bold } of rows) {
      if (y + 14 > PAGE_BOTTOM) {
        doc.addPage();
        y = MARGIN;
        header();
      }
      let x = MARGIN;
      for (const [i, c] of cols.entries()) {
        if (bold) doc.rect(x, y, c.width, 14).fillAndStroke('#fff2cc', '#bbbbbb');
        else doc.rect(x, y, c.width, 14).stroke('#bbbbbb');
        doc.fillColor('#000000').text(c.cell(row), x + 2, y + 3, { width: c.width - 4, align: i === 0 ? 'left' : 'right', lineBreak: false });
        x += c.width;
      }
      y += 14;
    }
  };

  const [root, ...below] = r.rows;
  table(columns(), [...below.map((row) => ({ row })), { row: { ...root!, name: '合计', depth: 1 }, bold: true }]);

  // Each program's totals for the whole area.
  y += 14;
  const line = (text: string, opts: { color?: string; size?: number } = {}) => {
    if (y + 14 > PAGE_BOTTOM) {
      doc.addPage();
      y = MARGIN;
    }
    doc.fontSize(opts.size ?? 9).fillColor(opts.color ?? '#000000').text(text, MARGIN, y, { width: PAGE_W - 2 * MARGIN });
    y = doc.y + 2;
  };
  line('分项目合计', { size: 11 });
  for (const p of r.programs) {
    const c = r.totals.programs[p];
    if (!c) continue;
    const reasons = Object.entries(c.exitReasons).map(([k, n]) => `${exitReasonName(k)} ${n}`).join('、');
    line(
      `${nameOf(r, p)}：保障 ${c.households} 户 ${c.persons} 人，发放 ${money(c.amount)} 元（市级 ${money(c.cityAmount)}，区级 ${money(c.districtAmount)}）；` +
        `新增 ${c.newEnrolments}，退出 ${c.exits}${reasons ? `（${reasons}）` : ''}；在册 ${c.enrolledBefore} → ${c.enrolled}；` +
        `受理 ${c.applicationsReceived}，批准 ${c.applicationsApproved}，不予批准 ${c.applicationsRejected}，超期 ${c.applicationsOverdue}，公示 ${c.noticesOpened}，异议 ${c.objections}`,
    );
  }

  y += 8;
  line('举报投诉', { size: 11 });
  line(complaintSummaryLines(r.complaints).filter((l) => l.indent === 0 || l.value > 0).map((l) => `${l.label.replace(/^(渠道|类型)：/, '')} ${l.value}`).join('；'));

  if (r.risk) {
    y += 8;
    line('风险核查（本月发现）', { size: 11 });
    const rows = riskSummaryRows(r.risk).filter((l) => l.total || l.counts[3] > 0);
    line(rows.map((l) => `${l.label}：待核实 ${l.counts[0]}，属实 ${l.counts[1]}，不属实 ${l.counts[2]}`).join('；'));
  }

  if (r.alerts) {
    y += 8;
    const a = r.alerts;
    line('核对预警', { size: 11 });
    line(
      `本月新增 ${a.total.open + a.total.confirmed + a.total.explained} 件：待处理 ${a.total.open}（超期 ${a.total.overdue}），已确认 ${a.total.confirmed}，已说明 ${a.total.explained}` +
        (a.bySource.length ? `；${a.bySource.map((s) => `${alertSourceName(s.source)} ${s.open + s.confirmed + s.explained}`).join('，')}` : ''),
    );
    line(`待处理账龄：${Object.entries(ALERT_AGE_NAMES).map(([k, n]) => `${n} ${a.openByAge[k as keyof typeof ALERT_AGE_NAMES]}`).join('，')}`);
  }

  if (r.care) {
    y += 8;
    const c = r.care.total;
    line('走访慰问、探访关爱、居家养老', { size: 11 });
    line(
      `走访慰问 ${c.condolences.households} 户次 ${c.condolences.persons} 人次，现金 ${money(c.condolences.cash)} 元，物资折款 ${money(c.condolences.goodsValue)} 元，合计 ${money(c.condolences.total)} 元` +
        (r.care.goods.length ? `（${r.care.goods.map((g) => `${g.name} ${g.quantity}${g.unit}`).join('、')}）` : '') +
        `；探访关爱 ${c.visits.visits} 人次（${c.visits.persons} 人，${c.visits.households} 户）；居家养老服务 ${c.services.orders} 单 ${c.services.persons} 人 ${money(c.services.amount)} 元；服务钱包发放 ${c.credits.persons} 人 ${money(c.credits.amount)} 元；养护员报酬 ${c.caregivers.payees} 人 ${money(c.caregivers.amount)} 元`,
    );
    const rows = r.care.rows.filter((x) => x.depth > 0);
    if (rows.length) {
      y += 4;
      const careCols: PdfColumn[] = [
        { header: '区划', width: 128, cell: (row) => `${'  '.repeat(Math.max(0, row.depth - 1))}${row.name}` },
        ...CARE_COLUMNS.map((col) => ({
          header: col.short,
          width: col.money ? 60 : 42,
          cell: (row: AreaReportRow) => {
            const f = r.care!.rows.find((x) => x.areaCode === row.areaCode) ?? r.care!.total;
            return col.money ? money(col.value(f)) : String(col.value(f));
          },
        })),
      ];
      if (y + 60 > PAGE_BOTTOM) {
        doc.addPage();
        y = MARGIN;
      }
      const byCode = new Map(r.rows.map((x) => [x.areaCode, x]));
      table(careCols, [...rows.flatMap((x) => (byCode.has(x.areaCode) ? [{ row: byCode.get(x.areaCode)! }] : [])), { row: { ...root!, name: '合计', depth: 1, areaCode: '__total__' }, bold: true }]);
    }
  }

  const welfare = r.welfareRows;
  if (welfare) {
    // 残疾人、儿童、优抚: the area's totals in words, then its streets (and communities) in a table.
    y += 8;
    line('残疾人、困境儿童、优抚对象', { size: 11 });
    for (const l of welfareLines(welfare.get(r.area.code)!, money)) line(l);
    y += 6;
    const zero = Object.fromEntries(WELFARE_COLUMNS.map((c) => [c.key, 0])) as WelfareRow;
    const cols: PdfColumn[] = [
      { header: '区划', width: 128, cell: (row) => `${'  '.repeat(Math.max(0, row.depth - 1))}${row.name}` },
      ...WELFARE_COLUMNS.map((c) => ({
        header: c.short,
        width: 'money' in c ? 64 : 40,
        cell: (row: AreaReportRow) => {
          const v = (welfare.get(row.areaCode) ?? zero)[c.key];
          return 'money' in c ? money(v) : String(v);
        },
      })),
    ];
    if (y + 60 > PAGE_BOTTOM) {
      doc.addPage();
      y = MARGIN;
    }
    table(cols, [...below.map((row) => ({ row })), { row: { ...root!, name: '合计', depth: 1 }, bold: true }]);
    y += 6;
  }

  // 志愿服务、三张清单、慈善: the area's month in words (the Excel sheet has it per street).
  y += 8;
  line('志愿服务、三张清单、慈善', { size: 11 });
  for (const l of communityLines(r.community, money)) line(l);

  y += 8;
  const failed = r.consistency.checks.filter((c) => !c.ok);
  line(`一致性校验：共 ${r.consistency.checks.length} 项，${failed.length === 0 ? '全部一致' : `${failed.length} 项不一致`}`, { size: 11, color: failed.length ? '#c00000' : '#000000' });
  for (const c of failed) {
    const fmt = (v: number) => (isMoneyCheck(c) ? money(v) : String(v));
    line(`× ${CHECK_NAMES[c.code]}　${c.program ? nameOf(r, c.program) : ''} ${c.areaCode ?? ''} ${c.subject ?? ''}：报表 ${fmt(c.actual)}，应为 ${fmt(c.expected)}`, { color: '#c00000' });
  }
  doc.end();
  return stream;
}
