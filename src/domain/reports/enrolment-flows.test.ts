import { describe, expect, it } from 'vitest';
import { countedMonths, countingMonth, enrolmentFlows, exitingStop, inForceAt, knownBy, summarise, type EnrolmentChangeFact, type EnrolmentFact } from './enrolment-flows.ts';

/** What the database hands over: per enrolment its summary, and the month's exiting stops by reason. */
function flows(enrolments: EnrolmentFact[], changes: EnrolmentChangeFact[], month: string, previous: string) {
  const of = (e: EnrolmentFact) => changes.filter((c) => c.enrolmentId === e.id);
  const summaries = enrolments.map((e) => summarise(e, of(e), month));
  const reasons = enrolments.flatMap((e) => {
    const stop = exitingStop(of(e).filter((c) => countingMonth(c) <= month));
    return stop && countingMonth(stop) === month ? [{ areaCode: e.areaCode, program: e.program, reasonCode: stop.reasonCode, count: 1 }] : [];
  });
  return enrolmentFlows(summaries, month, previous, reasons);
}

let nextId = 1;
const change = (enrolmentId: number, kind: string, effectiveMonth: string, decidedOn: string, reasonCode: string | null = null): EnrolmentChangeFact => ({
  id: nextId++,
  enrolmentId,
  kind,
  effectiveMonth,
  decidedOn,
  reasonCode,
});

describe('the month a change enters the statistics', () => {
  it.each([
    ['2026-04', '2026-03-20', '2026-04'], // a start decided the month before it takes effect
    ['2026-04', '2026-04-01', '2026-04'],
    ['2026-03', '2026-05-10', '2026-05'], // a retroactive stop: counted when decided
    ['2026-01', '2025-12-31', '2026-01'],
    ['2025-12', '2026-01-01', '2026-01'],
  ])('effective %s, decided %s → %s', (effectiveMonth, decidedOn, expected) => {
    expect(countingMonth({ effectiveMonth, decidedOn })).toBe(expected);
  });
});

describe('in force at a month end, as known then', () => {
  const start = change(1, 'start', '2026-02', '2026-01-15');
  const amount = change(1, 'amount', '2026-04', '2026-04-02');
  const suspend = change(1, 'suspend', '2026-05', '2026-05-03');
  const lateStop = change(1, 'stop', '2026-03', '2026-06-10', 'income_above_standard');

  it.each([
    ['2026-01', false],
    ['2026-02', true],
    ['2026-04', true],
    ['2026-05', true], // suspended is still enrolled
    ['2026-06', false], // the stop decided in June, effective March, is known from June
    ['2026-09', false],
  ])('%s → %s', (month, expected) => {
    expect(inForceAt([start, amount, suspend, lateStop], month)).toBe(expected);
  });

  it('a stop is final: a later change does not revive the enrolment', () => {
    const s = change(2, 'start', '2026-01', '2025-12-20');
    const stop = change(2, 'stop', '2026-03', '2026-02-25');
    const amount2 = change(2, 'amount', '2026-05', '2026-05-02');
    expect(inForceAt([s, stop, amount2], '2026-06')).toBe(false);
  });

  it('an enrolment exits by the stop counted first', () => {
    const a = change(3, 'stop', '2026-06', '2026-05-20', 'moved_away');
    const b = change(3, 'stop', '2026-04', '2026-07-02', 'deceased');
    expect(exitingStop([b, a])).toBe(a);
    expect(exitingStop([change(3, 'start', '2026-01', '2026-01-01')])).toBeUndefined();
  });
});

