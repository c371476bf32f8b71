import { z } from 'zod';
import { CARE_GROUPS, REFERRAL_KINDS } from '../../domain/care/visits.ts';

const text = (max: number) => z.string().trim().min(1).max(max);

/** 探访记录, taken on the phone at the door: health, living conditions, needs and referrals. */
export const newVisitSchema = z.strictObject({
  personId: z.number().int().positive(),
  visitedOn: z.iso.date().optional(),
  health: text(1000),
  livingConditions: text(1000),
  needs: z.string().trim().max(1000).optional(),
  /** 转介: to a review, temporary assistance, a service … */
  referrals: z.array(z.strictObject({ kind: z.enum(REFERRAL_KINDS), note: z.string().trim().max(500).default('') })).max(10).default([]),
  /** references of photos taken on the visit */
  photoRefs: z.array(z.string().trim().min(1).max(200)).max(10).default([]),
});
export type NewVisit = z.infer<typeof newVisitSchema>;

const nextVisitSchema = z.object({ dueOn: z.string(), intervalDays: z.number().int(), group: z.enum(CARE_GROUPS), policyKey: z.string() }).nullable();

export const visitSchema = z.object({
  id: z.number().int(),
  personId: z.number().int(),
  householdId: z.number().int(),
  areaCode: z.string(),
  visitedOn: z.string(),
  groups: z.array(z.enum(CARE_GROUPS)),
  health: z.string(),
  livingConditions: z.string(),
  needs: z.string().nullable(),
  referrals: z.array(z.object({ kind: z.enum(REFERRAL_KINDS), note: z.string() })),
  photoRefs: z.array(z.string()),
  visitor: z.string().nullable(),
  /** when the next visit falls due, and the frequency (policy key) it follows */
  nextVisit: nextVisitSchema,
});
export type VisitView = z.infer<typeof visitSchema>;

export const dueQuery = z.strictObject({
  areaCode: z.string().regex(/^\d{6,12}$/).optional(),
  /** list visits due on or before this day (default: today) */
  before: z.iso.date().optional(),
  page: z.coerce.number().int().min(1).max(100_000).default(1),
  pageSize: z.coerce.number().int().min(1).max(500).default(50),
});
export type DueQuery = z.infer<typeof dueQuery>;

export const dueItemSchema = z.object({
  personId: z.number().int(),
  name: z.string(),
  householdId: z.number().int(),
  address: z.string(),
  areaCode: z.string(),
  areaName: z.string().nullable(),
  phone: z.string().nullable(),
  groups: z.array(z.enum(CARE_GROUPS)),
  lastVisitedOn: z.string().nullable(),
  dueOn: z.string(),
  intervalDays: z.number().int(),
  policyKey: z.string(),
  /** overdue: the due day has passed */
  status: z.enum(['due', 'overdue']),
});
export const dueListSchema = z.object({ before: z.string(), items: z.array(dueItemSchema), total: z.number().int(), overdue: z.number().int() });

export const coverageQuery = z.strictObject({ areaCode: z.string().regex(/^\d{6,12}$/).optional() });
const coverageFigures = {
  /** persons in a care group */
  persons: z.number().int(),
  /** visited within their interval: nothing due today */
  onTime: z.number().int(),
  /** due today */
  due: z.number().int(),
  /** past their visit date (never visited included) */
  overdue: z.number().int(),
};
export const coverageSchema = z.object({
  areaCode: z.string(),
  areaName: z.string(),
  asOf: z.string(),
  total: z.object(coverageFigures),
  items: z.array(z.object({ areaCode: z.string(), areaName: z.string().nullable(), ...coverageFigures })),
});
