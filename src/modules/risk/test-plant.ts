/**
 * Test support: households, cases and enrolments planted straight into the tables, so each risk
 * rule can be given exactly the case it must find and the near miss it must not.
 */
import { buildHousehold, buildPerson, uniqueIdNumber } from '../../../test/factories/household.ts';
import type { Deps } from '../../deps.ts';
import { actorForUsername } from '../auth/service.ts';
import { createHousehold } from '../registry/service.ts';

export interface Planted {
  id: number;
  personIds: number[];
  names: string[];
}

let n = 0;

/** A household of `size` members in a community, created through the registry service. */
export async function plantHousehold(deps: Deps, areaCode: string, size = 2, opts: { flags?: ('orphan' | 'de_facto_orphan')[] } = {}): Promise<Planted> {
  n += 1;
  const county = await actorForUsername(deps, 'county');
  const names = Array.from({ length: size }, (_, i) => `风${n}号${'甲乙丙丁戊己'[i]}`);
  const members = names.map((name, i) =>
    buildPerson({
      name,
      relation: i === 0 ? 'head' : i === 1 ? 'spouse' : 'child',
      idNumber: uniqueIdNumber({ birthDate: i >= 2 ? '2015-05-05' : undefined }),
      ...(i >= 2 ? { employment: 'not_applicable', student: true, flags: opts.flags ?? [] } : {}),
    }),
  );
  const h = await createHousehold(deps, county, buildHousehold({ areaCode, members, incomes: [], deductions: [], assets: [] }));
  const persons = await deps.db.selectFrom('persons').select(['id', 'name']).where('household_id', '=', h.id).orderBy('id').execute();
  return { id: h.id, personIds: names.map((nm) => Number(persons.find((p) => p.name === nm)!.id)), names };
}

export async function setAccount(deps: Deps, householdId: number, account: string, holder: string): Promise<void> {
  await deps.db.updateTable('households').set({ bank_name: '中国工商银行', bank_account: account, bank_account_holder: holder }).where('id', '=', householdId).execute();
}

export interface EnrolOpts {
  householdId: number;
  personId?: number | null;
  program: string;
  areaCode: string;
  amount?: number;
  covered?: number;
  startMonth?: string;
  endMonth?: string | null;
  createdBy?: number | null;
  relativeReview?: boolean;
  acceptedOn?: string;
  /** the instant of the approving event (a case through the workflow) */
  decidedAt?: string;
}

/** An approved case and its enrolment (stopped when it has an end month). */
export async function plantEnrolment(deps: Deps, e: EnrolOpts): Promise<{ applicationId: number; enrolmentId: number }> {
  const start = e.startMonth ?? '2026-01';
  const amount = e.amount ?? 80000;
  return deps.db.transaction().execute(async (trx) => {
    const app = await trx
      .insertInto('applications')
      .values({
        household_id: e.householdId, subject_person_id: e.personId ?? null, program: e.program, state: 'approved', democratic_review: 0,
        area_code: e.areaCode, receiving_street_code: e.areaCode.slice(0, 9), accepted_on: e.acceptedOn ?? '2025-12-01', due_on: '2026-01-20', extended: 0,
        extension_reason: null, checklist: '[]', consent_document_id: null, calculated_amount: amount, calculation: '{}', policy_version: 'test',
        category: null, relative_flagged: e.relativeReview ? 1 : 0, relative_review: e.relativeReview ? JSON.stringify({ by: 'other', comment: '单独审核' }) : null,
        urgent_amount: null, notice_id: null, decision_text: null, version: 1,
        created_by: e.createdBy ?? null, created_at: '2025-12-01T00:00:00.000Z', updated_at: '2025-12-01T00:00:00.000Z',
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    const applicationId = Number(app.id);
    await trx
      .insertInto('case_events')
      .values({ application_id: applicationId, at: e.decidedAt ?? '2025-12-20T02:00:00.000Z', actor_id: null, actor_username: 'county', action: 'confirm', from_state: 'county_confirmation', to_state: 'approved', comment: null, data: null })
      .execute();
    const row = await trx
      .insertInto('enrolments')
      .values({
        household_id: e.householdId, person_id: e.personId ?? null, program: e.program, category: null, monthly_amount: amount, calculation: '{}', policy_version: 'test',
        start_month: start, end_month: e.endMonth ?? null, status: e.endMonth ? 'stopped' : 'active', application_id: applicationId, area_code: e.areaCode,
        created_at: '2025-12-20T02:00:00.000Z', covered_persons: e.covered ?? 1, stop_reason: e.endMonth ? 'income_rose' : null,
        first_counted: null, start_counted: null, stop_counted: null,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    const change = { enrolment_id: Number(row.id), reason: null, decided_on: '2025-12-20', application_id: applicationId, actor_id: null, created_at: '2025-12-20T02:00:00.000Z' };
    await trx.insertInto('enrolment_changes').values({ ...change, kind: 'start', effective_month: start, monthly_amount: amount, covered_persons: e.covered ?? 1, reason_code: null }).execute();
    if (e.endMonth) {
      const [y, m] = e.endMonth.split('-').map(Number) as [number, number];
      const after = m === 12 ? `${y + 1}-01` : `${y}-${String(m + 1).padStart(2, '0')}`;
      await trx.insertInto('enrolment_changes').values({ ...change, kind: 'stop', effective_month: after, monthly_amount: null, covered_persons: null, reason_code: 'income_rose' }).execute();
    }
    return { applicationId, enrolmentId: Number(row.id) };
  });
}

/** A worker (community user) planted directly: only their id and name matter to the rules. */
export async function plantWorker(deps: Deps, username: string, areaCode: string): Promise<number> {
  const row = await deps.db
    .insertInto('users')
    .values({ username, display_name: username, role: 'community_worker', area_code: areaCode, password_hash: 'x', active: 1, failed_logins: 0, locked_until: null, created_at: '2025-01-01T00:00:00.000Z', updated_at: '2025-01-01T00:00:00.000Z', must_change_password: 0 })
    .returning('id')
    .executeTakeFirstOrThrow();
  return Number(row.id);
}

