import { get, post, qs } from '../../api/client.ts';
import type { ApiResponse, ItemOf } from '../../api/contract';
import type { Page } from '../../api/types.ts';

/** 老年人服务 (src/modules/elderly/routes.ts). */
export type SeniorCard = ItemOf<ApiResponse<'/api/v1/elderly/cards', 'get'>['items']>;
export type Assessment = ItemOf<ApiResponse<'/api/v1/elderly/assessments', 'get'>['items']>;
export type Device = ItemOf<ApiResponse<'/api/v1/elderly/devices', 'get'>['items']>;
export type Alarm = ItemOf<ApiResponse<'/api/v1/elderly/alarms', 'get'>['items']>;
export type Caregiver = ItemOf<ApiResponse<'/api/v1/elderly/caregivers', 'get'>['items']>;
export type Agreement = ItemOf<ApiResponse<'/api/v1/elderly/agreements', 'get'>['items']>;
export type CaregiverPayrollRow = ItemOf<ApiResponse<'/api/v1/elderly/caregiver-payrolls', 'get'>['items']>;
export type CaregiverPayroll = ApiResponse<'/api/v1/elderly/caregiver-payrolls/{id}', 'get'>;

type Paging = { page: number; pageSize: number };

export const elderlyApi = {
  cards: (p: Paging & { kind?: string; status?: string }) => get<Page<SeniorCard>>(`/elderly/cards${qs(p)}`),
  issueCard: (body: { personId: number; kind: string; issuedOn: string }) => post<SeniorCard>('/elderly/cards', body),
  reissueCard: (id: number, body: { reason: string; issuedOn: string }) => post<SeniorCard>(`/elderly/cards/${id}/reissue`, body),
  assessments: (p: Paging & { personId?: number }) => get<Page<Assessment>>(`/elderly/assessments${qs(p)}`),
  assess: (body: Record<string, unknown>) => post<Assessment>('/elderly/assessments', body),
  devices: (p: Paging) => get<Page<Device>>(`/elderly/devices${qs(p)}`),
  registerDevice: (body: Record<string, unknown>) => post<Device>('/elderly/devices', body),
  raiseAlarm: (deviceId: number, body: { raisedAt: string; kind: string; note?: string | null }) => post<Alarm>(`/elderly/devices/${deviceId}/alarms`, body),
  alarms: (p: Paging & { status?: string }) => get<Page<Alarm>>(`/elderly/alarms${qs(p)}`),
  respond: (id: number, body: { responder: string; respondedAt: string; outcome: string; note?: string | null }) => post<Alarm>(`/elderly/alarms/${id}/response`, body),
  caregivers: (p: Paging) => get<Page<Caregiver>>(`/elderly/caregivers${qs(p)}`),
  registerCaregiver: (body: Record<string, unknown>) => post<Caregiver>('/elderly/caregivers', body),
  agreements: (p: Paging) => get<Page<Agreement>>(`/elderly/agreements${qs(p)}`),
  createAgreement: (body: Record<string, unknown>) => post<Agreement>('/elderly/agreements', body),
  addLog: (id: number, body: { loggedOn: string; hours: number; content: string }) => post<unknown>(`/elderly/agreements/${id}/logs`, body),
  addLeave: (id: number, body: { fromOn: string; toOn: string; reason: string; substituteId: number }) => post<unknown>(`/elderly/agreements/${id}/leaves`, body),
  assessCaregiver: (id: number, body: { month: string; score: number; assessor: string; note?: string | null }) => post<unknown>(`/elderly/agreements/${id}/assessments`, body),
  payrolls: (p: Paging) => get<Page<CaregiverPayrollRow>>(`/elderly/caregiver-payrolls${qs(p)}`),
  payroll: (id: number) => get<CaregiverPayroll>(`/elderly/caregiver-payrolls/${id}`),
  preparePayroll: (body: { areaCode: string; month: string }) => post<CaregiverPayroll>('/elderly/caregiver-payrolls', body),
  approvePayroll: (id: number) => post<CaregiverPayroll>(`/elderly/caregiver-payrolls/${id}/approve`, {}),
  bankFileUrl: (id: number, format: 'csv' | 'xlsx') => `/api/v1/elderly/caregiver-payrolls/${id}/bank-file?format=${format}`,
};

export const CARD_KIND_LABELS: Record<string, string> = { senior: '老年证', preferential: '优待证' };
export const LEVEL_LABELS = ['能力完好', '轻度失能', '中度失能', '重度失能', '完全失能'];
export const LEVEL_COLORS = ['green', 'blue', 'gold', 'orange', 'red'];
/** GB/T 42195-2022 first-level indicators (src/domain/elderly/assessment.ts). */
export const ASSESSMENT_ITEMS = [
  { code: 'self_care', label: '自理能力', max: 32 },
  { code: 'mobility', label: '基础运动能力', max: 16 },
  { code: 'mental', label: '精神状态', max: 30 },
  { code: 'perception_social', label: '感知觉与社会参与', max: 12 },
] as const;
/** The level bands of src/domain/elderly/assessment.ts, for the live preview while scoring. */
export function levelOf(total: number): number {
  return total >= 90 ? 0 : total >= 66 ? 1 : total >= 46 ? 2 : total >= 30 ? 3 : 4;
}
export const ALARM_KIND_LABELS: Record<string, string> = { sos: '一键呼救', fall: '跌倒', smoke: '烟感报警', gas: '燃气泄漏', inactivity: '长时间无活动', other: '其他' };
export const OUTCOME_LABELS: Record<string, string> = { checked_ok: '上门查看无碍', sent_to_hospital: '送医', family_notified: '通知家属', false_alarm: '误报', other: '其他' };
export const WITHHELD_LABELS: Record<string, string> = { not_assessed: '未考核', assessment_failed: '考核不合格' };

/** An instant as China's wall clock, 'YYYY-MM-DD HH:mm' (whatever the device's zone). */
export function chinaTime(iso: string): string {
  return new Date(Date.parse(iso) + 8 * 3600_000).toISOString().slice(0, 16).replace('T', ' ');
}
/** 'YYYY-MM-DD HH:mm' typed as China time → an ISO instant with its offset. */
export function fromChinaTime(text: string): string {
  return `${text.trim().replace(' ', 'T')}:00+08:00`;
}
export const CHINA_TIME_PATTERN = /^\d{4}-\d{2}-\d{2} \d{2}:\d{2}$/;
