import ExcelJS from 'exceljs';
import { chinaDateOf } from '../../clock.ts';
import { MAIN_COLUMN_HEADS, MONEY_COLUMNS, PROGRAM_COLUMNS, TOTAL_GROUP_NAMES, TOTAL_GROUPS, totalColumnValue } from '../../domain/reports/main-table.ts';
import type { AreaReportRow } from '../../domain/reports/roll-up.ts';
import { CHECK_NAMES, COUNTER_NAMES, exitReasonName, isMoneyCheck, MONEY_COUNTERS, programName } from './report-labels.ts';
import { complaintSummaryLines } from '../../domain/reports/complaint-summary.ts';
import { RISK_OUTCOME_HEADERS, riskSummaryRows } from '../../domain/reports/risk-summary.ts';
import { ALERT_AGE_NAMES, alertSummaryLines } from '../../domain/reports/alert-summary.ts';
import { CARE_COLUMNS } from '../../domain/reports/care-summary.ts';
import { WELFARE_COLUMNS, type WelfareRow } from '../../domain/reports/welfare-summary.ts';
import { COMMUNITY_COLUMNS, COMMUNITY_GROUP_NAMES, communityValue, type CommunityCounts } from '../../domain/reports/community-summary.ts';
import type { MonthlyReport } from './service.ts';

/** The report's own names first: local programs (地方项目) are named by their definitions. */
const nameOf = (r: Pick<MonthlyReport, 'programNames'>, code: string) => r.programNames[code] ?? programName(code);

/** "2026年3月" */
export function monthTitle(month: string): string {
  return `${month.slice(0, 4)}年${Number(month.slice(5, 7))}月`;
}

export function reportTitle(r: Pick<MonthlyReport, 'area' | 'month'>): string {
  return `${r.area.name} ${monthTitle(r.month)} 民政救助月报表`;
}

const yuan = (fen: number) => fen / 100;
const MONEY_FORMAT = '#,##0.00';
const HEADER_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFDDEBF7' } };
const TOTAL_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFFF2CC' } };
const THIN: Partial<ExcelJS.Borders> = { top: { style: 'thin' }, left: { style: 'thin' }, bottom: { style: 'thin' }, right: { style: 'thin' } };

interface Column {
  group: string;
  header: string;
  value: (row: AreaReportRow) => number;
  money?: boolean;
}

/** The main sheet's columns: per program 户数/人数/金额, then the all-program and case columns. */
export function mainColumns(r: MonthlyReport): Column[] {
  const cols: Column[] = [];
  for (const p of r.programs) {
    for (const k of PROGRAM_COLUMNS) cols.push({ group: nameOf(r, p), header: MAIN_COLUMN_HEADS[k], value: (row) => row.programs[p]?.[k] ?? 0, money: MONEY_COLUMNS.includes(k) });
  }
  for (const { group, columns } of TOTAL_GROUPS) {
    for (const k of columns) cols.push({ group: TOTAL_GROUP_NAMES[group], header: MAIN_COLUMN_HEADS[k], value: (row) => totalColumnValue(row, k), money: MONEY_COLUMNS.includes(k) });
  }
  return cols;
}

function styleHeader(row: ExcelJS.Row, from: number, to: number): void {
  for (let c = from; c <= to; c++) {
    const cell = row.getCell(c);
    cell.font = { bold: true };
    cell.fill = HEADER_FILL;
    cell.border = THIN;
    cell.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
  }
}

/**
 * 月报表 in the familiar layout: the title with area and month, two header rows (program over
 * 户数/人数/金额), one row per street and community indented by level, the totals row last;
 * then the program detail, the exits by reason and the consistency checks on their own sheets.
 */
