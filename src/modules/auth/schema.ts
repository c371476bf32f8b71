import { z } from 'zod';
import { ROLES } from '../../domain/roles.ts';
import { areaLevelSchema } from '../areas/schema.ts';

export const roleSchema = z.enum(ROLES);

export const loginBodySchema = z.strictObject({
  username: z.string().trim().min(1).max(64),
  password: z.string().min(1).max(256),
});

export const userSchema = z.object({
  id: z.number().int(),
  username: z.string(),
  displayName: z.string(),
  role: roleSchema,
  areaCode: z.string(),
  areaName: z.string(),
  areaPath: z.array(z.object({ code: z.string(), name: z.string(), level: areaLevelSchema })),
  mustChangePassword: z.boolean(),
});

export const userResponseSchema = z.object({ user: userSchema });

export const userListItemSchema = userSchema.omit({ areaPath: true, mustChangePassword: true }).extend({
  active: z.boolean(),
  lockedUntil: z.string().nullable(),
  createdAt: z.string(),
});

export const pageQuerySchema = {
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(20),
};

export const userListQuerySchema = z.strictObject({
  areaCode: z.string().regex(/^\d{2,12}$/).optional(),
  q: z.string().trim().max(64).optional(),
  ...pageQuerySchema,
});

export const userListResponseSchema = z.object({ items: z.array(userListItemSchema), total: z.number().int() });

export const usernameSchema = z
  .string()
  .trim()
  .regex(/^[a-z][a-z0-9_.-]{2,31}$/, '用户名为 3–32 位小写字母、数字或 _ . -，以字母开头');

export const newUserBodySchema = z.strictObject({
  username: usernameSchema,
  displayName: z.string().trim().min(1).max(100),
  role: roleSchema,
  areaCode: z.string().regex(/^\d{2,12}$/, '区划代码应为数字'),
  password: z.string().min(8).max(256),
});

export const resetPasswordBodySchema = z.strictObject({ password: z.string().min(8).max(256) });
export const userIdParamSchema = z.strictObject({ id: z.coerce.number().int().positive() });

export const changePasswordBodySchema = z.strictObject({
  currentPassword: z.string().min(1).max(256),
  newPassword: z.string().min(8).max(256),
});

export const setupBodySchema = z.strictObject({
  token: z.string().min(16).max(128),
  username: usernameSchema,
  displayName: z.string().trim().min(1).max(100).optional(),
  password: z.string().min(8).max(256),
  areaCode: z.string().regex(/^\d{6}(\d{3}(\d{3})?)?$/, '区划代码应为 6、9 或 12 位数字'),
});

export const userChangeBodySchema = z
  .strictObject({
    active: z.boolean().optional(),
    role: roleSchema.optional(),
    areaCode: z.string().regex(/^\d{6}(\d{3}(\d{3})?)?$/, '区划代码应为 6、9 或 12 位数字').optional(),
    displayName: z.string().trim().min(1).max(100).optional(),
  })
  .refine((b) => Object.keys(b).length > 0, '至少修改一项');
