import { get, patch, post, qs } from './client.ts';
import type { ApiBody, ApiQuery, ApiResponse } from './contract.ts';
import type { Area, AuditEntry, CalculationResult, DocumentItem, HistoryEntry, HouseholdFile, HouseholdListItem, Page, PersonHit, User, UserListItem } from './types.ts';

/** One typed function per endpoint (Ant Design Pro's services). */
export const authApi = {
  login: (username: string, password: string) => post<{ user: User }>('/auth/login', { username, password }, { expect401: true }),
  logout: () => post<void>('/auth/logout', undefined, { expect401: true }),
  me: () => get<{ user: User }>('/auth/me', { expect401: true }),
  changePassword: (currentPassword: string, newPassword: string) => post<{ user: User }>('/auth/change-password', { currentPassword, newPassword }),
  mode: () => get<ApiResponse<'/api/v1/auth/mode', 'get'>>('/auth/mode', { expect401: true }),
  setup: (body: ApiBody<'/api/v1/setup', 'post'>) =>
    post<{ user: UserListItem }>('/setup', body, { expect401: true }),
};

export const healthApi = {
  check: () => get<ApiResponse<'/api/v1/health', 'get'>>('/health'),
};

export const areasApi = {
  node: (code: string) => get<{ area: Area; children: Area[] }>(`/areas/${code}`),
};

export const usersApi = {
  list: (p: { areaCode?: string; q?: string; page: number; pageSize: number }) => get<Page<UserListItem>>(`/users${qs(p)}`),
  create: (body: ApiBody<'/api/v1/users', 'post'>) => post<{ user: UserListItem }>('/users', body),
  resetPassword: (id: number, password: string) => post<void>(`/users/${id}/reset-password`, { password }),
  /** 停用/启用、调整角色和区划 (ends the user's sessions; audited) */
  update: (id: number, body: ApiBody<'/api/v1/users/{id}', 'patch'>) => patch<{ user: UserListItem }>(`/users/${id}`, body),
  requirePasswordChange: (id: number) => post<void>(`/users/${id}/require-password-change`),
};

export type AuditChainReport = ApiResponse<'/api/v1/audit/verify', 'post'>;

/** The audit desk's filters (dates are China dates, both included) as the page keeps them (`reveals` a checkbox; the query string spells it "true"). */
export type AuditFilters = Omit<ApiQuery<'/api/v1/audit', 'get'>, 'page' | 'pageSize' | 'reveals'> & { reveals?: boolean };

export const auditApi = {
  list: (p: AuditFilters & { page: number; pageSize: number }) => get<Page<AuditEntry>>(`/audit${qs({ ...p })}`),
  actors: () => get<ApiResponse<'/api/v1/audit/actors', 'get'>>('/audit/actors'),
  actions: () => get<ApiResponse<'/api/v1/audit/actions', 'get'>>('/audit/actions'),
  exportUrl: (f: AuditFilters) => `/api/v1/audit/export${qs({ ...f })}`,
  verify: () => post<AuditChainReport>('/audit/verify'),
};

export interface HouseholdFilters {
  areaCode?: string;
  q?: string;
  urbanRural?: string;
  flag?: string;
  disabled?: string;
}

export const registryApi = {
  list: (p: HouseholdFilters & { page: number; pageSize: number }) => get<Page<HouseholdListItem>>(`/households${qs({ ...p })}`),
  file: (id: number) => get<HouseholdFile>(`/households/${id}`),
  create: (body: unknown) => post<HouseholdFile>('/households', body),
  update: (id: number, body: unknown) => patch<HouseholdFile>(`/households/${id}`, body),
  history: (id: number) => get<{ items: HistoryEntry[] }>(`/households/${id}/history`),
  addMember: (id: number, body: unknown) => post<HouseholdFile>(`/households/${id}/members`, body),
  removeMember: (id: number, personId: number, body: { version: number; reason: string }) => post<HouseholdFile>(`/households/${id}/members/${personId}/remove`, body),
  changeHead: (id: number, body: { version: number; personId: number }) => post<HouseholdFile>(`/households/${id}/head`, body),
  moveIn: (id: number, body: { version: number; personId: number; fromVersion: number; relation: string }) => post<HouseholdFile>(`/households/${id}/members/move-in`, body),
  split: (id: number, body: { version: number; personIds: number[]; headPersonId: number; address?: string }) => post<{ original: HouseholdFile; created: HouseholdFile }>(`/households/${id}/split`, body),
  merge: (id: number, body: { version: number; otherHouseholdId: number; otherVersion: number }) => post<HouseholdFile>(`/households/${id}/merge`, body),
  move: (id: number, body: { version: number; areaCode: string; address?: string }) => post<HouseholdFile>(`/households/${id}/move`, body),
  persons: (q: string) => get<{ items: PersonHit[] }>(`/persons${qs({ q, limit: 20 })}`),
  revealIdNumber: (personId: number) => get<{ idNumber: string }>(`/persons/${personId}/id-number`),
  documents: (id: number) => get<{ items: DocumentItem[] }>(`/households/${id}/documents`),
  uploadDocument: (id: number, form: FormData) => post<DocumentItem>(`/households/${id}/documents`, form),
  calculate: (id: number, body: { program: string; asOf?: string; subjectPersonId?: number }) => post<CalculationResult>(`/households/${id}/calculations`, body),
  exportUrl: (f: HouseholdFilters) => `/api/v1/households/export${qs({ ...f })}`,
  templateUrl: () => '/api/v1/households/import-template',
};
