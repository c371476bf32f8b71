import { z } from 'zod';

const date = z.iso.date('日期应为 YYYY-MM-DD');
const areaCode = z.string().regex(/^\d{6,12}$/, '区划代码应为 6–12 位数字');
const page = { page: z.coerce.number().int().min(1).max(100_000).default(1), pageSize: z.coerce.number().int().min(1).max(200).default(20) };
const phone = z.string().trim().regex(/^[\d\s-]{7,20}$/, '请填写有效的电话号码');

export const teamInputSchema = z.strictObject({
  areaCode,
  name: z.string().trim().min(1).max(100),
  leader: z.string().trim().min(1).max(100).nullish(),
  phone: phone.nullish(),
  foundedOn: date,
});
export type TeamInput = z.infer<typeof teamInputSchema>;
export const teamSchema = z.object({
  id: z.number(),
  areaCode: z.string(),
  name: z.string(),
  leader: z.string().nullable(),
  /** masked (138****5678) */
  phone: z.string().nullable(),
  foundedOn: z.string(),
  volunteers: z.number().int(),
  hours: z.number(),
});
export const teamListQuery = z.strictObject({ areaCode: areaCode.optional(), ...page });
export type TeamListQuery = z.infer<typeof teamListQuery>;
export const teamListSchema = z.object({ items: z.array(teamSchema), total: z.number() });

/** A volunteer is a person on file (`personId`) or a named outsider (`name`, `phone`). */
export const volunteerInputSchema = z.strictObject({
  teamId: z.number().int().positive(),
  personId: z.number().int().positive().nullish(),
  name: z.string().trim().min(1).max(100).nullish(),
  phone: phone.nullish(),
  joinedOn: date,
});
export type VolunteerInput = z.infer<typeof volunteerInputSchema>;
export const volunteerSchema = z.object({
  id: z.number(),
  areaCode: z.string(),
  teamId: z.number(),
  teamName: z.string(),
  personId: z.number().nullable(),
  name: z.string(),
  /** masked (138****5678) */
  phone: z.string().nullable(),
  joinedOn: z.string(),
  status: z.enum(['active', 'left']),
  hours: z.number(),
  /** 积分余额 */
  points: z.number().int(),
});
export const volunteerListQuery = z.strictObject({ areaCode: areaCode.optional(), teamId: z.coerce.number().int().positive().optional(), ...page });
export type VolunteerListQuery = z.infer<typeof volunteerListQuery>;
export const volunteerListSchema = z.object({ items: z.array(volunteerSchema), total: z.number() });

export const activityInputSchema = z.strictObject({
  teamId: z.number().int().positive(),
  title: z.string().trim().min(1).max(200),
  heldOn: date,
  place: z.string().trim().min(1).max(200).nullish(),
  /** hours per participant, to the tenth of an hour */
  participants: z
    .array(z.strictObject({ volunteerId: z.number().int().positive(), hours: z.number().positive().max(24) }))
    .min(1, '请至少登记一名参加的志愿者')
    .max(500),
});
export type ActivityInput = z.infer<typeof activityInputSchema>;
export const activitySchema = z.object({
  id: z.number(),
  teamId: z.number(),
  teamName: z.string(),
  areaCode: z.string(),
  title: z.string(),
  heldOn: z.string(),
  place: z.string().nullable(),
  /** points per hour in force on the day */
  rate: z.string(),
  participants: z.number().int(),
  hours: z.number(),
  points: z.number().int(),
});
export const activityListQuery = z.strictObject({ areaCode: areaCode.optional(), teamId: z.coerce.number().int().positive().optional(), ...page });
export type ActivityListQuery = z.infer<typeof activityListQuery>;
export const activityListSchema = z.object({ items: z.array(activitySchema), total: z.number() });

export const entrySchema = z.object({
  id: z.number(),
  kind: z.enum(['earn', 'exchange']),
  activityId: z.number().nullable(),
  activityTitle: z.string().nullable(),
  hours: z.number().nullable(),
  points: z.number().int(),
  item: z.string().nullable(),
  occurredOn: z.string(),
});
export const pointsSchema = z.object({ volunteer: volunteerSchema, entries: z.array(entrySchema) });

export const exchangeInputSchema = z.strictObject({
  item: z.string().trim().min(1).max(200),
  points: z.number().int().positive().max(1_000_000),
  exchangedOn: date,
});
export type ExchangeInput = z.infer<typeof exchangeInputSchema>;
