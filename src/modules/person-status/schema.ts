import { z } from 'zod';
import { PERSON_STATUSES, STATUS_SOURCES } from '../../domain/person-status.ts';

const date = z.iso.date('日期应为 YYYY-MM-DD');

export const statusInputSchema = z.strictObject({
  status: z.enum(PERSON_STATUSES),
  /** the day of death, of moving away, of imprisonment, or of release / return (alive) */
  date,
  /** police 公安记录 | funeral 殡葬记录 | family 家属告知 | visit 入户走访 | court 法院判决 | other */
  source: z.enum(STATUS_SOURCES),
  /** imprisoned: the end of the sentence when known */
  until: date.optional(),
  /** moved away: where to */
  destination: z.string().trim().min(1).max(200).optional(),
  note: z.string().trim().min(1).max(500).optional(),
});
export type StatusInput = z.infer<typeof statusInputSchema>;

export const statusEntrySchema = z.object({
  id: z.number(),
  previousStatus: z.string(),
  status: z.string(),
  date: z.string(),
  until: z.string().nullable(),
  source: z.string(),
  destination: z.string().nullable(),
  note: z.string().nullable(),
  recordedBy: z.string().nullable(),
  createdAt: z.string(),
});

export const statusResultSchema = z.object({
  personId: z.number(),
  householdId: z.number(),
  status: z.enum(PERSON_STATUSES),
  statusDate: z.string().nullable(),
  history: z.array(statusEntrySchema),
  /** what the change did to the benefits: one entry per enrolment changed */
  enrolmentChanges: z.array(
    z.object({
      enrolmentId: z.number(),
      program: z.string(),
      kind: z.enum(['stop', 'amount']),
      effectiveMonth: z.string(),
      monthlyAmount: z.number().nullable(),
      recovery: z.object({ id: z.number(), totalAmount: z.number() }).nullable(),
      debts: z.array(z.object({ debtId: z.number(), amount: z.number() })),
    }),
  ),
  householdClosed: z.boolean(),
});

export const householdBenefitsSchema = z.object({
  householdId: z.number(),
  asOf: z.string(),
  enrolments: z.array(
    z.object({
      id: z.number(),
      program: z.string(),
      personId: z.number().nullable(),
      personName: z.string().nullable(),
      category: z.string().nullable(),
      monthlyAmount: z.number(),
      coveredPersons: z.number(),
      startMonth: z.string(),
      endMonth: z.string().nullable(),
      status: z.string(),
      stopReason: z.string().nullable(),
      /** from the review schedule when the enrolment carries one */
      nextReviewDate: z.string().nullable(),
    }),
  ),
  openCases: z.array(z.object({ id: z.number(), program: z.string(), state: z.string(), subjectPersonId: z.number().nullable(), createdAt: z.string(), dueOn: z.string() })),
  lastPayments: z.array(
    z.object({
      id: z.number(),
      payrollId: z.number(),
      enrolmentId: z.number(),
      program: z.string(),
      forMonth: z.string(),
      paidIn: z.string(),
      kind: z.string(),
      amount: z.number(),
      bankStatus: z.string(),
      payrollStatus: z.string(),
    }),
  ),
  openDebts: z.array(z.object({ id: z.number(), enrolmentId: z.number(), program: z.string(), totalAmount: z.number(), outstandingAmount: z.number(), createdAt: z.string() })),
  statusHistory: z.array(statusEntrySchema.extend({ personId: z.number() })),
});
