import { z } from 'zod';
import { LOCAL_CODE_PATTERN, type LocalProgramCode } from '../programs/local.ts';

/**
 * The case workflow of DOMAIN.md §5: 申请 → 入户调查 → 核对 → (民主评议) → 街道审核 → 公示 → 区县确认.
 * Programs with a full means test (dibao, tekun, temporary) take the long path; the simpler
 * subsidies and the local programs an administrator defines (`local_…`) the short one
 * (申请 → 街道审核 → 区县确认).
 */
export const CASE_PROGRAMS = [
  'dibao',
  'tekun',
  'temporary',
  'disability_living',
  'disability_care',
  'elderly_allowance',
  'orphan',
  'de_facto_orphan',
] as const;
export type CaseProgram = (typeof CASE_PROGRAMS)[number];
/** A built-in program or a local one: what an application, enrolment and payroll carry. */
export type CaseProgramCode = CaseProgram | LocalProgramCode;

/** A built-in program, or a local one (`local_…`) whose definition the service checks. */
export const caseProgramSchema = z.union([
  z.enum(CASE_PROGRAMS),
  z.string().regex(LOCAL_CODE_PATTERN, '未知的救助项目').transform((s) => s as LocalProgramCode),
]);

export const CASE_STATES = [
  'submitted', // 申请/受理
  'investigation', // 入户调查
  'verification', // 家庭经济状况核对
  'democratic_review', // 民主评议
  'street_review', // 街道审核
  'public_notice', // 公示
  'county_confirmation', // 区县确认
  'approved',
  'rejected',
  'appealed',
  'withdrawn',
] as const;
export type CaseState = (typeof CASE_STATES)[number];

export const TERMINAL_STATES: readonly CaseState[] = ['approved', 'withdrawn'];

export type CasePath = 'full' | 'short';

export function pathOf(program: CaseProgramCode): CasePath {
  return program === 'dibao' || program === 'tekun' || program === 'temporary' ? 'full' : 'short';
}

/** The steps of a path in order; democratic review only when the case calls for it. */
export function stepsOf(path: CasePath, democraticReview: boolean): CaseState[] {
  if (path === 'short') return ['submitted', 'street_review', 'county_confirmation'];
  return [
    'submitted',
    'investigation',
    'verification',
    ...(democraticReview ? (['democratic_review'] as const) : []),
    'street_review',
    'public_notice',
    'county_confirmation',
  ];
}
