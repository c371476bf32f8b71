import { get, post, qs } from '../../api/client.ts';
import type { ApiResponse, ItemOf } from '../../api/contract';
import type { Page } from '../../api/types.ts';

/** 优抚 (src/modules/veterans/routes.ts). */
export type Entitled = ItemOf<ApiResponse<'/api/v1/veterans/entitled', 'get'>['items']>;
export type VeteranTask = ItemOf<ApiResponse<'/api/v1/veterans/tasks', 'get'>['items']>;

export const veteransApi = {
  list: (p: { group?: string; status?: string; page: number; pageSize: number }) => get<Page<Entitled>>(`/veterans/entitled${qs(p)}`),
  register: (body: Record<string, unknown>) => post<Entitled>('/veterans/entitled', body),
  tasks: (p: { status?: string; page: number; pageSize: number }) => get<Page<VeteranTask>>(`/veterans/tasks${qs(p)}`),
  done: (id: number, body: { doneOn: string; outcome: string }) => post<VeteranTask>(`/veterans/tasks/${id}/done`, body),
  /** 优抚金核定 (county): the recipient's payment lines from a month on */
  benefits: (id: number, body: { startMonth: string }) => post<BenefitLines>(`/veterans/entitled/${id}/benefits`, body),
};
export type Liaison = ItemOf<ApiResponse<'/api/v1/veterans/liaisons', 'get'>['items']>;
export type Visit = ItemOf<ApiResponse<'/api/v1/veterans/visits', 'get'>['items']>;
export type Forum = ItemOf<ApiResponse<'/api/v1/veterans/forums', 'get'>['items']>;
export type ForumPage = ApiResponse<'/api/v1/veterans/forums', 'get'>;
export type Plaque = ItemOf<ApiResponse<'/api/v1/veterans/plaques', 'get'>['items']>;
export const careApi = {
  liaisons: (p: { page: number; pageSize: number }) => get<Page<Liaison>>(`/veterans/liaisons${qs(p)}`),
  appoint: (body: Record<string, unknown>) => post<Liaison>('/veterans/liaisons', body),
  visits: (p: { page: number; pageSize: number }) => get<Page<Visit>>(`/veterans/visits${qs(p)}`),
  visit: (body: Record<string, unknown>) => post<Visit>('/veterans/visits', body),
  forums: (p: { page: number; pageSize: number }) => get<ForumPage>(`/veterans/forums${qs(p)}`),
  forum: (body: Record<string, unknown>) => post<Forum>('/veterans/forums', body),
  plaques: (p: { page: number; pageSize: number }) => get<Page<Plaque>>(`/veterans/plaques${qs(p)}`),
  plaque: (body: Record<string, unknown>) => post<Plaque>('/veterans/plaques', body),
};
export const FORUM_OCCASION_LABELS: Record<string, string> = { army_day: '八一', spring_festival: '春节', policy: '政策宣讲', other: '其他' };
export type BenefitLines = ApiResponse<'/api/v1/veterans/entitled/{id}/benefits', 'post'>;

export const GROUP_LABELS: Record<string, string> = {
  disabled_serviceman: '残疾军人',
  martyr_survivor: '烈士遗属',
  duty_death_survivor: '因公牺牲军人遗属',
  illness_death_survivor: '病故军人遗属',
  demobilised: '在乡复员军人',
  ill_veteran: '带病回乡退伍军人',
  war_veteran: '参战参试退役人员',
  conscript_family: '义务兵家属',
  militia_war_veteran: '参战民兵民工',
};
export const DOCUMENT_LABELS: Record<string, string> = {
  disabled_serviceman_card: '残疾军人证',
  martyr_certificate: '烈士证明书',
  survivor_card: '遗属证',
  demobilisation_card: '复员证',
  discharge_card: '退伍证',
  enlistment_notice: '入伍通知书',
  other: '其他证明',
};
export const STATUS_LABELS: Record<string, string> = { active: '在册', deceased: '已去世', ended: '已注销' };
