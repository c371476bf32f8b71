import { createHash } from 'node:crypto';
import { DomainError } from '../errors.ts';
import type { RiskRule } from './rules.ts';

/** What a rule found, before it is stored: the records it names and the values behind it. */
export interface RiskCandidate {
  rule: RiskRule;
  /** the records' own key when they are not households or persons (a worker: `u:12`) */
  key?: string;
  householdIds: number[];
  personIds: number[];
  /** the areas of the records: the finding belongs to their common area */
  areaCodes: string[];
  evidence: Record<string, unknown>;
}

const sortedUnique = (ids: number[]) => [...new Set(ids)].sort((a, b) => a - b);

/**
 * The same rule over the same records is the same finding, whatever the values (an amount
 * changed since): a re-run notes it again instead of opening a second one. Hashed so a shared
 * account over many households still fits the column.
 */
export function fingerprintOf(c: Pick<RiskCandidate, 'rule' | 'key' | 'householdIds' | 'personIds'>): string {
  const records = c.key ?? `h${sortedUnique(c.householdIds).join(',')};p${sortedUnique(c.personIds).join(',')}`;
  return `${c.rule}:${createHash('sha256').update(records).digest('hex').slice(0, 40)}`;
}

const LEVEL_LENGTHS = [12, 9, 6, 4, 2];

/**
 * The deepest area holding every record: a finding inside one community belongs to it (its
 * street and district see it too); one spanning two streets belongs to their district.
 */
export function commonArea(codes: string[]): string {
  const [first, ...rest] = codes;
  if (first === undefined) throw new Error('a finding names at least one area');
  for (const len of LEVEL_LENGTHS) {
    if (first.length < len) continue;
    const prefix = first.slice(0, len);
    if (rest.every((c) => c.startsWith(prefix))) return prefix;
  }
  return first.slice(0, 2);
}

export const FINDING_OUTCOMES = ['confirmed', 'dismissed'] as const;
export type FindingOutcome = (typeof FINDING_OUTCOMES)[number];

/**
 * A finding is worked once: from open to confirmed (属实, to be corrected) or dismissed (不属实),
 * always with a note saying why. A dismissed finding is not raised again for the same records;
 * a confirmed one is, if the problem is still there at the next run.
 */
export function assertOutcome(current: string, outcome: FindingOutcome, note: string): void {
  if (current !== 'open') throw new DomainError('conflict', 'risk_finding_closed', { params: { status: current } });
  if (note.trim().length === 0) throw new DomainError('validation', 'risk_finding_note_required', { field: 'note' });
  if (!(FINDING_OUTCOMES as readonly string[]).includes(outcome)) throw new DomainError('validation', 'validation_failed', { field: 'status', params: { detail: outcome } });
}
