import type { NumericCounter } from './counters.ts';

/**
 * The 月报表's main table: per program 户数 / 人数 / 金额, then groups of counters over every
 * program. One layout and one set of Chinese heads for the Excel sheet and the web page (which
 * imports this file, as it does the program names, and keeps only the English beside it).
 */
export const PROGRAM_COLUMNS = ['households', 'persons', 'amount'] as const satisfies readonly NumericCounter[];

/** 特困人员: the persons of the tekun program among all the programs' (a column of its own in the seeds' tables). */
export const TEKUN_PERSONS = 'tekunPersons';

export const TOTAL_GROUPS = [
  { group: 'changes', columns: ['newEnrolments', 'exits'] },
  { group: 'groups', columns: ['elderly', 'disabled', 'minors', TEKUN_PERSONS] },
  { group: 'funds', columns: ['cityAmount', 'districtAmount'] },
  { group: 'cases', columns: ['applicationsReceived', 'applicationsApproved', 'applicationsRejected', 'applicationsOverdue', 'noticesOpened', 'objections'] },
] as const satisfies readonly { group: string; columns: readonly (NumericCounter | typeof TEKUN_PERSONS)[] }[];

export type TotalGroup = (typeof TOTAL_GROUPS)[number]['group'];
export type MainColumn = (typeof PROGRAM_COLUMNS)[number] | (typeof TOTAL_GROUPS)[number]['columns'][number];

export const TOTAL_GROUP_NAMES: Readonly<Record<TotalGroup, string>> = {
  changes: '变动（户/人次）',
  groups: '分类人数',
  funds: '资金来源（元）',
  cases: '审核审批（件）',
};

export const MAIN_COLUMN_HEADS: Readonly<Record<MainColumn, string>> = {
  households: '户数',
  persons: '人数',
  amount: '金额（元）',
  newEnrolments: '新增',
  exits: '退出',
  elderly: '老年人',
  disabled: '残疾人',
  minors: '未成年人',
  tekunPersons: '特困人员',
  cityAmount: '市级',
  districtAmount: '区级',
  applicationsReceived: '受理',
  applicationsApproved: '批准',
  applicationsRejected: '不予批准',
  applicationsOverdue: '超期',
  noticesOpened: '公示',
  objections: '异议',
};

/** Columns in fen, shown in yuan. */
export const MONEY_COLUMNS: readonly MainColumn[] = ['amount', 'cityAmount', 'districtAmount'];

/** What a row of the table needs: its all-program totals and its programs' persons. */
export interface MainTableRow {
  total: Readonly<Record<NumericCounter, number>>;
  programs: Readonly<Partial<Record<string, { persons: number }>>>;
}

/** A total column's number for a row. */
export function totalColumnValue(row: MainTableRow, column: (typeof TOTAL_GROUPS)[number]['columns'][number]): number {
  return column === TEKUN_PERSONS ? (row.programs.tekun?.persons ?? 0) : row.total[column];
}
