import type { Policy } from '../policy.ts';

/**
 * 临时救助 (DOMAIN.md §3, 国务院关于全面建立临时救助制度的通知): 急难型 for sudden hardship,
 * 支出型 for a rigid expense the household cannot carry. One file per event (一事一档): the
 * case records which event, and the sum the household asked for.
 */
export const TEMPORARY_TYPES = ['emergency', 'expenditure'] as const;
export type TemporaryType = (typeof TEMPORARY_TYPES)[number];

/** The kind of event, and the types it may come under (a serious illness is sudden or an expense). */
export const TEMPORARY_EVENTS = {
  fire: ['emergency'], // 火灾
  natural_disaster: ['emergency'], // 自然灾害
  accident: ['emergency'], // 交通事故等意外事件
  serious_illness: ['emergency', 'expenditure'], // 突发重大疾病
  breadwinner_death: ['emergency'], // 主要劳动力死亡、失踪
  medical_expense: ['expenditure'], // 医疗费用（医保、医疗救助之后）
  education_expense: ['expenditure'], // 教育费用
  living_expense: ['expenditure'], // 基本生活必需支出突然增加
  other: ['emergency', 'expenditure'],
} as const satisfies Record<string, readonly TemporaryType[]>;
export type TemporaryEvent = keyof typeof TEMPORARY_EVENTS;
export const TEMPORARY_EVENT_CODES = Object.keys(TEMPORARY_EVENTS) as TemporaryEvent[];

export function eventFitsType(event: TemporaryEvent, type: TemporaryType): boolean {
  return (TEMPORARY_EVENTS[event] as readonly TemporaryType[]).includes(type);
}

/**
 * The caps of a temporary grant for a household: its own dibao standard (urban or rural, by the
 * household's type) × the policy's months, per grant and per calendar year (all grants together).
 * Above either the county decides case by case (一事一议).
 */
export interface TemporaryCaps {
  standard: number;
  perGrant: number;
  yearly: number;
}

export function temporaryCaps(policy: Pick<Policy, 'dibao' | 'temporary'>, urban: boolean): TemporaryCaps {
  const standard = urban ? policy.dibao.urbanStandard : policy.dibao.ruralStandard;
  return { standard, perGrant: standard * policy.temporary.maxMonths, yearly: standard * policy.temporary.yearlyMaxMonths };
}
