import { get, post } from '../../api/client.ts';
import type { ApiBody, ApiResponse, ItemOf } from '../../api/contract.ts';

/** Person status and the household's benefits (一户一档), issue 16. */
export type HouseholdBenefits = ApiResponse<'/api/v1/households/{id}/benefits', 'get'>;
export type StatusResult = ApiResponse<'/api/v1/persons/{id}/status', 'post'>;
export type StatusEntry = ItemOf<StatusResult['history']>;
export type StatusInput = ApiBody<'/api/v1/persons/{id}/status', 'post'>;
export type LifeStatus = StatusInput['status'];

export const benefitsApi = {
  benefits: (householdId: number) => get<HouseholdBenefits>(`/households/${householdId}/benefits`),
  recordStatus: (personId: number, body: StatusInput) =>
    post<StatusResult>(`/persons/${personId}/status`, body),
};
