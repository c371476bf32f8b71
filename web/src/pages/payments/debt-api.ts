import { get, post, qs } from '../../api/client.ts';
import type { ApiBody, ApiQuery, ApiResponse, ItemOf } from '../../api/contract.ts';

/** 欠款 (src/modules/payments/debt-routes.ts): types from the generated contract. */
export type DebtList = ApiResponse<'/api/v1/debts', 'get'>;
export type Debt = ItemOf<DebtList['items']>;
export type DebtStatusFilter = NonNullable<ApiQuery<'/api/v1/debts', 'get'>['status']>;

export const debtApi = {
  list: (q: ApiQuery<'/api/v1/debts', 'get'>) => get<DebtList>(`/debts${qs(q)}`),
  deduct: (id: number, body: ApiBody<'/api/v1/debts/{id}/deduct', 'post'>) => post<Debt>(`/debts/${id}/deduct`, body),
  repay: (id: number, body: ApiBody<'/api/v1/debts/{id}/repay', 'post'>) => post<Debt>(`/debts/${id}/repay`, body),
  writeOff: (id: number, body: ApiBody<'/api/v1/debts/{id}/write-off', 'post'>) => post<Debt>(`/debts/${id}/write-off`, body),
};
