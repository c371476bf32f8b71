/**
 * 老年证 / 优待证 (issue 21): who may hold which card, and its number.
 *
 * 《老年人权益保障法》 art. 2 makes everyone of 60 an 老年人; the 老年证 is issued from 60. Many
 * provinces add an 优待证 (free buses, parks) from an older age — 65 or 70 by the area's choice —
 * so both ages are policy keys (`seniorCards.minAge`, `seniorCards.preferentialMinAge`), as is
 * the fee (`seniorCards.fee`, 0 where the card is free, as in most areas).
 */
import { ageOn } from '../id-number.ts';

/** 老年证, 优待证 */
export const SENIOR_CARD_KINDS = ['senior', 'preferential'] as const;
export type SeniorCardKind = (typeof SENIOR_CARD_KINDS)[number];

export interface SeniorCardRules {
  minAge: number;
  preferentialMinAge: number;
}

export interface CardEligibility {
  eligible: boolean;
  /** 周岁 on the day asked */
  age: number;
  requiredAge: number;
  /** the policy key the required age comes from */
  source: 'seniorCards.minAge' | 'seniorCards.preferentialMinAge';
}

/** Age by the birth date of the registry's ID number, on `asOf`; a birthday counts on the day. */
export function cardEligibility(kind: SeniorCardKind, birthDate: string, asOf: string, rules: SeniorCardRules): CardEligibility {
  const age = asOf < birthDate ? 0 : ageOn(birthDate, asOf);
  const [requiredAge, source] = kind === 'senior' ? ([rules.minAge, 'seniorCards.minAge'] as const) : ([rules.preferentialMinAge, 'seniorCards.preferentialMinAge'] as const);
  return { eligible: age >= requiredAge, age, requiredAge, source };
}

/**
 * The printed number: a letter for the kind, the district (first 6 digits of the area code), the
 * year of issue and the card's row id — unique without a counter to race on; a reissue gets a new
 * number, so the lost card's number stays void.
 */
export function cardNumber(kind: SeniorCardKind, areaCode: string, issuedOn: string, id: number): string {
  return `${kind === 'senior' ? 'L' : 'Y'}${areaCode.slice(0, 6)}${issuedOn.slice(0, 4)}${String(id).padStart(7, '0')}`;
}
