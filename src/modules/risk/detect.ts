import type { DbOrTrx } from '../../db/types.ts';
import { maskBankAccount } from '../../domain/masking.ts';
import { commonArea, type RiskCandidate } from '../../domain/risk/finding.ts';
import type { RiskRule } from '../../domain/risk/rules.ts';
import { fastDecisions, workerOutliers } from '../../domain/risk/thresholds.ts';
import { policyInForce } from '../policies/service.ts';
import * as rq from './rule-queries.ts';

export interface DetectContext {
  db: DbOrTrx;
  scope: rq.RuleScope;
  /** today in China: the orphan standard in force, the decision dates */
  today: string;
}

const utcToChinaDate = (iso: string) => new Date(new Date(iso).getTime() + 8 * 3600_000).toISOString().slice(0, 10);

function groupBy<T>(rows: T[], key: (r: T) => string): Map<string, T[]> {
  const m = new Map<string, T[]>();
  for (const r of rows) {
    const k = key(r);
    const list = m.get(k);
    if (list) list.push(r);
    else m.set(k, [r]);
  }
  return m;
}

/** Each rule's query, and the candidates (records and evidence) made from its rows. */
export const DETECTORS: Record<RiskRule, (c: DetectContext) => Promise<RiskCandidate[]>> = {
  shared_bank_account: async ({ db, scope }) => {
    const rows = await rq.sharedAccounts(db, scope);
    return [...groupBy(rows, (r) => r.account).entries()].map(([account, list]) => ({
      rule: 'shared_bank_account',
      householdIds: list.map((r) => r.householdId),
      personIds: [],
      areaCodes: list.map((r) => r.areaCode),
      // The number itself stays in the file; the finding shows it masked, like every list.
      evidence: { accountMasked: maskBankAccount(account), households: list.length, areas: [...new Set(list.map((r) => r.areaCode))] },
    }));
  },

  payee_not_holder: async ({ db, scope }) =>
    (await rq.holderMismatches(db, scope)).map((r) => ({
      rule: 'payee_not_holder',
      householdIds: [r.householdId],
      personIds: [],
      areaCodes: [r.areaCode],
      evidence: { accountHolder: r.holder, headName: r.headName, members: r.members },
    })),

  program_stacking: async ({ db, scope, today }) => {
    const stacked = (await rq.nonStacking(db, scope)).map(
      (r): RiskCandidate => ({
        rule: 'program_stacking',
        householdIds: [r.householdId],
        personIds: [r.personId],
        areaCodes: [r.areaCode],
        evidence: {
          kind: 'non_stacking',
          program: r.program,
          enrolmentId: r.enrolmentId,
          monthlyAmount: r.amount,
          otherProgram: r.otherProgram,
          otherEnrolmentId: r.otherEnrolmentId,
          otherMonthlyAmount: r.otherAmount,
          ...(r.otherCovered === null ? {} : { otherCoveredPersons: r.otherCovered, householdMembers: r.members }),
        },
      }),
    );
    // 孤儿全额: the allowance is the standard less what the child receives; paid in full next to another benefit, nothing was deducted.
    const orphans = await rq.orphansWithOtherBenefits(db, scope);
    const standards = new Map<string, number>();
    for (const area of new Set(orphans.map((o) => o.areaCode))) standards.set(area, (await policyInForce(db, area, today)).policy.orphan.standard);
    const fullStandard = [...groupBy(orphans, (o) => String(o.enrolmentId)).values()]
      .filter((list) => list[0]!.amount >= standards.get(list[0]!.areaCode)!)
      .map((list): RiskCandidate => {
        const o = list[0]!;
        return {
          rule: 'program_stacking',
          householdIds: [o.householdId],
          personIds: [o.personId],
          areaCodes: [o.areaCode],
          evidence: {
            kind: 'orphan_full_standard',
            program: o.program,
            enrolmentId: o.enrolmentId,
            monthlyAmount: o.amount,
            orphanStandard: standards.get(o.areaCode),
            otherBenefits: list.map((x) => ({ program: x.otherProgram, enrolmentId: x.otherEnrolmentId, monthlyAmount: x.otherAmount })),
          },
        };
      });
    return [...stacked, ...fullStandard];
  },

  two_areas: async ({ db, scope }) =>
    (await rq.enrolledInTwoAreas(db, scope)).map((r) => ({
      rule: 'two_areas',
      householdIds: [r.householdId],
      personIds: [r.personId],
      areaCodes: [r.homeArea],
      evidence: { homeArea: r.homeArea, areas: r.areas, firstArea: r.firstArea, lastArea: r.lastArea, pairs: r.pairs },
    })),

  partial_household: async ({ db, scope }) =>
    (await rq.partialHouseholds(db, scope)).map((r) => ({
      rule: 'partial_household',
      householdIds: [r.householdId],
      personIds: [],
      areaCodes: [r.areaCode],
      evidence: { program: r.program, enrolmentId: r.enrolmentId, coveredPersons: r.covered, householdMembers: r.members },
    })),

  staff_relative_unreviewed: async ({ db, scope }) =>
    [...groupBy(await rq.unreviewedRelatives(db, scope), (r) => `${r.personId}`).values()].map((list) => {
      const r = list[0]!;
      return {
        rule: 'staff_relative_unreviewed' as const,
        householdIds: [r.householdId],
        personIds: [r.personId],
        areaCodes: [r.areaCode],
        evidence: {
          staffName: r.staffName,
          staffPosition: r.staffPosition,
          relation: r.relation,
          staffRelativeId: r.staffRelativeId,
          enrolments: list.map((x) => ({ program: x.program, enrolmentId: x.enrolmentId, applicationId: x.applicationId })),
        },
      };
    }),

  fast_decision: async ({ db, scope }) => {
    const rows = await rq.decidedCases(db, scope);
    return fastDecisions(rows.map((r) => ({ ...r, decidedOn: utcToChinaDate(r.decidedAt) }))).map((c) => ({
      rule: 'fast_decision',
      key: `a:${c.applicationId}`,
      householdIds: [c.householdId],
      personIds: c.personId === null ? [] : [c.personId],
      areaCodes: [c.areaCode],
      evidence: { applicationId: c.applicationId, program: c.program, acceptedOn: c.acceptedOn, decidedOn: c.decidedOn, days: c.days, medianDays: c.medianDays, casesCompared: c.groupCases },
    }));
  },

  rotation: async ({ db, scope }) =>
    [...groupBy(await rq.rotations(db, scope), (r) => [r.program, Math.min(r.householdA, r.householdB), Math.max(r.householdA, r.householdB)].join(':')).values()].map((list) => {
      const r = list[0]!;
      return {
        rule: 'rotation' as const,
        key: `${r.program}:${Math.min(r.householdA, r.householdB)},${Math.max(r.householdA, r.householdB)}`,
        householdIds: [r.householdA, r.householdB],
        personIds: [],
        areaCodes: [r.areaCode],
        evidence: {
          program: r.program,
          turns: list.map((x) => ({ left: { householdId: x.householdA, lastMonth: x.aFirstEnd }, entered: { householdId: x.householdB, from: x.bStart, to: x.bEnd }, cameBack: { householdId: x.householdA, from: x.aSecondStart } })),
        },
      };
    }),

  worker_share: async ({ db, scope }) =>
    workerOutliers(await rq.enrolmentsPerWorker(db, scope)).map((w) => ({
      rule: 'worker_share',
      key: `u:${w.userId}:${w.streetCode}`,
      householdIds: [],
      personIds: [],
      areaCodes: [w.streetCode],
      evidence: { userId: w.userId, username: w.username, streetCode: w.streetCode, enrolments: w.enrolments, peersMedian: w.peersMedian, peers: w.peers, streetTotal: w.streetTotal },
    })),
};

