import { api, apiWithStatus, get, post, qs } from '../../api/client.ts';
import type { Page } from '../../api/types.ts';

/** The payments API (src/modules/payments/routes.ts), one typed function per endpoint. Money is integer fen. */

export const PAYROLL_PROGRAMS = ['dibao', 'tekun', 'disability_living', 'disability_care', 'elderly_allowance', 'orphan', 'de_facto_orphan'] as const;
/** Lump sums for every program paid monthly (a temporary grant is itself one-off). */
export const LUMP_SUM_PROGRAMS = PAYROLL_PROGRAMS;

export type PayrollStatus = 'prepared' | 'approved';
export type LineKind = 'regular' | 'back_pay' | 'recovery' | 'lump_sum';
export type LineChange = 'new' | 'changed' | 'same';
export type BankStatus = 'pending' | 'paid' | 'failed';
export type EnrolmentStatus = 'active' | 'suspended' | 'stopped';
export type ChangeKind = 'amount' | 'suspend' | 'resume' | 'stop';

export const LINE_KINDS: readonly LineKind[] = ['regular', 'back_pay', 'recovery', 'lump_sum'];
export const LINE_CHANGES: readonly LineChange[] = ['new', 'changed', 'same'];
export const BANK_STATUSES: readonly BankStatus[] = ['pending', 'paid', 'failed'];
export const ENROLMENT_STATUSES: readonly EnrolmentStatus[] = ['active', 'suspended', 'stopped'];
export const CHANGE_KINDS: readonly ChangeKind[] = ['amount', 'suspend', 'resume', 'stop'];
export const STOP_REASONS = ['income_rise', 'death', 'moved_away', 'voluntary', 'review_ineligible', 'other'] as const;
export const AMOUNT_REASONS = ['review', 'policy_change', 'household_change', 'correction'] as const;
export const SUSPEND_REASONS = ['review_pending', 'unreachable', 'in_prison', 'other'] as const;
export const RESUME_REASONS = ['review_passed', 'reachable', 'released', 'other'] as const;

/** 发放名册: a frozen snapshot of who is paid what for a month (or a one-off sum). */
export interface Payroll {
  id: number;
  kind: 'monthly' | 'lump_sum';
  program: string;
  areaCode: string;
  areaName: string;
  month: string;
  months: string[];
  title: string;
  status: PayrollStatus;
  households: number;
  persons: number;
  totalAmount: number;
  cityAmount: number;
  districtAmount: number;
  lumpSumPerPerson: number | null;
  createdAt: string;
  createdBy: string | null;
  approvedAt: string | null;
  approvedBy: string | null;
  bankResultAt: string | null;
  bankCounts: { pending: number; paid: number; failed: number };
  differences: { new: number; changed: number; stopped: number };
  period: PaymentPeriod;
  funding: { cityShare: string; source: string } | null;
  refusedLines: number;
  institutions: { institutionId: number; name: string; bankName: string; bankAccount: string; amount: number; residents: string[] }[];
}

export type PaymentPeriod = 'monthly' | 'quarterly' | 'half_yearly' | 'yearly';
export type PayeeKind = 'self' | 'household' | 'guardian' | 'relative' | 'institution' | 'other';
export type AgentKind = 'guardian' | 'relative' | 'institution' | 'other';
export const AGENT_KINDS: readonly AgentKind[] = ['guardian', 'relative', 'institution', 'other'];
export type Refusal = 'no_account' | 'holder_mismatch';

/** 收款人: who an enrolment is paid to now, and why a payroll would refuse it. */
export interface Payee {
  kind: PayeeKind;
  institutionId: number | null;
  name: string;
  idNumber: string | null;
  bankName: string | null;
  bankAccount: string | null;
  reason: string | null;
  refusal: Refusal | null;
}

export interface PayeeInput {
  kind: AgentKind;
  institutionId?: number;
  name?: string;
  idNumber?: string;
  bankName?: string;
  accountNumber?: string;
  reason: string;
}

export interface Institution {
  id: number;
  name: string;
  areaCode: string;
  kind: string;
  bankName: string;
  bankAccount: string;
  createdAt: string;
}

export interface PayrollLine {
  id: number;
  enrolmentId: number;
  householdId: number;
  payeeName: string;
  payeeIdNumber: string;
  bankName: string | null;
  bankAccount: string | null;
  areaCode: string;
  areaName: string;
  forMonth: string;
  kind: LineKind;
  amount: number;
  reason: string;
  persons: number;
  category: string | null;
  reference: string;
  bankStatus: BankStatus;
  failureReason: string | null;
  change: LineChange | null;
  previousAmount: number | null;
  payeeKind: PayeeKind | null;
  refusal: Refusal | null;
}

export interface StoppedLine {
  enrolmentId: number;
  householdId: number;
  payeeName: string;
  payeeIdNumber: string;
  previousAmount: number;
  stopReason: string | null;
}

export interface BankResult {
  paid: number;
  failed: number;
  unknown: string[];
}

