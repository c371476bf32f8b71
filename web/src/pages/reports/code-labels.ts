import type { CheckCode } from '../../../../src/domain/reports/consistency.ts';
import { MAIN_COLUMN_HEADS, TOTAL_GROUP_NAMES, type MainColumn, type TotalGroup } from '../../../../src/domain/reports/main-table.ts';
import { CHECK_NAMES, EXIT_REASON_NAMES } from '../../../../src/modules/reports/report-labels.ts';

/**
 * Codes the statistics name: consistency checks, exit reasons, and the main table's columns and
 * column groups. The Chinese are the server's (src/modules/reports/report-labels.ts and
 * src/domain/reports/main-table.ts, as the printed 月报表 and the Excel read them), imported
 * rather than copied; the English sit beside them, one per code (test/web-report-labels.test.ts).
 */
export const reportLabels = {
  'zh-CN': {
    check: CHECK_NAMES as Record<string, string>,
    exitReason: EXIT_REASON_NAMES,
    column: MAIN_COLUMN_HEADS as Readonly<Record<MainColumn, string>>,
    group: TOTAL_GROUP_NAMES as Readonly<Record<TotalGroup, string>>,
  },
  en: {
    check: {
      households_vs_lines: 'Households = households on the payroll lines',
      persons_vs_lines: 'Persons = sum of persons on the payroll lines',
      amount_vs_lines: 'Amount = sum of the payroll lines',
      payroll_total_vs_lines: 'Payroll total = sum of its lines',
      funds_vs_payrolls: 'Funding shares = the payrolls’ shares',
      enrolment_flow: 'New − exits = change in enrolled',
      roll_up: 'Parent = sum of its children',
      unplaced_area: 'Every line’s area is on file',
      pre_aggregation: 'Dashboard table = report (refresh needed)',
    } satisfies Record<CheckCode, string> as Record<string, string>,
    exitReason: { income_rise: 'Income above the standard', death: 'Death', moved_away: 'Moved away', voluntary: 'Left at own request', review_ineligible: 'Ineligible on review', one_off: 'One-off grant ended', other: 'Other', unspecified: 'Not given' } as Record<string, string>,
    column: {
      households: 'Households',
      persons: 'Persons',
      amount: 'Amount (yuan)',
      newEnrolments: 'New',
      exits: 'Exits',
      elderly: 'Elderly',
      disabled: 'Disabled',
      minors: 'Minors',
      tekunPersons: 'Destitute',
      cityAmount: 'City',
      districtAmount: 'District',
      applicationsReceived: 'Accepted',
      applicationsApproved: 'Approved',
      applicationsRejected: 'Rejected',
      applicationsOverdue: 'Overdue',
      noticesOpened: 'Notices',
      objections: 'Objections',
    } satisfies Record<MainColumn, string> as Readonly<Record<MainColumn, string>>,
    group: { changes: 'Changes', groups: 'Groups', funds: 'Funds (yuan)', cases: 'Cases' } satisfies Record<TotalGroup, string> as Readonly<Record<TotalGroup, string>>,
  },
};
