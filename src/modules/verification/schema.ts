import { statusResultSchema } from '../person-status/schema.ts';
import { z } from 'zod';
import { SOURCE_IDS } from '../../domain/verification/sources.ts';

export const sourceParams = z.strictObject({ id: z.string().max(40) });
export const idParams = z.strictObject({ id: z.coerce.number().int().positive() });
export const memberParams = z.strictObject({ id: z.coerce.number().int().positive(), personId: z.coerce.number().int().positive() });

const importView = z.object({
  id: z.number().int(),
  sourceId: z.string(),
  mode: z.enum(['replace', 'append']),
  fileName: z.string(),
  importedOn: z.string(),
  importedAt: z.string(),
  rowCount: z.number().int(),
  badRowCount: z.number().int(),
});

export const dataSourceList = z.object({
  items: z.array(
    z.object({
      id: z.enum(SOURCE_IDS),
      name: z.string(),
      department: z.string(),
      mode: z.enum(['replace', 'append']),
      columns: z.array(z.object({ header: z.string(), required: z.boolean() })),
      records: z.number().int(),
      lastImport: importView.nullable(),
    }),
  ),
});

export const importOutcome = importView.extend({
  added: z.number().int(),
  errors: z.array(z.object({ row: z.number().int(), column: z.string(), message: z.string() })),
});
export const importList = z.object({ items: z.array(importView) });

export const recordQuery = z.strictObject({
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(50),
  idNumber: z.string().regex(/^\d{17}[\dXx]$/).optional(),
});
export const recordList = z.object({
  items: z.array(
    z.object({
      id: z.number().int(),
      importId: z.number().int(),
      name: z.string(),
      idNumber: z.string(),
      kind: z.string(),
      eventDate: z.string().nullable(),
      endDate: z.string().nullable(),
      amount: z.number().nullable(),
      item: z.string().nullable(),
      exempt: z.boolean(),
    }),
  ),
  total: z.number().int(),
});

export const matchingRunBody = z.strictObject({ areaCode: z.string().regex(/^\d{6}(\d{3}(\d{3})?)?$/) });
export const matchingRunView = z.object({
  id: z.number().int(),
  areaCode: z.string(),
  status: z.enum(['running', 'done', 'failed']),
  counts: z.object({ households: z.number().int(), householdsTotal: z.number().int().nullable(), persons: z.number().int(), findings: z.number().int(), newAlerts: z.number().int() }),
  createdAt: z.string(),
  finishedAt: z.string().nullable(),
});

export const alertStatus = z.enum(['open', 'confirmed', 'explained']);
export const alertQuery = z.strictObject({
  runId: z.coerce.number().int().positive().optional(),
  areaCode: z.string().regex(/^\d{6}(\d{3}(\d{3})?)?$/).optional(),
  status: alertStatus.optional(),
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(100).default(20),
});
export const alertList = z.object({
  items: z.array(
    z.object({
      id: z.number().int(),
      runId: z.number().int(),
      rule: z.string(),
      source: z.string(),
      personId: z.number().int(),
      personName: z.string(),
      householdId: z.number().int(),
      areaCode: z.string(),
      declared: z.string(),
      matched: z.string(),
      status: alertStatus,
      dueDate: z.string(),
      overdue: z.boolean(),
      outcome: z.enum(['review', 'stop']).nullable(),
      reason: z.string().nullable(),
      createdAt: z.string(),
      workedAt: z.string().nullable(),
    }),
  ),
  total: z.number().int(),
  counts: z.object({ bySource: z.record(z.string(), z.number().int()) }),
});
export const alertOutcomeBody = z.discriminatedUnion('outcome', [
  z.strictObject({ outcome: z.literal('confirmed'), proposal: z.enum(['review', 'stop']), reason: z.string().max(500).optional() }),
  z.strictObject({ outcome: z.literal('explained'), reason: z.string().trim().min(1).max(500) }),
]);
export const alertOutcomeView = z.object({
  id: z.number().int(),
  status: alertStatus,
  outcome: z.enum(['review', 'stop']).nullable(),
  reason: z.string().nullable(),
  /** a confirmed death: what recording it did to the person's benefits (empty when already recorded) */
  enrolmentChanges: statusResultSchema.shape.enrolmentChanges.optional(),
});

export const consentList = z.object({
  items: z.array(z.object({ personId: z.number().int(), name: z.string(), adult: z.boolean(), documentId: z.number().int().nullable(), uploadedAt: z.string().nullable() })),
});

export const findingsView = z.object({
  applicationId: z.number().int(),
  householdId: z.number().int(),
  checkedOn: z.string(),
  sources: z.array(z.object({ id: z.string(), name: z.string() })),
  limits: z.object({ assetLimit: z.number().int(), maxHouses: z.number().int() }).nullable(),
  findings: z.array(
    z.object({
      rule: z.string().nullable(),
      breaksRule: z.boolean(),
      source: z.string(),
      sourceName: z.string(),
      personId: z.number().int(),
      personName: z.string(),
      declared: z.string(),
      matched: z.string(),
    }),
  ),
});
export const reportBody = z.strictObject({ conclusion: z.string().trim().min(1).max(2000) });

/** 核对预警 statistics (dashboard, monthly report): per source and outcome, the open ones by age. */
export const alertStatsSchema = z.object({
  areaCode: z.string(),
  bySource: z.array(z.object({ source: z.string(), name: z.string(), open: z.number().int(), confirmed: z.number().int(), explained: z.number().int(), overdue: z.number().int() })),
  /** open alerts by days since they were raised: 0–7, 8–30, 31–90, over 90 */
  openByAge: z.object({ d0_7: z.number().int(), d8_30: z.number().int(), d31_90: z.number().int(), d90plus: z.number().int() }),
  total: z.object({ open: z.number().int(), confirmed: z.number().int(), explained: z.number().int(), overdue: z.number().int() }),
});
export type AlertStats = z.infer<typeof alertStatsSchema>;
