import { z } from 'zod';
import { CASE_ACTIONS } from '../../domain/cases/transition.ts';

/**
 * The answers of the case routes, every field declared: they are the OpenAPI document the web
 * app's types are generated from (`npm run gen:api`), so nothing here is loose.
 */
const caseActions = z.array(z.enum(CASE_ACTIONS));

const clockSchema = z.object({
  acceptedOn: z.string().nullable(),
  dueOn: z.string().nullable(),
  workingDaysLeft: z.number().int().nullable(),
  overdue: z.boolean(),
  scheduleKnown: z.boolean(),
});

const noticeRound = { id: z.number().int(), round: z.number().int(), rounds: z.number().int(), openedOn: z.string(), closesOn: z.string() };

export const caseViewSchema = z.object({
  id: z.number().int(),
  householdId: z.number().int(),
  subjectPersonId: z.number().int().nullable(),
  headName: z.string().nullable(),
  subjectName: z.string().nullable(),
  program: z.string().describe('a built-in program code or a local one (local_…)'),
  path: z.enum(['full', 'short']),
  state: z.string(),
  areaCode: z.string(),
  areaName: z.string(),
  receivingStreetCode: z.string().nullable(),
  intake: z
    .object({ owningStreetCode: z.string(), owningStreetName: z.string(), receivingStreetName: z.string(), forwarded: z.boolean(), awaitingStreet: z.boolean(), handledHere: z.boolean() })
    .describe('一门受理: the owning street accepts; a window of another street only took the file'),
  democraticReview: z.boolean(),
  checklist: z.array(z.string()),
  clock: clockSchema,
  investigation: z.object({ dueOn: z.string(), startedOn: z.string().nullable(), overdue: z.boolean(), late: z.boolean() }).nullable().describe('入户调查 starts by dueOn'),
  rejectionNotice: z.object({ dueOn: z.string() }).nullable().describe('不予确认通知书 to be issued by dueOn'),
  temporary: z.object({ type: z.string(), event: z.string().nullable(), requestedAmount: z.number().nullable(), eventDescription: z.string().nullable() }).nullable(),
  calculatedAmount: z.number().nullable(),
  calculation: z.unknown().describe('the calculation trace the amount was frozen with'),
  policyVersion: z.string().nullable().describe('the label of the policy the amount was frozen under (2025-01-01/b191a2b8)'),
  category: z.string().nullable(),
  relativeFlagged: z.boolean(),
  relativeReview: z.object({ by: z.string(), at: z.string(), review: z.string() }).nullable().describe('近亲属单独审查 by the county'),
  urgentAmount: z.number().nullable(),
  decisionText: z.string().nullable(),
  version: z.number().int(),
  allowedActions: caseActions,
  events: z.array(
    z.object({
      at: z.string(),
      actorUsername: z.string().nullable(),
      actorName: z.string().nullable(),
      action: z.string(),
      fromState: z.string().nullable(),
      toState: z.string(),
      comment: z.string().nullable(),
      data: z.unknown(),
    }),
  ),
  records: z.array(z.object({ id: z.number().int(), kind: z.string(), happenedOn: z.string(), staffCount: z.number().int(), data: z.unknown(), createdAt: z.string() })),
  notice: z.object({ ...noticeRound, maskedName: z.string(), maskedIdNumber: z.string(), monthlyAmount: z.number(), over: z.boolean() }).nullable(),
  rules: z.object({ extendedWorkingDays: z.number().int(), reviewPanelMinimum: z.number().int(), notice: z.object({ days: z.number().int(), rounds: z.number().int() }) }).describe("the area's rules in force today (policy cases.*)"),
  notices: z.array(z.object(noticeRound)),
  objections: z.array(
    z.object({
      id: z.number().int(),
      raisedBy: z.string(),
      receivedVia: z.string(),
      content: z.string(),
      status: z.enum(['open', 'resolved']),
      resolution: z.string().nullable(),
      createdAt: z.string(),
    }),
  ),
});

export const caseListItemSchema = z.object({
  id: z.number().int(),
  program: z.string(),
  state: z.string(),
  areaCode: z.string(),
  areaName: z.string(),
  householdId: z.number().int(),
  headName: z.string().nullable(),
  relativeFlagged: z.boolean(),
  acceptedOn: z.string().nullable(),
  dueOn: z.string().nullable(),
  workingDaysLeft: z.number().int().nullable(),
  overdue: z.boolean(),
  investigationDueOn: z.string().nullable(),
  investigationOverdue: z.boolean(),
  forwarded: z.boolean(),
  /** 优抚对象优先: a dibao, tekun or temporary case of a household with a living entitled person, listed first */
  priority: z.boolean(),
});

export const inboxItemSchema = caseListItemSchema.extend({ actions: caseActions });

export const staffRelativeSchema = z.object({
  id: z.number().int(),
  staffName: z.string(),
  staffPosition: z.string(),
  relativeName: z.string(),
  relativeIdNumberMasked: z.string(),
  relation: z.string(),
  areaCode: z.string(),
  createdAt: z.string(),
  staffUserId: z.number().int().nullable(),
});
