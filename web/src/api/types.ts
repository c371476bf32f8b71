/**
 * The API's shapes the whole app shares, read from the generated contract (./contract.ts):
 * change the server's zod schema, run `npm run gen:api`, and these follow.
 */
import type { ApiResponse, ItemOf } from './contract';

export type User = ApiResponse<'/api/v1/auth/me', 'get'>['user'];
export type Role = User['role'];
export type AreaLevel = ItemOf<User['areaPath']>['level'];
export type Area = ApiResponse<'/api/v1/areas/{code}', 'get'>['area'];
export type UserListItem = ItemOf<ApiResponse<'/api/v1/users', 'get'>['items']>;

export interface Page<T> {
  items: T[];
  total: number;
  /** The household list counts up to a cap: more than `total` match. */
  totalCapped?: boolean;
}

export type AuditEntry = ItemOf<ApiResponse<'/api/v1/audit', 'get'>['items']>;
export type HouseholdFile = ApiResponse<'/api/v1/households/{id}', 'get'>;
export type Member = ItemOf<HouseholdFile['members']>;
export type HouseholdListItem = ItemOf<ApiResponse<'/api/v1/households', 'get'>['items']>;
export type PersonHit = ItemOf<ApiResponse<'/api/v1/persons', 'get'>['items']>;
export type HistoryEntry = ItemOf<ApiResponse<'/api/v1/households/{id}/history', 'get'>['items']>;
export type DocumentItem = ItemOf<ApiResponse<'/api/v1/households/{id}/documents', 'get'>['items']>;
export type CalculationResult = ApiResponse<'/api/v1/households/{id}/calculations', 'post'>;

/** A background job (GET /api/v1/jobs/:id); an import's `result` is its ImportResult. */
export type JobView<R = unknown> = Omit<ApiResponse<'/api/v1/jobs/{id}', 'get'>, 'result'> & { result: R | null };

/** An import job's result (the household import's answer declares it). */
export type ImportResult = NonNullable<ApiResponse<'/api/v1/households/import', 'post'>['result']>;
