import { api, apiWithStatus, get, post, qs } from '../../api/client.ts';
import type { ApiBody, ApiQuery, ApiResponse, ItemOf } from '../../api/contract.ts';
import type { Page } from '../../api/types.ts';

/** The payments API (src/modules/payments/routes.ts), one typed function per endpoint. Money is integer fen. */

export const PAYROLL_PROGRAMS = [
  'dibao',
  'tekun',
  'disability_living',
  'disability_care',
  'elderly_allowance',
  'orphan',
  'de_facto_orphan',
  // 优抚金 (issue 22): the periodic lines
  'veteran_survivor_pension',
  'veteran_disability_pension',
  'veteran_demobilised_subsidy',
  'veteran_ill_subsidy',
  'veteran_war_subsidy',
  'veteran_militia_subsidy',
] as const;
/** Lump sums for every program paid monthly (a temporary grant is itself one-off), and the 优抚 lines paid only so. */
export const LUMP_SUM_PROGRAMS = [...PAYROLL_PROGRAMS, 'conscript_family_allowance', 'veteran_spring_festival'] as const;

export type Payroll = ApiResponse<'/api/v1/payrolls/{id}', 'get'>;
export type PayrollStatus = Payroll['status'];
export type PaymentPeriod = Payroll['period'];
export type PayrollLine = ItemOf<ApiResponse<'/api/v1/payrolls/{id}/lines', 'get'>['items']>;
export type LineKind = PayrollLine['kind'];
export type LineChange = NonNullable<PayrollLine['change']>;
export type BankStatus = PayrollLine['bankStatus'];
export type StoppedLine = ItemOf<ApiResponse<'/api/v1/payrolls/{id}/stopped', 'get'>['items']>;
export type BankResult = ApiResponse<'/api/v1/payrolls/{id}/bank-result', 'post'>;

/** 收款人: who an enrolment is paid to now, and why a payroll would refuse it. */
export type Payee = ApiResponse<'/api/v1/enrolments/{id}/payee', 'put'>;
export type PayeeKind = NonNullable<PayrollLine['payeeKind']>;
export type Refusal = NonNullable<Payee['refusal']>;
export type PayeeInput = ApiBody<'/api/v1/enrolments/{id}/payee', 'put'>;
export type AgentKind = PayeeInput['kind'];
export const AGENT_KINDS: readonly AgentKind[] = ['guardian', 'relative', 'institution', 'other'];

export type Institution = ItemOf<ApiResponse<'/api/v1/institutions', 'get'>['items']>;
export type EnrolmentItem = ItemOf<ApiResponse<'/api/v1/enrolments', 'get'>['items']>;
export type EnrolmentStatus = EnrolmentItem['status'];
export type EnrolmentView = ApiResponse<'/api/v1/enrolments/{id}', 'get'>;
export type EnrolmentChange = ItemOf<EnrolmentView['changes']>;
export type Adjustment = ItemOf<EnrolmentView['adjustments']>;
export type EnrolmentPayment = ItemOf<EnrolmentView['payments']>;
export type ChangeInput = ApiBody<'/api/v1/enrolments/{id}/changes', 'post'>;
export type ChangeKind = ChangeInput['kind'];

export const LINE_KINDS: readonly LineKind[] = ['regular', 'back_pay', 'recovery', 'lump_sum'];
export const LINE_CHANGES: readonly LineChange[] = ['new', 'changed', 'same'];
export const BANK_STATUSES: readonly BankStatus[] = ['pending', 'paid', 'failed'];
export const ENROLMENT_STATUSES: readonly EnrolmentStatus[] = ['active', 'suspended', 'stopped'];
export const CHANGE_KINDS: readonly ChangeKind[] = ['amount', 'suspend', 'resume', 'stop'];
export const STOP_REASONS = ['income_rise', 'death', 'moved_away', 'voluntary', 'review_ineligible', 'other'] as const;
export const AMOUNT_REASONS = ['review', 'policy_change', 'household_change', 'correction'] as const;
export const SUSPEND_REASONS = ['review_pending', 'unreachable', 'in_prison', 'other'] as const;
export const RESUME_REASONS = ['review_passed', 'reachable', 'released', 'other'] as const;

export type PayrollFilters = Pick<ApiQuery<'/api/v1/payrolls', 'get'>, 'month' | 'program' | 'areaCode' | 'status'>;
export type LineFilters = Pick<ApiQuery<'/api/v1/payrolls/{id}/lines', 'get'>, 'q' | 'kind' | 'change' | 'bankStatus' | 'refusal'>;
export type EnrolmentFilters = Pick<ApiQuery<'/api/v1/enrolments', 'get'>, 'areaCode' | 'program' | 'status' | 'q'>;

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
