import { z } from 'zod';
import { POLICY_KEYS, type PolicyKey } from '../../domain/policy.ts';

export const simulationInputSchema = z.strictObject({
  areaCode: z.string().regex(/^(\d{6}|\d{9}|\d{12})$/, '应为区县、街道或社区代码'),
  /** The date from which the changed parameters would apply. */
  asOf: z.iso.date(),
  program: z.enum(['dibao']).default('dibao'),
  changes: z
    .array(z.strictObject({ key: z.enum(POLICY_KEYS as [PolicyKey, ...PolicyKey[]]), value: z.unknown() }))
    .min(1)
    .max(20),
});
export type SimulationInput = z.infer<typeof simulationInputSchema>;

const tallySchema = z.object({
  households: z.number().int(),
  eligibleHouseholds: z.number().int(),
  eligiblePersons: z.number().int(),
  monthlyAmount: z.number().int().describe('fen'),
});

const areaRowSchema = z.object({
  areaCode: z.string(),
  name: z.string(),
  baseline: tallySchema,
  simulated: tallySchema,
  newlyEligible: z.number().int(),
  noLongerEligible: z.number().int(),
  monthlyChange: z.number().int(),
});

export const simulationResultSchema = z.object({
  areaCode: z.string(),
  asOf: z.string(),
  program: z.string(),
  baselinePolicyVersion: z.string(),
  baseline: tallySchema,
  simulated: tallySchema,
  newlyEligible: z.number().int(),
  noLongerEligible: z.number().int(),
  monthlyChange: z.number().int().describe('fen'),
  yearlyChange: z.number().int().describe('fen, 12 × monthly'),
  skipped: z.number().int(),
  byStreet: z.array(areaRowSchema),
  byCommunity: z.array(areaRowSchema),
  elapsedMs: z.number(),
});
export type SimulationResult = z.infer<typeof simulationResultSchema>;