export async function reportWorkbook(r: MonthlyReport & { welfareRows?: Map<string, WelfareRow>; communityRows?: CommunityRow[] }): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'minzheng';
  const ws = wb.addWorksheet('月报表', { views: [{ state: 'frozen', xSplit: 2, ySplit: 4 }], pageSetup: { orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0, paperSize: 9 } });
  const cols = mainColumns(r);
  const last = cols.length + 2;
  ws.getColumn(1).width = 26;
  ws.getColumn(2).width = 14;
  for (let i = 0; i < cols.length; i++) ws.getColumn(i + 3).width = cols[i]!.money ? 14 : 9;

  ws.mergeCells(1, 1, 1, last);
  const title = ws.getCell(1, 1);
  title.value = reportTitle(r);
  title.font = { bold: true, size: 16 };
  title.alignment = { horizontal: 'center' };
  ws.mergeCells(2, 1, 2, last);
  ws.getCell(2, 1).value = `填报单位：${r.area.name}民政部门　统计月份：${r.month}　制表时间：${chinaDateOf(r.generatedAt)}　金额单位：元`;

  const groupRow = ws.getRow(3);
  const headRow = ws.getRow(4);
  ws.mergeCells(3, 1, 4, 1);
  ws.mergeCells(3, 2, 4, 2);
  groupRow.getCell(1).value = '区划';
  groupRow.getCell(2).value = '区划代码';
  let start = 0;
  while (start < cols.length) {
    let end = start;
    while (end + 1 < cols.length && cols[end + 1]!.group === cols[start]!.group) end++;
    if (end > start) ws.mergeCells(3, start + 3, 3, end + 3);
    groupRow.getCell(start + 3).value = cols[start]!.group;
    for (let i = start; i <= end; i++) headRow.getCell(i + 3).value = cols[i]!.header;
    start = end + 1;
  }
  styleHeader(groupRow, 1, last);
  styleHeader(headRow, 1, last);
  groupRow.height = 30;

  const writeRow = (row: AreaReportRow, label: string, indent: number, totals: boolean) => {
    const x = ws.addRow([label, row.areaCode, ...cols.map((c) => (c.money ? yuan(c.value(row)) : c.value(row)))]);
    x.getCell(1).alignment = { indent };
    cols.forEach((c, i) => {
      if (c.money) x.getCell(i + 3).numFmt = MONEY_FORMAT;
    });
    for (let c = 1; c <= last; c++) {
      x.getCell(c).border = THIN;
      if (totals) {
        x.getCell(c).font = { bold: true };
        x.getCell(c).fill = TOTAL_FILL;
      }
    }
  };
  const [root, ...below] = r.rows;
  for (const row of below) writeRow(row, row.name, row.depth - 1, row.depth === 1 && below.some((b) => b.parentCode === row.areaCode));
  writeRow(root!, '合计', 0, true);

  detailSheet(wb, r);
  exitSheet(wb, r);
  checkSheet(wb, r);
  complaintSheet(wb, r);
  riskSheet(wb, r);
  alertSheet(wb, r);
  careSheet(wb, r);
  welfareSheet(wb, r);
  communitySheet(wb, r);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

const DETAIL_COUNTERS = Object.keys(COUNTER_NAMES) as (keyof typeof COUNTER_NAMES)[];

function detailSheet(wb: ExcelJS.Workbook, r: MonthlyReport): void {
  const ws = wb.addWorksheet('分项目明细', { views: [{ state: 'frozen', ySplit: 1 }] });
  ws.columns = [
    { header: '区划', key: 'name', width: 24 },
    { header: '区划代码', key: 'code', width: 14 },
    { header: '救助项目', key: 'program', width: 18 },
    ...DETAIL_COUNTERS.map((k) => ({ header: COUNTER_NAMES[k], key: k, width: MONEY_COUNTERS.includes(k) ? 14 : 10, style: MONEY_COUNTERS.includes(k) ? { numFmt: MONEY_FORMAT } : {} })),
  ];
  styleHeader(ws.getRow(1), 1, DETAIL_COUNTERS.length + 3);
  for (const row of r.rows) {
    for (const p of r.programs) {
      const c = row.programs[p];
      if (!c) continue;
      ws.addRow({ name: `${'　'.repeat(row.depth)}${row.name}`, code: row.areaCode, program: nameOf(r, p), ...Object.fromEntries(DETAIL_COUNTERS.map((k) => [k, MONEY_COUNTERS.includes(k) ? yuan(c[k]) : c[k]])) });
    }
  }
}

