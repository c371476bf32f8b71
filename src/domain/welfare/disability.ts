/**
 * 残疾人 (issue 22): the disability certificate and the employment poverty-relief base criteria.
 * Pure: no I/O.
 */
import { DISABILITY_CATEGORIES } from '../household.ts';

export type DisabilityCategory = (typeof DISABILITY_CATEGORIES)[number];

/**
 * 第二代残疾人证 number: the holder's 18-character ID number, then one digit for the category
 * (1 视力 2 听力 3 言语 4 肢体 5 智力 6 精神 7 多重) and one for the grade (1–4). The number
 * therefore names its holder and what it certifies; a certificate whose number disagrees with
 * the person or with its own category and grade is refused.
 */
export const CATEGORY_DIGITS: Record<DisabilityCategory, string> = {
  visual: '1',
  hearing: '2',
  speech: '3',
  physical: '4',
  intellectual: '5',
  mental: '6',
  multiple: '7',
};

export type CertificateProblem = { code: 'certificate_number_format' | 'certificate_number_person' | 'certificate_number_category' | 'certificate_number_grade'; field: 'number' };

export function checkCertificateNumber(number: string, idNumber: string, category: DisabilityCategory, grade: number): CertificateProblem | null {
  const n = number.toUpperCase();
  if (!/^\d{17}[\dX]\d\d$/.test(n)) return { code: 'certificate_number_format', field: 'number' };
  if (n.slice(0, 18) !== idNumber.toUpperCase()) return { code: 'certificate_number_person', field: 'number' };
  if (n[18] !== CATEGORY_DIGITS[category]) return { code: 'certificate_number_category', field: 'number' };
  if (n[19] !== String(grade)) return { code: 'certificate_number_grade', field: 'number' };
  return null;
}

export type CertificateState = 'valid' | 'review_due' | 'revoked';

/** Within this many days of its review date (or past it) a certificate is listed for review. */
export const REVIEW_NOTICE_DAYS = 30;

/**
 * A revoked certificate certifies nothing; a valid one whose review date is near or past is
 * still the person's certificate (the subsidies keep reading it) but is listed for review.
 */
export function certificateState(c: { status: string; reviewOn: string | null }, today: string): CertificateState {
  if (c.status === 'revoked') return 'revoked';
  if (c.reviewOn === null) return 'valid';
  const notice = new Date(`${today}T00:00:00Z`);
  notice.setUTCDate(notice.getUTCDate() + REVIEW_NOTICE_DAYS);
  return c.reviewOn <= notice.toISOString().slice(0, 10) ? 'review_due' : 'valid';
}

/**
 * What the registry (and so the two subsidies) reads of a person's disability: the live
 * certificate's category, grade and number, or nothing once it is revoked.
 */
export function disabilityFromCertificate(c: { status: string; category: string; grade: number; number: string } | null) {
  if (c === null || c.status === 'revoked') return { disability_category: null, disability_grade: null, disability_certificate: null };
  return { disability_category: c.category, disability_grade: c.grade, disability_certificate: c.number };
}

/** 就业扶贫基地 criteria (DOMAIN.md §8, the street disability work plan). */
export const BASE_MIN_DISABLED_EMPLOYEES = 10;
export const BASE_MIN_HOUSEHOLDS_SERVED = 20;
/** fen a year: 100,000 yuan */
export const BASE_MIN_ANNUAL_OUTPUT = 10_000_000;
/** fen a year: 10,000 yuan */
export const BASE_MIN_PER_CAPITA_INCOME = 1_000_000;

export interface EmploymentBaseFacts {
  year: number;
  appliedOn: string;
  inspectedOn: string | null;
  disabledEmployees: number;
  householdsServed: number;
  annualOutput: number;
  perCapitaIncome: number;
}

export type BaseCriterionCode = 'disabled_beneficiaries' | 'annual_output' | 'per_capita_income' | 'applied_by_april' | 'inspected_in_july';

export interface BaseCriterion {
  code: BaseCriterionCode;
  met: boolean;
  /** what the base has, and what the rule asks, in the same unit (persons, households, fen, dates) */
  actual: string | number | null;
  required: string;
}

export interface BaseEvaluation {
  criteria: BaseCriterion[];
  /** every criterion met: the base may be funded */
  qualified: boolean;
}

/**
 * Each criterion met or not, with the figure it was judged on: ≥ 10 disabled employees OR
 * ≥ 20 disabled households served; output ≥ 100,000 yuan a year; per-capita income ≥ 10,000
 * yuan a year; the application made by the end of April and the inspection held in July of
 * the base's year. Funding follows only when all are met.
 */
export function evaluateEmploymentBase(b: EmploymentBaseFacts): BaseEvaluation {
  const y = String(b.year);
  const employees = b.disabledEmployees >= BASE_MIN_DISABLED_EMPLOYEES;
  const households = b.householdsServed >= BASE_MIN_HOUSEHOLDS_SERVED;
  const criteria: BaseCriterion[] = [
    {
      code: 'disabled_beneficiaries',
      met: employees || households,
      actual: `${b.disabledEmployees}/${b.householdsServed}`,
      required: `≥ ${BASE_MIN_DISABLED_EMPLOYEES} 名残疾职工 或 ≥ ${BASE_MIN_HOUSEHOLDS_SERVED} 户残疾人家庭`,
    },
    { code: 'annual_output', met: b.annualOutput >= BASE_MIN_ANNUAL_OUTPUT, actual: b.annualOutput, required: `≥ ${BASE_MIN_ANNUAL_OUTPUT}` },
    { code: 'per_capita_income', met: b.perCapitaIncome >= BASE_MIN_PER_CAPITA_INCOME, actual: b.perCapitaIncome, required: `≥ ${BASE_MIN_PER_CAPITA_INCOME}` },
    { code: 'applied_by_april', met: b.appliedOn >= `${y}-01-01` && b.appliedOn <= `${y}-04-30`, actual: b.appliedOn, required: `${y}-01-01 ~ ${y}-04-30` },
    {
      code: 'inspected_in_july',
      met: b.inspectedOn !== null && b.inspectedOn.slice(0, 7) === `${y}-07`,
      actual: b.inspectedOn,
      required: `${y}-07-01 ~ ${y}-07-31`,
    },
  ];
  return { criteria, qualified: criteria.every((c) => c.met) };
}