export interface EnrolmentItem {
  id: number;
  householdId: number;
  personId: number | null;
  payeeName: string;
  program: string;
  category: string | null;
  monthlyAmount: number;
  coveredPersons: number;
  startMonth: string;
  endMonth: string | null;
  status: EnrolmentStatus;
  stopReason: string | null;
  areaCode: string;
  areaName: string;
}

export interface EnrolmentChange {
  id: number;
  kind: 'start' | ChangeKind;
  effectiveMonth: string;
  monthlyAmount: number | null;
  reasonCode: string | null;
  reason: string | null;
  decidedOn: string;
  actor: string | null;
  createdAt: string;
}

export interface Adjustment {
  id: number;
  kind: 'back_pay' | 'recovery';
  totalAmount: number;
  settledAmount: number;
  monthlyLimit: number | null;
  firstMonth: string;
  reason: string;
  source: string;
  status: string;
}

export interface EnrolmentPayment {
  payrollId: number;
  forMonth: string;
  kind: LineKind;
  amount: number;
  bankStatus: BankStatus;
}

export interface EnrolmentView extends EnrolmentItem {
  payee: Payee;
  changes: EnrolmentChange[];
  adjustments: Adjustment[];
  payments: EnrolmentPayment[];
}

export interface ChangeInput {
  kind: ChangeKind;
  effectiveMonth: string;
  monthlyAmount?: number;
  reasonCode: string;
  reason: string;
  recoveryMonthlyLimit?: number;
}

export interface PayrollFilters {
  month?: string;
  program?: string;
  areaCode?: string;
  status?: string;
}

export interface LineFilters {
  q?: string;
  kind?: string;
  change?: string;
  bankStatus?: string;
  refusal?: 'any' | Refusal;
}

export interface EnrolmentFilters {
  areaCode?: string;
  program?: string;
  status?: string;
  q?: string;
}

/**
 * POST answers 201 for a new payroll and 200 with the existing one (the same program, area
 * and month is produced once): the page says "已存在" then, so this call keeps the status.
 */
async function createPayroll(path: string, body: unknown): Promise<{ payroll: Payroll; existed: boolean }> {
  const { status, data } = await apiWithStatus<Payroll>('POST', path, body);
  return { payroll: data, existed: status === 200 };
}

export const paymentsApi = {
  payrolls: (p: PayrollFilters & { page: number; pageSize: number }) => get<Page<Payroll>>(`/payrolls${qs({ ...p })}`),
  payroll: (id: number) => get<Payroll>(`/payrolls/${id}`),
  createPayroll: (body: { program: string; areaCode: string; month: string; months?: string[] }) => createPayroll('/payrolls', body),
  createLumpSum: (body: { title: string; program: string; areaCode: string; month: string; amountPerPerson: number }) => createPayroll('/payrolls/lump-sums', body),
  lines: (id: number, p: LineFilters & { page: number; pageSize: number }) => get<Page<PayrollLine>>(`/payrolls/${id}/lines${qs({ ...p })}`),
  stopped: (id: number) => get<{ items: StoppedLine[] }>(`/payrolls/${id}/stopped`),
  approve: (id: number) => post<Payroll>(`/payrolls/${id}/approve`),
  uploadBankResult: (id: number, form: FormData) => post<BankResult>(`/payrolls/${id}/bank-result`, form),
  bankFileUrl: (id: number, format: 'csv' | 'xlsx') => `/api/v1/payrolls/${id}/bank-file?format=${format}`,
  enrolments: (p: EnrolmentFilters & { page: number; pageSize: number }) => get<Page<EnrolmentItem>>(`/enrolments${qs({ ...p })}`),
  enrolment: (id: number) => get<EnrolmentView>(`/enrolments/${id}`),
  period: (p: { program: string; areaCode: string; month: string }) => get<{ period: PaymentPeriod; months: string[]; month: string }>(`/payrolls/period${qs(p)}`),
  setPayee: (id: number, body: PayeeInput) => api<Payee>('PUT', `/enrolments/${id}/payee`, body),
  clearPayee: (id: number) => api<Payee>('DELETE', `/enrolments/${id}/payee`),
  institutions: (p: { areaCode?: string; q?: string } = {}) => get<{ items: Institution[] }>(`/institutions${qs(p)}`),
  createInstitution: (body: { name: string; areaCode: string; kind: string; bankName: string; accountNumber: string }) => post<Institution>('/institutions', body),
  /** Full numbers of one record, each request audited (lists are masked for every role). */
  revealLine: (payrollId: number, lineId: number) => post<{ idNumber: string; bankAccount: string | null }>(`/payrolls/${payrollId}/lines/${lineId}/reveal`),
  revealPayee: (enrolmentId: number) => post<{ idNumber: string | null; bankAccount: string | null }>(`/enrolments/${enrolmentId}/payee/reveal`),
  revealInstitution: (id: number) => post<{ bankAccount: string }>(`/institutions/${id}/reveal`),
  change: (id: number, body: ChangeInput) => post<{ enrolment: EnrolmentItem; adjustment: Adjustment | null }>(`/enrolments/${id}/changes`, body),
};
