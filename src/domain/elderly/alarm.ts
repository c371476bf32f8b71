/**
 * 电子保姆 alarms (issue 21): what a device reports, how a response ends it, and how long the
 * elderly person waited. The response target is the 15 minutes most 智慧养老 service contracts
 * set for reaching the home or the family after an alarm; a longer wait is flagged, not refused.
 */

/** 一键呼救, 跌倒, 烟感, 燃气泄漏, 长时间无活动, 其他 */
export const ALARM_KINDS = ['sos', 'fall', 'smoke', 'gas', 'inactivity', 'other'] as const;
export type AlarmKind = (typeof ALARM_KINDS)[number];

/** 上门查看无碍, 送医, 通知家属, 误报, 其他 */
export const ALARM_OUTCOMES = ['checked_ok', 'sent_to_hospital', 'family_notified', 'false_alarm', 'other'] as const;
export type AlarmOutcome = (typeof ALARM_OUTCOMES)[number];

export const RESPONSE_TARGET_MINUTES = 15;

/** Whole minutes from the alarm to the response (rounded up: 61 seconds is 2 minutes waited). */
export function responseMinutes(raisedAt: string, respondedAt: string): number {
  const ms = Date.parse(respondedAt) - Date.parse(raisedAt);
  if (Number.isNaN(ms)) throw new RangeError('invalid timestamp');
  return Math.max(0, Math.ceil(ms / 60_000));
}

/** A response cannot come before its alarm, nor after now. */
export function responseTimeProblem(raisedAt: string, respondedAt: string, now: string): 'alarm_response_before_alarm' | 'alarm_response_in_future' | null {
  if (Date.parse(respondedAt) < Date.parse(raisedAt)) return 'alarm_response_before_alarm';
  if (Date.parse(respondedAt) > Date.parse(now) + 60_000) return 'alarm_response_in_future';
  return null;
}

/** Open alarms past the target, and answered ones that took longer, are late. */
export function isLate(raisedAt: string, respondedAt: string | null, now: string): boolean {
  return responseMinutes(raisedAt, respondedAt ?? now) > RESPONSE_TARGET_MINUTES;
}
