import { z } from 'zod';
import { NUMERIC_COUNTERS, type NumericCounter } from '../../domain/reports/counters.ts';
import { CHECK_CODES } from '../../domain/reports/consistency.ts';
import { riskStatsSchema } from '../risk/schema.ts';
import { alertStatsSchema } from '../verification/schema.ts';
import { careFiguresSchema, careGoodsSchema } from '../care-statistics/schema.ts';

const month = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, '月份应为 YYYY-MM，如 2026-03');
const areaCode = z.string().regex(/^\d{2}(\d{2}(\d{2}(\d{3}(\d{3})?)?)?)?$/, '区划代码应为 2、4、6、9 或 12 位数字');

export const monthlyReportQuery = z.strictObject({
  areaCode,
  month,
  format: z.enum(['json', 'xlsx', 'pdf']).default('json'),
});
export type MonthlyReportQuery = z.infer<typeof monthlyReportQuery>;

export const dashboardQuery = z.strictObject({ areaCode: areaCode.optional() });

const counters = z.object({
  ...(Object.fromEntries(NUMERIC_COUNTERS.map((k) => [k, z.number()])) as Record<NumericCounter, z.ZodNumber>),
  exitReasons: z.record(z.string(), z.number()),
});

/** The report as JSON: documented in its outline (the counters are listed in domain/reports/counters.ts). */
export const monthlyReportResponse = z.object({
  /** 风险核查: findings raised in the month, per rule and outcome (issue 17 point 5) */
  risk: riskStatsSchema.optional(),
  /** 核对预警: alerts raised in the month by source and outcome, the open ones by age (issue 18 point 3) */
  alerts: alertStatsSchema.optional(),
  /** 走访慰问、探访关爱、居家养老 in the month (issue 21 point 5): each area row's own figures, the goods handed over */
  care: z
    .object({
      total: z.object(careFiguresSchema),
      goods: careGoodsSchema,
      rows: z.array(z.object({ areaCode: z.string(), name: z.string(), depth: z.number().int(), ...careFiguresSchema })),
    })
    .optional(),
  area: z.object({ code: z.string(), name: z.string(), level: z.string() }),
  month: z.string(),
  generatedAt: z.string(),
  programs: z.array(z.string()),
  /** each program's name as printed, local programs (地方项目) included */
  programNames: z.record(z.string(), z.string()),
  rows: z.array(
    z.object({
      areaCode: z.string(),
      name: z.string(),
      level: z.string(),
      parentCode: z.string().nullable(),
      depth: z.number().int(),
      programs: z.record(z.string(), counters),
      total: counters,
    }),
  ),
  totals: z.object({ programs: z.record(z.string(), counters), total: counters }),
  consistency: z.object({
    ok: z.boolean(),
    checks: z.array(
      z.object({
        code: z.enum(CHECK_CODES),
        ok: z.boolean(),
        program: z.string().nullable(),
        areaCode: z.string().nullable(),
        subject: z.string().nullable(),
        actual: z.number(),
        expected: z.number(),
      }),
    ),
  }),
  /** 复核 decided in the month: by outcome, exits by reason, gradual exits (渐退) apart */
  reviews: z.object({ done: z.number(), byOutcome: z.record(z.string(), z.number()), exitsByReason: z.record(z.string(), z.number()), gradualExits: z.number() }),
  /** 举报投诉 received in the month (issue 17) */
  complaints: z.object({
    received: z.number().int(),
    byChannel: z.record(z.string(), z.number().int()),
    byCategory: z.record(z.string(), z.number().int()),
    foundTrue: z.number().int(),
    partlyTrue: z.number().int(),
    notTrue: z.number().int(),
    corrected: z.number().int(),
  }),
  /** 残疾人、儿童、优抚 registers (issue 22): persons at the month's end, services and money in the month */
  welfare: z.object({
    disability: z.object({
      certificates: z.number().int(),
      certificatesIssued: z.number().int(),
      services: z.record(z.string(), z.object({ count: z.number().int(), amount: z.number().int() })),
      qualifiedBases: z.number().int(),
    }),
    children: z.object({ active: z.record(z.string(), z.number().int()), ended: z.record(z.string(), z.number().int()) }),
    veterans: z.object({ active: z.record(z.string(), z.number().int()), deaths: z.number().int(), tasksDone: z.number().int(), tasksOpen: z.number().int() }),
  }),
  /** 志愿服务、三张清单、慈善 (issue 22): volunteers and points, needs and projects, donations and issues in the month */
  community: z.object({
    volunteers: z.object({ teams: z.number().int(), volunteers: z.number().int(), activities: z.number().int(), serviceTimes: z.number().int(), hours: z.number(), pointsEarned: z.number().int(), exchanges: z.number().int(), pointsExchanged: z.number().int() }),
    lists: z.object({ needsRaised: z.number().int(), needsMatched: z.number().int(), needsDone: z.number().int(), projectsStarted: z.number().int(), needsOpenAtEnd: z.number().int() }),
    charity: z.object({ donations: z.number().int(), donationsMoney: z.number().int(), donationsGoodsValue: z.number().int(), purchasesMoney: z.number().int(), issuedValue: z.number().int(), households: z.number().int() }),
  }),
});

const trendPoint = z.object({
  month: z.string(),
  households: z.number(),
  persons: z.number(),
  amount: z.number(),
  enrolled: z.number(),
  newEnrolments: z.number(),
  exits: z.number(),
});

export const dashboardResponse = z.object({
  /** 风险核查: every finding of the area, per rule and outcome (for roles that read findings) */
  risk: riskStatsSchema.optional(),
  /** 核对预警: every alert of the area by source and outcome, the open ones by age */
  alerts: alertStatsSchema.optional(),
  /** 走访慰问、探访关爱、居家养老: this month so far and the year to date (for the roles that read care) */
  care: z.object({ month: z.string(), thisMonth: z.object(careFiguresSchema), yearToDate: z.object(careFiguresSchema) }).optional(),
  area: z.object({ code: z.string(), name: z.string(), level: z.enum(['province', 'city', 'district', 'street', 'community']) }),
  month: z.string(),
  months: z.array(z.string()),
  programs: z.array(z.string()),
  latest: counters,
  latestByProgram: z.record(z.string(), counters),
  trend: z.array(z.object({ program: z.string(), months: z.array(trendPoint) })),
  children: z.array(z.object({ areaCode: z.string(), name: z.string(), programs: z.record(z.string(), z.object({ households: z.number(), persons: z.number(), amount: z.number() })) })),
  cases: z.object({ byState: z.array(z.object({ state: z.string(), count: z.number(), overdue: z.number() })), open: z.number(), overdue: z.number() }),
  refreshedAt: z.string().nullable(),
  /** 复核预警: reviews past their date (an alert) and due in the next 30 days */
  reviews: z.object({ overdue: z.number(), dueWithin30Days: z.number(), capped: z.boolean() }),
});
