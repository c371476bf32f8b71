import { get, post, qs } from '../../api/client.ts';
import type { ApiResponse, ItemOf } from '../../api/contract';
import type { Page } from '../../api/types.ts';

/** 慈善 (src/modules/charity/routes.ts). */
export type Movement = ItemOf<ApiResponse<'/api/v1/charity/movements', 'get'>['items']>;
export type Stock = ApiResponse<'/api/v1/charity/items', 'get'>;
export type StockItem = ItemOf<Stock['items']>;
export type Ledger = ApiResponse<'/api/v1/charity/ledger', 'get'>;
export type IssueResult = ApiResponse<'/api/v1/charity/issues', 'post'>;
export type Quota = ApiResponse<'/api/v1/charity/quota', 'get'>;

export const charityApi = {
  donate: (body: Record<string, unknown>) => post<Movement>('/charity/donations', body),
  purchase: (body: Record<string, unknown>) => post<Movement>('/charity/purchases', body),
  issue: (body: { householdId: number; items: { itemId: number; quantity: number }[]; issuedOn: string; note?: string | null }) => post<IssueResult>('/charity/issues', body),
  quota: (householdId: number, month: string) => get<Quota>(`/charity/quota${qs({ householdId, month })}`),
  items: () => get<Stock>('/charity/items'),
  movements: (p: { kind?: string; page: number; pageSize: number }) => get<Page<Movement>>(`/charity/movements${qs(p)}`),
  ledger: () => get<Ledger>('/charity/ledger'),
};

export const MOVEMENT_LABELS: Record<string, string> = { money_in: '捐款', goods_in: '捐物', purchase: '资金采购', issue: '发放' };
