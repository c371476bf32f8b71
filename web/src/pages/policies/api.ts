/** One typed function per endpoint the policy and simulation pages call. Money is integer fen. */
import { get, post, qs } from '../../api/client.ts';
import type { ApiBody, ApiResponse, ItemOf } from '../../api/contract.ts';
import type { Area } from '../../api/types.ts';

/** A decimal string as published, e.g. "0.3" or "1.5": never a float. */
export type Rate = string;
export const PAYMENT_PERIODS = ['monthly', 'quarterly', 'half_yearly', 'yearly'] as const;
export type PaymentPeriod = (typeof PAYMENT_PERIODS)[number];

export type PolicyInForce = Omit<ApiResponse<'/api/v1/policies/{areaCode}', 'get'>, 'sources'> & { sources: Record<PolicyKey, PolicySource> };
export type Policy = PolicyInForce['policy'];
/** A stored parameter: `dibao.urbanStandard`, `elderly.tiers`, … */
export type PolicyKey = ItemOf<SimulationInput['changes']>['key'];
/** Which area's row supplies a key: set locally or inherited from an ancestor. */
export type PolicySource = ApiResponse<'/api/v1/policies/{areaCode}', 'get'>['sources'][string];
export type ParameterVersion = ItemOf<ApiResponse<'/api/v1/policies/{areaCode}/history', 'get'>['items']>;
export type SimulationResult = ApiResponse<'/api/v1/simulations', 'post'>;
export type SimulationTally = SimulationResult['baseline'];
export type SimulationAreaRow = ItemOf<SimulationResult['byStreet']>;
export type SimulationInput = ApiBody<'/api/v1/simulations', 'post'>;

export const policiesApi = {
  inForce: (areaCode: string, asOf: string) => get<PolicyInForce>(`/policies/${encodeURIComponent(areaCode)}${qs({ asOf })}`),
  history: (areaCode: string, key: PolicyKey) => get<{ items: ParameterVersion[] }>(`/policies/${encodeURIComponent(areaCode)}/history${qs({ key })}`),
  setParameter: (areaCode: string, body: { key: PolicyKey; effectiveFrom: string; value: unknown; note?: string }) =>
    post<ApiResponse<'/api/v1/policies/{areaCode}/parameters', 'post'>>(`/policies/${encodeURIComponent(areaCode)}/parameters`, body),
  simulate: (body: SimulationInput) => post<SimulationResult>('/simulations', body),
  /** An area and its children, for naming codes and offering the user's streets. */
  area: (code: string) => get<{ area: Area; children: Area[] }>(`/areas/${encodeURIComponent(code)}`),
};
