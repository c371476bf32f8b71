import { z } from 'zod';

export const areaLevelSchema = z.enum(['province', 'city', 'district', 'street', 'community']);

export const areaSchema = z.object({
  code: z.string(),
  name: z.string(),
  level: areaLevelSchema,
  parentCode: z.string().nullable(),
  statCode: z.string().describe('12-digit 统计用区划代码'),
  urbanRural: z.enum(['urban', 'rural']).nullable(),
  hasChildren: z.boolean(),
});

export const areaCodeParamSchema = z.strictObject({
  code: z.string().regex(/^(\d{2}|\d{4}|\d{6}|\d{9}|\d{12})$/, '区划代码应为 2、4、6、9 或 12 位数字'),
});

export const areaNodeResponseSchema = z.object({ area: areaSchema, children: z.array(areaSchema) });
