/**
 * 走访慰问 condolence drives (DOMAIN.md §8, issue 21): who a drive covers, what each household
 * receives, and the totals counted the way the ledgers count them (户/人/人次/元).
 */
import { z } from 'zod';
import { PERSON_FLAGS } from '../household.ts';

/** 慰问时机: Spring Festival, Double Ninth, Army Day (八一), Party Day (七一), disaster, other. */
export const OCCASIONS = ['spring_festival', 'double_ninth', 'army_day', 'party_day', 'disaster', 'other'] as const;
export type Occasion = (typeof OCCASIONS)[number];

/** Cash per household (每户), per covered person (每人), or goods only. */
export const CASH_BASES = ['household', 'person', 'none'] as const;
export type CashBasis = (typeof CASH_BASES)[number];

/**
 * One clause of a coverage rule: every condition given must hold for a person (AND). A rule is a
 * list of clauses, any of which covers the person (OR): "dibao and tekun households, plus elderly
 * 80+ living alone" is `[{ programs: ['dibao', 'tekun'] }, { minAge: 80, flags: ['solitary_elderly'] }]`.
 * `programs` means an active enrolment covering the person (a household enrolment covers every member).
 */
export const coverageClauseSchema = z
  .strictObject({
    programs: z.array(z.string().regex(/^[a-z][a-z0-9_]{1,39}$/)).min(1).optional(),
    flags: z.array(z.enum(PERSON_FLAGS)).min(1).optional(),
    minAge: z.number().int().min(0).max(150).optional(),
    maxAge: z.number().int().min(0).max(150).optional(),
    /** disability grade at most this (1 = most severe) */
    maxDisabilityGrade: z.number().int().min(1).max(4).optional(),
  })
  .refine((c) => Object.keys(c).length > 0, '每条覆盖条件至少设一项（项目、标识、年龄或残疾等级）');
export type CoverageClause = z.infer<typeof coverageClauseSchema>;
export const coverageSchema = z.array(coverageClauseSchema).min(1).max(20);
export type Coverage = z.infer<typeof coverageSchema>;

/** The latest birth date of someone who is at least `age` on `asOf` (a birthday on `asOf` counts). */
export function bornOnOrBefore(asOf: string, age: number): string {
  const year = Number(asOf.slice(0, 4)) - age;
  const md = asOf.slice(5);
  // Born on 29 February: in a year without it the birthday is taken as 1 March, so on 28 Feb not yet.
  return `${String(year).padStart(4, '0')}-${md}`;
}

/** The earliest birth date of someone who is at most `age` (not yet `age + 1`) on `asOf`. */
export function bornAfter(asOf: string, age: number): string {
  return bornOnOrBefore(asOf, age + 1);
}

export interface GoodsItem {
  unitPrice: number;
  perHousehold: number;
}

/** What one household receives: cash by the drive's basis and the value of its goods. */
export function lineAmounts(basis: CashBasis, cashAmount: number, persons: number, goods: readonly GoodsItem[]): { cash: number; goodsValue: number } {
  const cash = basis === 'household' ? cashAmount : basis === 'person' ? cashAmount * persons : 0;
  return { cash, goodsValue: goods.reduce((sum, g) => sum + g.unitPrice * g.perHousehold, 0) };
}

export interface DeliveredLine {
  persons: number;
  cash: number;
  goodsValue: number;
}

export interface DriveTotals {
  /** 户 */
  households: number;
  /** 人: covered persons reached */
  persons: number;
  /** 人次: person-visits (within one drive each person is reached once, so equal to 人) */
  personTimes: number;
  cash: number;
  goodsValue: number;
  /** 元: cash and goods together */
  total: number;
}

/** The totals a ledger reports, from delivered lines only (a line not yet handed over is not aid given). */
export function driveTotals(lines: readonly DeliveredLine[]): DriveTotals {
  const t = { households: 0, persons: 0, personTimes: 0, cash: 0, goodsValue: 0, total: 0 };
  for (const l of lines) {
    t.households += 1;
    t.persons += l.persons;
    t.personTimes += l.persons;
    t.cash += l.cash;
    t.goodsValue += l.goodsValue;
    t.total += l.cash + l.goodsValue;
  }
  return t;
}

/** A delivery needs proof: the recipient's signature or a photo (签字或照片). */
export function deliveryProofMissing(d: { signatureRef?: string | null | undefined; photoRef?: string | null | undefined }): boolean {
  return !d.signatureRef?.trim() && !d.photoRef?.trim();
}
