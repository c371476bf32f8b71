import { nowIso, todayInChina } from '../../clock.ts';
import type { Trx } from '../../db/types.ts';
import type { Deps } from '../../deps.ts';
import { assertAreaReadable, assertAreaWritable, assertPermission, type Actor } from '../../domain/actor.ts';
import { DomainError } from '../../domain/errors.ts';
import { firstStop, inForce, PAYING_KINDS } from '../../domain/payments/schedule.ts';
import { checkStatusChange, firstMonthWithout, householdAfterLoss, stopsBenefits, type PersonStatus } from '../../domain/person-status.ts';
import { recordAudit } from '../audit/service.ts';
import { applyEnrolmentChange, changesOf, type ChangeRow, type EnrolmentRow } from '../payments/service.ts';
import { onRecipientDeath } from '../veterans/service.ts';
import * as q from './queries.ts';
import type { StatusInput } from './schema.ts';

const STATUS_LABELS: Record<PersonStatus, string> = { alive: '健在', deceased: '死亡', moved_away: '迁出', imprisoned: '服刑' };

export function statusEntryView(r: q.StatusHistoryRow & { username?: string | null }) {
  return {
    id: r.id,
    previousStatus: r.previous_status,
    status: r.status,
    date: r.date,
    until: r.until,
    source: r.source,
    destination: r.destination,
    note: r.note,
    recordedBy: r.username ?? null,
    createdAt: r.created_at,
  };
}

type EnrolmentChangeMade = {
  enrolmentId: number;
  program: string;
  kind: 'stop' | 'amount';
  effectiveMonth: string;
  monthlyAmount: number | null;
  recovery: { id: number; totalAmount: number } | null;
  debts: { debtId: number; amount: number }[];
};

/**
 * 人员状态: records a death, a move away, an imprisonment or a return, with its history. A death
 * or imprisonment ends the person's benefits from the month after the event, in this same
 * transaction and by the same enrolment changes a caseworker would make: the person's own
 * enrolments stop; a household enrolment loses the person's share, or stops when no counted
 * member is left. Months already paid after the event become a recovery (追回) — a debt when
 * the enrolment has nothing left to pay it from. A household whose members have all died (or
 * left) is closed.
 */
export async function recordPersonStatus(deps: Deps, actor: Actor, personId: number, input: StatusInput) {
  return deps.db.transaction().execute((trx) => recordPersonStatusIn(trx, deps, actor, personId, input));
}

/**
 * The same change inside the caller's transaction (a confirmed death alert of the verification
 * centre records the death and stops the benefits together with the alert's outcome).
 */
export async function recordPersonStatusIn(trx: Trx, deps: Deps, actor: Actor, personId: number, input: StatusInput) {
  assertPermission(actor, 'editRegistry');
  const today = todayInChina(deps.clock);
  const now = nowIso(deps.clock);
  {
    if (deps.dialect === 'postgres') await trx.selectFrom('persons').select('id').where('id', '=', personId).forUpdate().execute();
    const p = await q.personWithHousehold(trx, personId);
    if (!p || p.household_id === null || p.area_code === null) throw new DomainError('not_found', 'person_not_found', { params: { id: personId } });
    assertAreaReadable(actor, p.area_code, 'person_not_found');
    assertAreaWritable(actor, p.area_code);
    const current = p.life_status as PersonStatus;
    const refusal = checkStatusChange({ status: current, since: p.status_date, birthDate: p.birth_date }, input, today);
    if (refusal) {
      throw new DomainError('conflict', refusal.code, {
        field: refusal.field,
        params: { from: STATUS_LABELS[current], to: STATUS_LABELS[input.status], date: input.date, since: p.status_date ?? '', birthDate: p.birth_date },
      });
    }
    const householdId = p.household_id;
    await trx
      .updateTable('persons')
      .set({
        life_status: input.status,
        status_date: input.date,
        // 服刑: not a member for the means test while in prison (§2); released: counted again.
        ...(input.status === 'imprisoned' ? { in_prison: 1 } : current === 'imprisoned' ? { in_prison: 0 } : {}),
        updated_at: now,
      })
      .where('id', '=', p.id)
      .execute();
    const entry = await q.insertStatus(trx, {
      person_id: p.id,
      household_id: householdId,
      area_code: p.area_code,
      previous_status: current,
      status: input.status,
      date: input.date,
      until: input.until ?? null,
      source: input.source,
      destination: input.destination ?? null,
      note: input.note ?? null,
      recorded_by: actor.userId,
      created_at: now,
    });
    await trx.updateTable('households').set((eb) => ({ version: eb('version', '+', 1), updated_at: now })).where('id', '=', householdId).execute();
    await recordAudit(trx, deps, actor, {
      action: 'person.status',
      entityType: 'household',
      entityId: householdId,
      areaCode: p.area_code,
      oldValue: { personId: p.id, name: p.name, status: current, since: p.status_date },
      newValue: { personId: p.id, name: p.name, status: input.status, date: input.date, until: input.until ?? null, source: input.source, historyId: entry.id },
    });

    const changes = stopsBenefits(input.status) ? await endBenefits(trx, deps, actor, p.id, householdId, input) : [];
    // 优抚: a recipient's death ends the record and opens a task to comfort the family.
    if (input.status === 'deceased') await onRecipientDeath(trx, deps, actor, p.id, input.date, p.name);

    const members = await q.membersOf(trx, householdId);
    const nobodyLeft = members.every((m) => m.life_status === 'deceased' || m.life_status === 'moved_away');
    const householdClosed = input.status === 'deceased' && nobodyLeft && p.household_status === 'active';
    if (householdClosed) {
      await trx.updateTable('households').set({ status: 'dissolved', updated_at: now }).where('id', '=', householdId).execute();
      await recordAudit(trx, deps, actor, {
        action: 'household.close',
        entityType: 'household',
        entityId: householdId,
        areaCode: p.area_code,
        oldValue: { status: p.household_status },
        newValue: { status: 'dissolved', reason: 'all_members_deceased', personId: p.id },
      });
    }
    const history = await q.historyOf(trx, [p.id]);
    return {
      personId: p.id,
      householdId,
      status: input.status,
      statusDate: input.date,
      history: history.map(statusEntryView),
      enrolmentChanges: changes,
      householdClosed,
    };
  }
}

