import { get, post, put, qs } from '../../api/client.ts';
import type { ApiBody, ApiResponse, ItemOf } from '../../api/contract.ts';
import type { CalculationResult } from '../../api/types.ts';

/** 地方项目's API (src/modules/programs/routes.ts), one typed function per endpoint. */

export const LOCAL_SUBJECTS = ['person', 'household'] as const;
export const LOCAL_AMOUNT_BASES = ['per_person', 'per_household', 'per_covered_person'] as const;
export const LOCAL_KINDS = ['cash', 'in_kind', 'voucher'] as const;
export const PAYMENT_PERIODS = ['monthly', 'quarterly', 'half_yearly', 'yearly'] as const;
export const DISABILITY_CATEGORIES = ['visual', 'hearing', 'speech', 'physical', 'intellectual', 'mental', 'multiple'] as const;
export const PERSON_FLAGS = ['solitary_elderly', 'empty_nest', 'left_behind', 'orphan', 'de_facto_orphan', 'entitled_group'] as const;

export type LocalProgram = ItemOf<ApiResponse<'/api/v1/programs/local', 'get'>['items']>;
export type LocalProgramRules = LocalProgram['rules'];
export type LocalProgramInput = ApiBody<'/api/v1/programs/local', 'post'>;

export const programsApi = {
  list: (p: { appliesTo?: string; activeOnly?: 'true' } = {}) => get<{ items: LocalProgram[] }>(`/programs/local${qs(p)}`),
  create: (body: LocalProgramInput) => post<LocalProgram>('/programs/local', body),
  update: (id: number, body: ApiBody<'/api/v1/programs/local/{id}', 'put'>) => put<LocalProgram>(`/programs/local/${id}`, body),
  /** eligibility and amount for a registered household, with the explanation line by line */
  evaluate: (code: string, body: { householdId: number; subjectPersonId?: number; asOf?: string }) => post<CalculationResult>(`/programs/local/${code}/evaluate`, body),
};
