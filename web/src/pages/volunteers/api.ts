import { get, post, qs } from '../../api/client.ts';
import type { ApiResponse, ItemOf } from '../../api/contract';
import type { Page } from '../../api/types.ts';

/** 志愿服务 (src/modules/volunteers/routes.ts). */
export type Team = ItemOf<ApiResponse<'/api/v1/volunteers/teams', 'get'>['items']>;
export type Volunteer = ItemOf<ApiResponse<'/api/v1/volunteers', 'get'>['items']>;
export type Activity = ItemOf<ApiResponse<'/api/v1/volunteers/activities', 'get'>['items']>;
export type Points = ApiResponse<'/api/v1/volunteers/{id}/points', 'get'>;

export const volunteersApi = {
  teams: (p: { page: number; pageSize: number }) => get<Page<Team>>(`/volunteers/teams${qs(p)}`),
  createTeam: (body: Record<string, unknown>) => post<Team>('/volunteers/teams', body),
  list: (p: { teamId?: number; page: number; pageSize: number }) => get<Page<Volunteer>>(`/volunteers${qs(p)}`),
  register: (body: Record<string, unknown>) => post<Volunteer>('/volunteers', body),
  activities: (p: { page: number; pageSize: number }) => get<Page<Activity>>(`/volunteers/activities${qs(p)}`),
  recordActivity: (body: Record<string, unknown>) => post<Activity>('/volunteers/activities', body),
  points: (id: number) => get<Points>(`/volunteers/${id}/points`),
  exchange: (id: number, body: { item: string; points: number; exchangedOn: string }) => post<Points>(`/volunteers/${id}/exchanges`, body),
};