function exitSheet(wb: ExcelJS.Workbook, r: MonthlyReport): void {
  const ws = wb.addWorksheet('退出原因');
  ws.columns = [
    { header: '救助项目', key: 'program', width: 20 },
    { header: '退出原因', key: 'reason', width: 22 },
    { header: '户/人数', key: 'n', width: 10 },
  ];
  styleHeader(ws.getRow(1), 1, 3);
  for (const p of r.programs) {
    for (const [reason, n] of Object.entries(r.totals.programs[p]?.exitReasons ?? {}).sort()) ws.addRow({ program: nameOf(r, p), reason: exitReasonName(reason), n });
  }
}

function checkSheet(wb: ExcelJS.Workbook, r: MonthlyReport): void {
  const ws = wb.addWorksheet('一致性校验');
  ws.columns = [
    { header: '校验项', key: 'name', width: 36 },
    { header: '救助项目', key: 'program', width: 18 },
    { header: '区划/对象', key: 'where', width: 40 },
    { header: '报表数', key: 'actual', width: 14 },
    { header: '应为', key: 'expected', width: 14 },
    { header: '结果', key: 'result', width: 10 },
  ];
  styleHeader(ws.getRow(1), 1, 6);
  for (const c of r.consistency.checks) {
    const x = ws.addRow({ name: CHECK_NAMES[c.code], program: c.program ? nameOf(r, c.program) : '', where: [c.areaCode, c.subject].filter(Boolean).join(' '), actual: isMoneyCheck(c) ? yuan(c.actual) : c.actual, expected: isMoneyCheck(c) ? yuan(c.expected) : c.expected, result: c.ok ? '一致' : '不一致' });
    if (!c.ok) x.getCell('result').font = { bold: true, color: { argb: 'FFC00000' } };
  }
}

/** 举报投诉 of the month (issue 17): one sheet, a line per channel and type, then the findings. */
function complaintSheet(wb: ExcelJS.Workbook, r: MonthlyReport): void {
  const ws = wb.addWorksheet('举报投诉');
  ws.getColumn(1).width = 36;
  ws.getColumn(2).width = 10;
  ws.addRow([`${r.area.name} ${r.month} 举报投诉`]).font = { bold: true, size: 13 };
  for (const l of complaintSummaryLines(r.complaints)) {
    const row = ws.addRow([l.label, l.value]);
    row.getCell(1).alignment = { indent: l.indent };
    if (l.indent === 0) row.font = { bold: true };
  }
}

/** 风险核查 findings raised in the month (issue 17): a row per rule, by outcome, the total last. */
function riskSheet(wb: ExcelJS.Workbook, r: MonthlyReport): void {
  if (!r.risk) return;
  const ws = wb.addWorksheet('风险核查');
  ws.getColumn(1).width = 30;
  for (let c = 2; c <= 5; c++) ws.getColumn(c).width = 10;
  ws.addRow([`${r.area.name} ${r.month} 风险核查发现`]).font = { bold: true, size: 13 };
  styleHeader(ws.addRow(['规则', ...RISK_OUTCOME_HEADERS]), 1, 5);
  for (const l of riskSummaryRows(r.risk)) {
    const row = ws.addRow([l.label, ...l.counts]);
    for (let c = 1; c <= 5; c++) row.getCell(c).border = THIN;
    if (l.total) {
      row.font = { bold: true };
      for (let c = 1; c <= 5; c++) row.getCell(c).fill = TOTAL_FILL;
    }
  }
}

/** 核对预警 raised in the month (issue 18): per source and outcome, the open ones by age. */
function alertSheet(wb: ExcelJS.Workbook, r: MonthlyReport): void {
  if (!r.alerts) return;
  const ws = wb.addWorksheet('核对预警');
  ws.getColumn(1).width = 36;
  for (const c of [2, 3, 4, 5]) ws.getColumn(c).width = 10;
  ws.addRow([`${r.area.name} ${r.month} 核对预警`]).font = { bold: true, size: 13 };
  ws.addRow(['数据源', '待处理', '已确认', '已说明', '超期']).font = { bold: true };
  for (const l of alertSummaryLines(r.alerts)) {
    const row = ws.addRow([l.label, ...l.values]);
    row.getCell(1).alignment = { indent: l.indent };
    if (l.indent === 0) row.font = { bold: true };
  }
  ws.addRow([]);
  ws.addRow(['待处理预警账龄', '件数']).font = { bold: true };
  for (const [k, name] of Object.entries(ALERT_AGE_NAMES)) ws.addRow([name, r.alerts.openByAge[k as keyof typeof ALERT_AGE_NAMES]]);
}

