import { z } from 'zod';

const memberSchema = z.object({
  id: z.number().int(),
  idNumberMasked: z.string(),
  name: z.string(),
  sex: z.enum(['male', 'female']),
  birthDate: z.string(),
  age: z.number().int(),
  relation: z.string(),
  ethnicity: z.string().nullable(),
  maritalStatus: z.string().nullable(),
  laborCapacity: z.string(),
  employment: z.string(),
  student: z.boolean(),
  health: z.string().nullable().describe('null for roles that may not see health data'),
  diagnosis: z.string().nullable(),
  disability: z.object({ category: z.string(), grade: z.number().int(), certificate: z.string().nullable() }).nullable(),
  selfCare: z.string().nullable(),
  flags: z.array(z.string()),
  inPrison: z.boolean(),
  lifeStatus: z.enum(['alive', 'deceased', 'moved_away', 'imprisoned']),
  statusDate: z.string().nullable(),
  phone: z.string().nullable(),
  bankAccount: z.object({ bankName: z.string(), accountNumberMasked: z.string() }).nullable().describe("the member's own account (the holder is the member)"),
});

export const householdFileSchema = z.object({
  id: z.number().int(),
  areaCode: z.string(),
  areaName: z.string(),
  address: z.string(),
  urbanRural: z.enum(['urban', 'rural']),
  phone: z.string().nullable(),
  category: z.enum(['A', 'B', 'C']).nullable(),
  status: z.string(),
  version: z.number().int(),
  createdAt: z.string(),
  updatedAt: z.string(),
  headPersonId: z.number().int().nullable(),
  bankAccount: z.object({ bankName: z.string(), accountNumberMasked: z.string(), accountHolder: z.string() }).nullable(),
  members: z.array(memberSchema),
  incomes: z.array(z.object({ personId: z.number().int(), memberName: z.string(), type: z.string(), monthly: z.number().int(), note: z.string().nullable() })),
  deductions: z.array(z.object({ personId: z.number().int(), memberName: z.string(), type: z.string(), monthly: z.number().int() })),
  assets: z.array(
    z.object({
      personId: z.number().int().nullable(),
      memberName: z.string().nullable(),
      type: z.string(),
      value: z.number().int(),
      exempt: z.boolean(),
      areaSqm: z.number().int().nullable(),
      description: z.string().nullable(),
    }),
  ),
  obligors: z.array(
    z.object({ name: z.string(), idNumberMasked: z.string().nullable(), relation: z.string(), monthlySupport: z.number().int(), ableToSupport: z.boolean() }),
  ),
});

export const householdListResponseSchema = z.object({
  /** Matches counted, at most 10,000 (list-queries TOTAL_CAP). */
  total: z.number().int(),
  /** More may match than `total`: show "10,000+" and ask for a narrower search. */
  totalCapped: z.boolean(),
  items: z.array(
    z.object({
      id: z.number().int(),
      areaCode: z.string(),
      areaName: z.string(),
      address: z.string(),
      urbanRural: z.enum(['urban', 'rural']),
      category: z.enum(['A', 'B', 'C']).nullable(),
      headName: z.string().nullable(),
      headIdNumberMasked: z.string().nullable(),
      memberCount: z.number().int(),
      version: z.number().int(),
      updatedAt: z.string(),
    }),
  ),
});

export const personSearchResponseSchema = z.object({
  items: z.array(
    z.object({
      id: z.number().int(),
      idNumberMasked: z.string(),
      name: z.string(),
      sex: z.enum(['male', 'female']),
      birthDate: z.string(),
      relation: z.string(),
      householdId: z.number().int(),
      areaCode: z.string(),
      areaName: z.string(),
      address: z.string(),
    }),
  ),
});

export const historyResponseSchema = z.object({
  items: z.array(
    z.object({
      seq: z.number().int(),
      at: z.string(),
      actorUsername: z.string().nullable(),
      action: z.string(),
      oldValue: z.unknown(),
      newValue: z.unknown(),
      redacted: z.boolean().describe('true when health fields were hidden from this reader (values read "（已隐去）")'),
    }),
  ),
});
