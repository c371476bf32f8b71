import { z } from 'zod';

/** One line of a calculation's trace: the step, its value and the parameter it came from. */
export const traceSchema = z.array(
  z.object({
    step: z.string(),
    value: z.union([z.number(), z.string(), z.boolean()]),
    param: z.string().optional(),
    memberIndex: z.number().int().optional(),
    detail: z.record(z.string(), z.unknown()).optional(),
  }),
);

/** The trace in the user's language, line by line, with the reasons (for any program's result). */
export const explanationSchema = z.object({
  lines: z.array(z.object({ step: z.string(), label: z.string(), value: z.string(), param: z.string().optional(), memberIndex: z.number().int().optional() })),
  reasons: z.array(z.string()),
});