/** 走访慰问、探访关爱、居家养老 of the month (issue 21): a row per area of the report, the total last, then the goods. */
function careSheet(wb: ExcelJS.Workbook, r: MonthlyReport): void {
  if (!r.care) return;
  const care = r.care;
  const ws = wb.addWorksheet('走访慰问与居家养老');
  const last = CARE_COLUMNS.length + 2;
  ws.getColumn(1).width = 26;
  ws.getColumn(2).width = 14;
  CARE_COLUMNS.forEach((c, i) => (ws.getColumn(i + 3).width = c.money ? 14 : 9));
  ws.addRow([`${r.area.name} ${monthTitle(r.month)} 走访慰问、探访关爱、居家养老`]).font = { bold: true, size: 13 };
  const groupRow = ws.addRow(['区划', '区划代码', ...CARE_COLUMNS.map((c) => c.group)]);
  const headRow = ws.addRow(['', '', ...CARE_COLUMNS.map((c) => c.header)]);
  ws.mergeCells(groupRow.number, 1, headRow.number, 1);
  ws.mergeCells(groupRow.number, 2, headRow.number, 2);
  let start = 0;
  while (start < CARE_COLUMNS.length) {
    let end = start;
    while (end + 1 < CARE_COLUMNS.length && CARE_COLUMNS[end + 1]!.group === CARE_COLUMNS[start]!.group) end++;
    if (end > start) ws.mergeCells(groupRow.number, start + 3, groupRow.number, end + 3);
    start = end + 1;
  }
  styleHeader(groupRow, 1, last);
  styleHeader(headRow, 1, last);
  const write = (label: string, code: string, f: (typeof care)['total'], indent: number, total: boolean) => {
    const x = ws.addRow([label, code, ...CARE_COLUMNS.map((c) => (c.money ? yuan(c.value(f)) : c.value(f)))]);
    x.getCell(1).alignment = { indent };
    CARE_COLUMNS.forEach((c, i) => {
      if (c.money) x.getCell(i + 3).numFmt = MONEY_FORMAT;
    });
    for (let c = 1; c <= last; c++) {
      x.getCell(c).border = THIN;
      if (total) {
        x.getCell(c).font = { bold: true };
        x.getCell(c).fill = TOTAL_FILL;
      }
    }
  };
  for (const row of care.rows.filter((x) => x.depth > 0)) write(row.name, row.areaCode, row, row.depth - 1, false);
  write('合计', r.area.code, care.total, 0, true);
  ws.addRow([]);
  styleHeader(ws.addRow(['慰问物资', '单位', '发放数量', '折款（元）']), 1, 4);
  for (const g of care.goods) {
    const x = ws.addRow([g.name, g.unit, g.quantity, yuan(g.value)]);
    x.getCell(4).numFmt = MONEY_FORMAT;
  }
}

/**
 * 残疾人、儿童、优抚 (issue 22): the registers' counts per area, laid out like the main sheet —
 * a row per street and community, each its whole subtree, the totals row (the area) last.
 */
