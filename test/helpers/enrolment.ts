/**
 * Test support for the payments suites: households on file and enrolments started the way a
 * confirmed case starts them (startEnrolment), without walking each case through the workflow.
 */
import { buildHousehold, buildPerson, uniqueIdNumber } from '../factories/household.ts';
import type { Deps } from '../../src/deps.ts';
import type { Actor } from '../../src/domain/actor.ts';
import { actorForUsername } from '../../src/modules/auth/service.ts';
import { createHousehold } from '../../src/modules/registry/service.ts';
import { startEnrolment } from '../../src/modules/payments/service.ts';

let accountSeq = 0;

export function bankAccount(accountHolder = '钱建国') {
  accountSeq += 1;
  return { bankName: '中国工商银行武汉江岸支行', accountNumber: `62220232${String(100000000 + accountSeq * 7919).padStart(11, '0')}`, accountHolder };
}

export interface Enrolled {
  enrolmentId: number;
  householdId: number;
  account: string;
}

/**
 * A two-person household (a 70-year-old head, a 10-year-old grandchild) in `areaCode`, enrolled
 * in dibao from `startMonth` at `amount` fen; the application it hangs on is a stub row.
 */
export async function enrolHousehold(
  t: { deps: Deps },
  opts: {
    areaCode: string;
    amount: number;
    startMonth: string;
    program?: string;
    personBased?: boolean;
    /** the household account's holder (default the head, 钱建国) */
    accountHolder?: string;
    /** the subject of a person-based enrolment: the head (default) or the grandchild */
    subject?: 'head' | 'child';
    /** the head's own account */
    headAccount?: { bankName: string; accountNumber: string };
  },
): Promise<Enrolled & { headId: number; childId: number }> {
  const deps = t.deps;
  const county: Actor = await actorForUsername(deps, 'county');
  const head = buildPerson({ name: '钱建国', employment: 'retired', idNumber: uniqueIdNumber({ birthDate: '1955-05-05' }) });
  const child = buildPerson({ name: '钱小宝', relation: 'grandchild', employment: 'not_applicable', student: true, idNumber: uniqueIdNumber({ birthDate: '2015-07-07' }) });
  const account = bankAccount(opts.accountHolder);
  const h = await createHousehold(
    deps,
    county,
    buildHousehold({ areaCode: opts.areaCode, members: [{ ...head, ...(opts.headAccount ? { bankAccount: opts.headAccount } : {}) }, child], incomes: [], deductions: [], assets: [], bankAccount: account }),
  );
  const program = opts.program ?? 'dibao';
  const headId = opts.subject === 'child' ? h.members.find((m) => m.name === '钱小宝')!.id : h.headPersonId!;
  const members = { headId: h.headPersonId!, childId: h.members.find((m) => m.name === '钱小宝')!.id };
  return deps.db.transaction().execute(async (trx) => {
    const app = await trx
      .insertInto('applications')
      .values({
        household_id: h.id,
        subject_person_id: opts.personBased ? headId : null,
        program,
        state: 'approved',
        democratic_review: 0,
        area_code: opts.areaCode,
        receiving_street_code: opts.areaCode.slice(0, 9),
        accepted_on: '2025-01-02',
        due_on: '2025-02-20',
        extended: 0,
        extension_reason: null,
        checklist: '[]',
        consent_document_id: null,
        calculated_amount: opts.amount,
        calculation: JSON.stringify({ trace: [{ step: 'members', value: 2 }] }),
        policy_version: 'test',
        category: program === 'dibao' ? 'A' : null,
        relative_flagged: 0,
        relative_review: null,
        urgent_amount: null,
        notice_id: null,
        decision_text: null,
        version: 1,
        created_by: county.userId,
        created_at: '2025-01-02T00:00:00.000Z',
        updated_at: '2025-01-02T00:00:00.000Z',
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    const e = await startEnrolment(trx, deps, county, {
      householdId: h.id,
      personId: opts.personBased ? headId : null,
      program,
      category: program === 'dibao' ? 'A' : null,
      monthlyAmount: opts.amount,
      calculation: JSON.stringify({ trace: [{ step: 'members', value: 2 }] }),
      policyVersion: 'test',
      startMonth: opts.startMonth,
      applicationId: app.id,
      areaCode: opts.areaCode,
    });
    return { enrolmentId: e.id, householdId: h.id, account: account.accountNumber, ...members };
  });
}

/** A multipart body with one file field, as a browser sends it. */
export function multipartFile(data: Buffer | string, filename: string): { payload: Buffer; headers: Record<string, string> } {
  const boundary = '----minzhengbank';
  const head = `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${filename}"\r\nContent-Type: application/octet-stream\r\n\r\n`;
  return {
    payload: Buffer.concat([Buffer.from(head), Buffer.isBuffer(data) ? data : Buffer.from(data), Buffer.from(`\r\n--${boundary}--\r\n`)]),
    headers: { 'content-type': `multipart/form-data; boundary=${boundary}` },
  };
}
