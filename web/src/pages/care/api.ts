import { get, post, qs } from '../../api/client.ts';
import type { ApiBody, ApiResponse } from '../../api/contract.ts';

/** 走访慰问、探访关爱、居家养老 (src/modules/condolences, care-visits, home-care): types from the generated contract. */
export type DriveList = ApiResponse<'/api/v1/condolence-drives', 'get'>;
export type Drive = DriveList['items'][number];
export type NewDrive = ApiBody<'/api/v1/condolence-drives', 'post'>;
export type LineList = ApiResponse<'/api/v1/condolence-drives/{id}/lines', 'get'>;
export type Line = LineList['items'][number];
export type Delivery = ApiBody<'/api/v1/condolence-drives/{id}/lines/{lineId}/delivery', 'post'>;
export type DrivePayroll = ApiResponse<'/api/v1/condolence-drives/{id}/payroll', 'post'>;
export type DueList = ApiResponse<'/api/v1/visits/due', 'get'>;
export type DueItem = DueList['items'][number];
export type NewVisit = ApiBody<'/api/v1/visits', 'post'>;
export type Visit = ApiResponse<'/api/v1/visits', 'post'>;
export type Catalogue = ApiResponse<'/api/v1/service-catalogue', 'get'>;
export type Wallet = ApiResponse<'/api/v1/wallets/{personId}', 'get'>;
export type NewOrder = ApiBody<'/api/v1/service-orders', 'post'>;
export type Order = ApiResponse<'/api/v1/service-orders', 'post'>;
export type Coverage = ApiResponse<'/api/v1/visits/coverage', 'get'>;

export const careApi = {
  drives: (p: { page: number; pageSize: number }) => get<DriveList>(`/condolence-drives${qs(p)}`),
  createDrive: (body: NewDrive) => post<Drive>('/condolence-drives', body),
  lines: (id: number, p: { areaCode?: string; status?: string; page: number; pageSize: number }) => get<LineList>(`/condolence-drives/${id}/lines${qs(p)}`),
  deliver: (id: number, lineId: number, body: Delivery) => post<Line>(`/condolence-drives/${id}/lines/${lineId}/delivery`, body),
  payByPayroll: (id: number) => post<DrivePayroll>(`/condolence-drives/${id}/payroll`),
  due: (p: { areaCode?: string; before?: string; page: number; pageSize: number }) => get<DueList>(`/visits/due${qs(p)}`),
  recordVisit: (body: NewVisit) => post<Visit>('/visits', body),
  catalogue: () => get<Catalogue>('/service-catalogue'),
  wallet: (personId: number) => get<Wallet>(`/wallets/${personId}`),
  order: (body: NewOrder) => post<Order>('/service-orders', body),
  coverage: (areaCode?: string) => get<Coverage>(`/visits/coverage${qs({ areaCode })}`),
};

export function yuan(fen: number): string {
  return (fen / 100).toFixed(2);
}