function welfareSheet(wb: ExcelJS.Workbook, r: MonthlyReport & { welfareRows?: Map<string, WelfareRow> }): void {
  if (!r.welfareRows) return;
  const rows = r.welfareRows;
  const ws = wb.addWorksheet('残疾人儿童优抚', { views: [{ state: 'frozen', xSplit: 2, ySplit: 3 }] });
  const last = WELFARE_COLUMNS.length + 2;
  ws.getColumn(1).width = 26;
  ws.getColumn(2).width = 14;
  WELFARE_COLUMNS.forEach((c, i) => (ws.getColumn(i + 3).width = 'money' in c ? 14 : 10));
  ws.addRow([`${r.area.name} ${monthTitle(r.month)} 残疾人、困境儿童、优抚对象`]).font = { bold: true, size: 13 };
  const group = ws.addRow(['区划', '区划代码', ...WELFARE_COLUMNS.map((c) => c.group)]);
  const head = ws.addRow(['', '', ...WELFARE_COLUMNS.map((c) => c.header)]);
  mergeGroupHeads(ws, WELFARE_COLUMNS.map((c) => c.group));
  styleHeader(group, 1, last);
  styleHeader(head, 1, last);
  const write = (code: string, label: string, indent: number, totals: boolean) => {
    const w = rows.get(code);
    if (!w) return;
    const x = ws.addRow([label, code, ...WELFARE_COLUMNS.map((c) => ('money' in c ? yuan(w[c.key]) : w[c.key]))]);
    x.getCell(1).alignment = { indent };
    WELFARE_COLUMNS.forEach((c, i) => {
      if ('money' in c) x.getCell(i + 3).numFmt = MONEY_FORMAT;
    });
    for (let c = 1; c <= last; c++) {
      x.getCell(c).border = THIN;
      if (totals) {
        x.getCell(c).font = { bold: true };
        x.getCell(c).fill = TOTAL_FILL;
      }
    }
  };
  const [root, ...below] = r.rows;
  for (const row of below) write(row.areaCode, row.name, row.depth - 1, false);
  write(root!.areaCode, '合计', 0, true);
}

type CommunityRow = { areaCode: string; name: string; counts: CommunityCounts };

/**
 * 志愿服务、三张清单、慈善 (issue 22): the registers' month per street (or community) directly
 * below the area, each its whole subtree, and the area's own totals (the JSON `community`) last.
 */
function communitySheet(wb: ExcelJS.Workbook, r: MonthlyReport & { communityRows?: CommunityRow[] }): void {
  const ws = wb.addWorksheet('志愿服务三张清单慈善', { views: [{ state: 'frozen', xSplit: 2, ySplit: 3 }] });
  const last = COMMUNITY_COLUMNS.length + 2;
  ws.getColumn(1).width = 26;
  ws.getColumn(2).width = 14;
  COMMUNITY_COLUMNS.forEach((c, i) => (ws.getColumn(i + 3).width = c.money ? 16 : 11));
  ws.addRow([`${r.area.name} ${monthTitle(r.month)} 志愿服务、三张清单、慈善`]).font = { bold: true, size: 13 };
  const group = ws.addRow(['区划', '区划代码', ...COMMUNITY_COLUMNS.map((c) => COMMUNITY_GROUP_NAMES[c.group])]);
  const head = ws.addRow(['', '', ...COMMUNITY_COLUMNS.map((c) => c.header)]);
  mergeGroupHeads(ws, COMMUNITY_COLUMNS.map((c) => COMMUNITY_GROUP_NAMES[c.group]));
  styleHeader(group, 1, last);
  styleHeader(head, 1, last);
  const write = (label: string, code: string, counts: CommunityCounts, totals: boolean) => {
    const x = ws.addRow([label, code, ...COMMUNITY_COLUMNS.map((c) => (c.money ? yuan(communityValue(counts, c)) : communityValue(counts, c)))]);
    COMMUNITY_COLUMNS.forEach((c, i) => {
      if (c.money) x.getCell(i + 3).numFmt = MONEY_FORMAT;
      else if (c.hours) x.getCell(i + 3).numFmt = '0.0';
    });
    for (let c = 1; c <= last; c++) {
      x.getCell(c).border = THIN;
      if (totals) {
        x.getCell(c).font = { bold: true };
        x.getCell(c).fill = TOTAL_FILL;
      }
    }
  };
  for (const row of r.communityRows ?? []) write(row.name, row.areaCode, row.counts, false);
  write('合计', r.area.code, r.community, true);
}

/**
 * The two header rows of a register sheet (rows 2–3): 区划 and 区划代码 span both, and each run of
 * columns under the same group shares one merged group cell above its headers.
 */
function mergeGroupHeads(ws: ExcelJS.Worksheet, groups: readonly string[]): void {
  ws.mergeCells(2, 1, 3, 1);
  ws.mergeCells(2, 2, 3, 2);
  let start = 0;
  while (start < groups.length) {
    let end = start;
    while (end + 1 < groups.length && groups[end + 1] === groups[start]) end++;
    if (end > start) ws.mergeCells(2, start + 3, 2, end + 3);
    start = end + 1;
  }
}