describe('new, exits and enrolled per area and program', () => {
  const enrolments = [
    { id: 10, program: 'dibao', areaCode: '420102010001' },
    { id: 11, program: 'dibao', areaCode: '420102010001' },
    { id: 12, program: 'dibao', areaCode: '420102010002' },
    { id: 13, program: 'tekun', areaCode: '420102010001' },
    { id: 14, program: 'dibao', areaCode: '420102010002' },
    { id: 15, program: 'temporary', areaCode: '420102010002' },
  ];
  const changes = [
    change(10, 'start', '2026-01', '2025-12-10'),
    change(10, 'stop', '2026-03', '2026-02-20', 'income_above_standard'),
    change(11, 'start', '2026-03', '2026-02-26'),
    change(12, 'start', '2026-01', '2025-12-10'),
    change(12, 'amount', '2026-02', '2026-03-05'), // retroactive amount: no flow
    change(12, 'stop', '2026-02', '2026-03-06', null), // retroactive stop: an exit of March
    change(13, 'start', '2026-02', '2026-01-30'),
    change(14, 'start', '2026-05', '2026-04-28'), // not yet
    change(15, 'start', '2026-03', '2026-02-27'),
    change(15, 'stop', '2026-04', '2026-02-27', 'one_off'),
  ];

  it('counts March', () => {
    const rows = flows(enrolments, changes, '2026-03', '2026-02');
    const by = (area: string, program: string) => rows.find((r) => r.areaCode === area && r.program === program)?.counters;
    expect(by('420102010001', 'dibao')).toEqual({ enrolledBefore: 1, enrolled: 1, newEnrolments: 1, exits: 1, exitReasons: { income_above_standard: 1 } });
    expect(by('420102010002', 'dibao')).toEqual({ enrolledBefore: 1, enrolled: 0, newEnrolments: 0, exits: 1, exitReasons: { unspecified: 1 } });
    expect(by('420102010001', 'tekun')).toEqual({ enrolledBefore: 1, enrolled: 1, newEnrolments: 0, exits: 0, exitReasons: {} });
    expect(by('420102010002', 'temporary')).toEqual({ enrolledBefore: 0, enrolled: 1, newEnrolments: 1, exits: 0, exitReasons: {} });
    for (const r of rows) expect(r.counters.newEnrolments - r.counters.exits).toBe(r.counters.enrolled - r.counters.enrolledBefore);
  });

  it('counts the one-off grant’s exit the month after, and leaves out areas with nothing', () => {
    const rows = flows(enrolments, changes, '2026-04', '2026-03');
    expect(rows.find((r) => r.program === 'temporary')?.counters).toEqual({ enrolledBefore: 1, enrolled: 0, newEnrolments: 0, exits: 1, exitReasons: { one_off: 1 } });
    expect(flows(enrolments, changes, '2025-06', '2025-05')).toEqual([]);
  });

  it('groups equal summaries: counts add up', () => {
    const s = { areaCode: '420102010001', program: 'dibao', firstCounted: '2026-01', startCounted: '2026-01', stopCounted: null, count: 5 };
    expect(enrolmentFlows([s, { ...s, startCounted: '2026-03', firstCounted: '2026-03', count: 2 }, { ...s, stopCounted: '2026-03', count: 3 }], '2026-03', '2026-02')[0]!.counters).toEqual({
      enrolledBefore: 8,
      enrolled: 7,
      newEnrolments: 2,
      exits: 3,
      exitReasons: {},
    });
  });

  it('shows an odd history as a flow that does not add up (no start on file)', () => {
    const rows = flows([{ id: 20, program: 'dibao', areaCode: '420102010001' }], [change(20, 'amount', '2026-03', '2026-03-01')], '2026-03', '2026-02');
    expect(rows[0]!.counters).toMatchObject({ enrolledBefore: 0, enrolled: 1, newEnrolments: 0, exits: 0 });
  });
});

describe('the counting months an enrolment keeps', () => {
  /** The definition, month by month: first change, first start and exiting stop among the changes known by then. */
  function direct(changes: EnrolmentChangeFact[], month: string) {
    const known = changes.filter((c) => countingMonth(c) <= month);
    const min = (list: EnrolmentChangeFact[]) => (list.length ? list.map(countingMonth).sort()[0]! : null);
    const stop = exitingStop(known);
    return { firstCounted: min(known), startCounted: min(known.filter((c) => c.kind === 'start')), stopCounted: stop ? countingMonth(stop) : null };
  }
  const months = ['2025-11', '2025-12', '2026-01', '2026-02', '2026-03', '2026-04'];
  const kinds = ['start', 'amount', 'suspend', 'resume', 'stop'];

  it('kept once for the whole history, they give every month what the changes known then give', () => {
    // A fixed pseudo-random walk (reproducible): histories of 0–5 changes, decided on or after their month or before it.
    let seed = 7;
    const next = (n: number) => ((seed = (seed * 1103515245 + 12345) % 2147483648), seed % n);
    for (let run = 0; run < 500; run++) {
      const changes = Array.from({ length: next(6) }, () => {
        const effective = months[next(months.length)]!;
        const decided = months[next(months.length)]!;
        return change(1, kinds[next(kinds.length)]!, effective, `${decided}-${String(1 + next(28)).padStart(2, '0')}`);
      });
      const kept = countedMonths(changes);
      for (const month of ['2025-10', ...months]) expect(knownBy(kept, month)).toEqual(direct(changes, month));
    }
  });

  it('a retroactive stop is kept at the month it was decided, not the month it acts from', () => {
    const kept = countedMonths([change(1, 'start', '2026-01', '2025-12-20'), change(1, 'stop', '2026-02', '2026-04-03'), change(1, 'stop', '2026-03', '2026-03-10')]);
    expect(kept).toEqual({ firstCounted: '2026-01', startCounted: '2026-01', stopCounted: '2026-03' });
    expect(knownBy(kept, '2026-02')).toEqual({ firstCounted: '2026-01', startCounted: '2026-01', stopCounted: null });
    expect(countedMonths([])).toEqual({ firstCounted: null, startCounted: null, stopCounted: null });
  });
});
