import { z } from 'zod';
import { ALL_CHILD_REASONS, CHILD_KINDS } from '../../domain/welfare/children.ts';

const date = z.iso.date('日期应为 YYYY-MM-DD');
const text = (max: number) => z.string().trim().min(1).max(max);

/** Who looks after the child: the guardian and agreement (orphans), the parent away and the carer (left-behind). */
const careFields = {
  guardianName: text(100).nullish(),
  /** 祖父母, 外祖父母, 兄姐, 其他亲属, 村（居）委会, 民政部门 … */
  guardianRelation: text(32).nullish(),
  guardianPhone: text(30).nullish(),
  /** 监护协议 / 委托照护协议 signed on, valid until */
  agreementSignedOn: date.nullish(),
  agreementUntil: date.nullish(),
  parentAway: text(100).nullish(),
  parentAwayPlace: text(200).nullish(),
  carerName: text(100).nullish(),
  carerRelation: text(32).nullish(),
  note: text(500).nullish(),
};

export const childInputSchema = z.strictObject({
  personId: z.number().int().positive(),
  kind: z.enum(CHILD_KINDS),
  reason: z.enum(ALL_CHILD_REASONS),
  startedOn: date,
  ...careFields,
});
export type ChildInput = z.infer<typeof childInputSchema>;

export const childUpdateSchema = z.strictObject(careFields);
export type ChildUpdate = z.infer<typeof childUpdateSchema>;

export const childEndSchema = z.strictObject({ endedOn: date, reason: text(200) });
export type ChildEnd = z.infer<typeof childEndSchema>;

export const childRecordSchema = z.object({
  id: z.number(),
  personId: z.number(),
  personName: z.string(),
  birthDate: z.string(),
  householdId: z.number(),
  areaCode: z.string(),
  kind: z.enum(CHILD_KINDS),
  status: z.enum(['active', 'ended']),
  reason: z.string(),
  guardianName: z.string().nullable(),
  guardianRelation: z.string().nullable(),
  guardianPhone: z.string().nullable(),
  agreementSignedOn: z.string().nullable(),
  agreementUntil: z.string().nullable(),
  parentAway: z.string().nullable(),
  parentAwayPlace: z.string().nullable(),
  carerName: z.string().nullable(),
  carerRelation: z.string().nullable(),
  startedOn: z.string(),
  endedOn: z.string().nullable(),
  endReason: z.string().nullable(),
  note: z.string().nullable(),
  /** the first month the basic living allowance is no longer paid by age (orphans, de-facto orphans) */
  allowanceEndsFrom: z.string().nullable(),
});

export const childListQuery = z.strictObject({
  areaCode: z.string().regex(/^\d{6,12}$/).optional(),
  kind: z.enum(CHILD_KINDS).optional(),
  status: z.enum(['active', 'ended']).optional(),
  page: z.coerce.number().int().min(1).max(100_000).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(20),
});
export type ChildListQuery = z.infer<typeof childListQuery>;
export const childListSchema = z.object({ items: z.array(childRecordSchema), total: z.number() });
