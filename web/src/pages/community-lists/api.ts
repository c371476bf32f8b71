import { get, post, qs } from '../../api/client.ts';
import type { ApiResponse, ItemOf } from '../../api/contract';
import type { Page } from '../../api/types.ts';

/** 三张清单 (src/modules/community-lists/routes.ts). */
export type Need = ItemOf<ApiResponse<'/api/v1/community-lists/needs', 'get'>['items']>;
export type Resource = ItemOf<ApiResponse<'/api/v1/community-lists/resources', 'get'>['items']>;
export type Project = ItemOf<ApiResponse<'/api/v1/community-lists/projects', 'get'>['items']>;
export type Totals = ApiResponse<'/api/v1/community-lists/totals', 'get'>;

export const listsApi = {
  needs: (p: { status?: string; page: number; pageSize: number }) => get<Page<Need>>(`/community-lists/needs${qs(p)}`),
  createNeed: (body: Record<string, unknown>) => post<Need>('/community-lists/needs', body),
  match: (id: number, body: { resourceIds: number[]; matchedOn: string }) => post<Need>(`/community-lists/needs/${id}/match`, body),
  resources: (p: { page: number; pageSize: number }) => get<Page<Resource>>(`/community-lists/resources${qs(p)}`),
  createResource: (body: Record<string, unknown>) => post<Resource>('/community-lists/resources', body),
  projects: (p: { status?: string; page: number; pageSize: number }) => get<Page<Project>>(`/community-lists/projects${qs(p)}`),
  startProject: (body: Record<string, unknown>) => post<Project>('/community-lists/projects', body),
  finishProject: (id: number, body: { doneOn: string; outcome: string; beneficiaries: number }) => post<Project>(`/community-lists/projects/${id}/done`, body),
  totals: () => get<Totals>('/community-lists/totals'),
};

export const NEED_STATUS_LABELS: Record<string, string> = { open: '待对接', matched: '已对接', in_progress: '实施中', done: '已完成' };
export const NEED_STATUS_COLORS: Record<string, string> = { open: 'orange', matched: 'blue', in_progress: 'purple', done: 'green' };
export const NEED_CATEGORY_LABELS: Record<string, string> = {
  elderly_care: '养老助老',
  child_care: '儿童关爱',
  disability_help: '助残',
  employment: '就业帮扶',
  medical: '医疗健康',
  living: '生活服务',
  culture: '文体教育',
  environment: '环境治理',
  other: '其他',
};
export const RESOURCE_CATEGORY_LABELS: Record<string, string> = {
  venue: '场地设施',
  volunteer_team: '志愿队伍',
  social_organisation: '社会组织',
  enterprise: '驻区单位、企业',
  fund: '资金',
  professional: '专业人才',
  other: '其他',
};
