import { z } from 'zod';
import { DISCOVERY_RULES, LEAD_OUTCOMES } from '../../domain/discovery/rules.ts';
import { LOW_INCOME_GROUPS } from '../../domain/discovery/register.ts';

const areaCode = z.string().regex(/^\d{6}(\d{3}(\d{3})?)?$/);
const month = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/);
export const idParams = z.strictObject({ id: z.coerce.number().int().positive() });

export const discoveryRunBody = z.strictObject({ areaCode });
export const discoveryRunView = z.object({
  id: z.number().int(),
  areaCode: z.string(),
  status: z.enum(['running', 'done', 'failed']),
  counts: z.object({ found: z.number().int(), newLeads: z.number().int() }),
  /** per rule: leads the run found, and those new to the register of leads */
  byRule: z.record(z.string(), z.object({ found: z.number().int(), created: z.number().int() })).nullable(),
  createdAt: z.string(),
  finishedAt: z.string().nullable(),
});

export const leadStatus = z.enum(['open', 'visited']);
export const leadQuery = z.strictObject({
  areaCode: areaCode.optional(),
  runId: z.coerce.number().int().positive().optional(),
  rule: z.enum(DISCOVERY_RULES).optional(),
  status: leadStatus.optional(),
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(100).default(20),
});
export const leadList = z.object({
  items: z.array(
    z.object({
      id: z.number().int(),
      runId: z.number().int(),
      rule: z.enum(DISCOVERY_RULES),
      personId: z.number().int(),
      personName: z.string(),
      idNumber: z.string(),
      householdId: z.number().int(),
      address: z.string(),
      areaCode: z.string(),
      /** why the rule named this person, with its numbers, in one Chinese sentence */
      summary: z.string(),
      evidence: z.record(z.string(), z.union([z.string(), z.number(), z.boolean(), z.null()])),
      status: leadStatus,
      dueDate: z.string(),
      overdue: z.boolean(),
      outcome: z.enum(LEAD_OUTCOMES).nullable(),
      visitedOn: z.string().nullable(),
      note: z.string().nullable(),
      createdAt: z.string(),
    }),
  ),
  total: z.number().int(),
  counts: z.object({ byRule: z.record(z.string(), z.number().int()) }),
});
export const leadOutcomeBody = z.strictObject({
  outcome: z.enum(LEAD_OUTCOMES),
  visitedOn: z.iso.date(),
  /** required unless the resident applied: why not eligible, or what the resident said */
  note: z.string().max(500).optional(),
});
export const leadOutcomeView = z.object({ id: z.number().int(), status: leadStatus, outcome: z.enum(LEAD_OUTCOMES).nullable(), visitedOn: z.string().nullable(), note: z.string().nullable() });

const groupCount = z.object({ group: z.enum(LOW_INCOME_GROUPS), households: z.number().int(), persons: z.number().int() });
export const registerQuery = z.strictObject({
  areaCode: areaCode.optional(),
  month: month.optional(),
  group: z.enum(LOW_INCOME_GROUPS).optional(),
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(100).default(20),
});
export const registerList = z.object({
  month: z.string(),
  items: z.array(
    z.object({ personId: z.number().int(), householdId: z.number().int(), name: z.string(), idNumber: z.string(), birthDate: z.string(), areaCode: z.string(), group: z.enum(LOW_INCOME_GROUPS) }),
  ),
  total: z.number().int(),
  counts: z.array(groupCount),
});
export const monthlyQuery = z.strictObject({ areaCode: areaCode.optional(), to: month.optional(), months: z.coerce.number().int().min(1).max(24).default(12) });
export const monthlyView = z.object({
  areaCode: z.string(),
  groups: z.array(z.enum(LOW_INCOME_GROUPS)),
  months: z.array(z.object({ month: z.string(), groups: z.array(groupCount), total: z.object({ households: z.number().int(), persons: z.number().int() }) })),
});