/** The enrolment changes a death or imprisonment makes, from the month after the event. */
async function endBenefits(trx: Trx, deps: Deps, actor: Actor, personId: number, householdId: number, input: StatusInput): Promise<EnrolmentChangeMade[]> {
  const stopMonth = firstMonthWithout(input.date);
  const death = input.status === 'deceased';
  const remaining = (await q.membersOf(trx, householdId)).filter((m) => m.id !== personId && m.life_status === 'alive' && m.in_prison === 0).length;
  const made: EnrolmentChangeMade[] = [];
  for (const e of await q.enrolmentsTouching(trx, personId, householdId, deps.dialect === 'postgres')) {
    const rows = await changesOf(trx, e.id);
    const history = rows.map((r: ChangeRow) => ({ id: r.id, kind: r.kind, effectiveMonth: r.effective_month, monthlyAmount: r.monthly_amount === null ? null : Number(r.monthly_amount) }));
    const month = stopMonth < e.start_month ? e.start_month : stopMonth;
    const stop = firstStop(history);
    if (stop && stop.effectiveMonth <= month) continue;
    const reason = `${input.date} ${death ? '死亡' : '服刑'}（人员状态登记）`;
    let change: Parameters<typeof applyEnrolmentChange>[5];
    let covered: number | undefined;
    if (e.person_id !== null) {
      change = { kind: 'stop', effectiveMonth: month, reasonCode: death ? 'death' : 'imprisoned', reason };
    } else {
      const after = householdAfterLoss(inForce(history, month).amount || Number(e.monthly_amount), Number(e.covered_persons), remaining);
      if (after.kind === 'stop') {
        change = { kind: 'stop', effectiveMonth: month, reasonCode: death ? 'death' : 'imprisoned', reason: `${reason}，家庭无其他保障成员` };
      } else {
        const now = inForce(history, month);
        // A suspended enrolment is not paying: its amount is the caseworker's when it resumes.
        if (!now.change || !PAYING_KINDS.includes(now.change.kind) || after.amount === now.amount) continue;
        change = { kind: 'amount', effectiveMonth: month, monthlyAmount: after.amount, reasonCode: death ? 'member_died' : 'household_change', reason: `${reason}，保障人数 ${after.covered}` };
        covered = after.covered;
      }
    }
    const r = await applyEnrolmentChange(trx, deps, actor, e as EnrolmentRow, rows, change, covered === undefined ? {} : { coveredPersons: covered });
    made.push({
      enrolmentId: e.id,
      program: e.program,
      kind: change.kind as 'stop' | 'amount',
      effectiveMonth: month,
      monthlyAmount: change.kind === 'amount' ? (change.monthlyAmount ?? null) : null,
      recovery: r.adjustment && r.adjustment.kind === 'recovery' ? { id: r.adjustment.id, totalAmount: r.adjustment.totalAmount } : null,
      debts: r.debts.map((d) => ({ debtId: d.debtId, amount: d.amount })),
    });
  }
  return made;
}
