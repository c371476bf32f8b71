import { get, post, put, qs } from '../../api/client.ts';
import type { ApiResponse, ItemOf } from '../../api/contract';
import type { Page } from '../../api/types.ts';

/** 儿童关爱 (src/modules/children/routes.ts). */
export type ChildRecord = ItemOf<ApiResponse<'/api/v1/children/records', 'get'>['items']>;

export const childrenApi = {
  list: (p: { kind?: string; status?: string; page: number; pageSize: number }) => get<Page<ChildRecord>>(`/children/records${qs(p)}`),
  register: (body: Record<string, unknown>) => post<ChildRecord>('/children/records', body),
  update: (id: number, body: Record<string, unknown>) => put<ChildRecord>(`/children/records/${id}`, body),
  end: (id: number, body: { endedOn: string; reason: string }) => post<ChildRecord>(`/children/records/${id}/end`, body),
};

export const KIND_LABELS: Record<string, string> = { orphan: '孤儿', de_facto_orphan: '事实无人抚养儿童', left_behind: '留守儿童' };
export const REASON_LABELS: Record<string, Record<string, string>> = {
  orphan: { both_parents_dead: '父母双亡', parents_declared_dead: '父母被宣告死亡', parent_dead_other_missing: '一方死亡、另一方失踪' },
  de_facto_orphan: {
    parents_severely_disabled: '父母重残',
    parents_seriously_ill: '父母重病',
    parents_imprisoned: '父母服刑在押',
    parents_missing: '父母失联',
    parents_isolated: '父母强制隔离戒毒',
    parents_refuse_duty: '父母拒不履行抚养义务',
    parent_dead_other_unable: '一方死亡、另一方不能履行抚养义务',
  },
  left_behind: { both_parents_away: '父母均外出务工', single_parent_away: '单亲外出务工' },
};
export const reasonLabel = (code: string) => Object.values(REASON_LABELS).find((r) => r[code])?.[code] ?? code;
