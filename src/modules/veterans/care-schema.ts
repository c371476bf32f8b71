import { z } from 'zod';
import { FORUM_OCCASIONS } from '../../domain/welfare/veterans.ts';

const date = z.iso.date('日期应为 YYYY-MM-DD');
const areaCode = z.string().regex(/^\d{6}(\d{3}(\d{3})?)?$/, '区划代码应为 6、9 或 12 位数字');
const page = { page: z.coerce.number().int().min(1).max(100_000).default(1), pageSize: z.coerce.number().int().min(1).max(200).default(20) };
export const careListQuery = z.strictObject({ areaCode: areaCode.optional(), ...page });
export type CareListQuery = z.infer<typeof careListQuery>;

export const liaisonInputSchema = z.strictObject({
  /** the zone's area: a street or a community */
  areaCode,
  zone: z.string().trim().min(1).max(100),
  name: z.string().trim().min(1).max(50),
  phone: z.string().trim().min(1).max(30).nullish(),
  appointedOn: date,
  /** the recipients this liaison looks after (active entitled persons of the zone's area) */
  entitledPersonIds: z.array(z.number().int().positive()).min(1).max(100),
});
export type LiaisonInput = z.infer<typeof liaisonInputSchema>;
export const liaisonSchema = z.object({
  id: z.number(),
  areaCode: z.string(),
  zone: z.string(),
  name: z.string(),
  phone: z.string().nullable(),
  appointedOn: z.string(),
  untilOn: z.string(),
  recipients: z.number(),
  /** one liaison per 15–25 recipients: below, within or above the range */
  load: z.enum(['below', 'within', 'above']),
  warning: z.string().nullable(),
});
export const liaisonListSchema = z.object({ items: z.array(liaisonSchema), total: z.number() });

export const visitInputSchema = z.strictObject({
  entitledPersonId: z.number().int().positive(),
  visitedOn: date,
  visitor: z.string().trim().min(1).max(100),
  content: z.string().trim().min(1).max(1000),
  problems: z.string().trim().min(1).max(1000).nullish(),
});
export type VisitInput = z.infer<typeof visitInputSchema>;
export const visitSchema = z.object({
  id: z.number(),
  entitledPersonId: z.number(),
  personName: z.string(),
  householdId: z.number(),
  areaCode: z.string(),
  visitedOn: z.string(),
  visitor: z.string(),
  content: z.string(),
  problems: z.string().nullable(),
});
export const visitListSchema = z.object({ items: z.array(visitSchema), total: z.number() });

export const forumInputSchema = z.strictObject({
  areaCode,
  heldOn: date,
  occasion: z.enum(FORUM_OCCASIONS),
  topic: z.string().trim().min(1).max(200),
  attendees: z.number().int().min(1).max(10_000),
  summary: z.string().trim().min(1).max(1000).nullish(),
});
export type ForumInput = z.infer<typeof forumInputSchema>;
export const forumSchema = z.object({
  id: z.number(),
  areaCode: z.string(),
  heldOn: z.string(),
  occasion: z.enum(FORUM_OCCASIONS),
  topic: z.string(),
  attendees: z.number(),
  summary: z.string().nullable(),
});
export const forumListSchema = z.object({
  items: z.array(forumSchema),
  total: z.number(),
  /** forums held this year in the area, against the three a year asked of each street */
  thisYear: z.object({ year: z.number(), held: z.number(), required: z.number() }),
});

export const plaqueInputSchema = z.strictObject({
  entitledPersonId: z.number().int().positive(),
  hungOn: date,
  note: z.string().trim().min(1).max(500).nullish(),
});
export type PlaqueInput = z.infer<typeof plaqueInputSchema>;
export const plaqueSchema = z.object({
  id: z.number(),
  householdId: z.number(),
  entitledPersonId: z.number(),
  personName: z.string(),
  areaCode: z.string(),
  hungOn: z.string(),
  note: z.string().nullable(),
});
export const plaqueListSchema = z.object({ items: z.array(plaqueSchema), total: z.number() });
