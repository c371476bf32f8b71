import { PROGRAM_NAMES } from '../../domain/programs/names.ts';
import { addCalendarDays, addMonths, addWorkingDays as addWorkingDaysOnCalendar, isWorkingDay, monthOf, nextMonth } from '../../domain/calendar.ts';
import { confirmationDueOn as dueOnByLaw, NATIONAL_LIMITS, noticeClosesOn as closesAfter } from '../../domain/cases/legal-clock.ts';
import { ageOn } from '../../domain/id-number.ts';
import { maskIdNumber, maskName } from '../../domain/masking.ts';
import { monthReachingAge, type ProgramResult } from '../../domain/programs/index.ts';
import type { NewHousehold, PersonInput } from '../registry/schema.ts';
import { calculateFor, type DemoPolicy } from './eligibility.ts';

/**
 * 12 months of case and enrolment history for a generated district (DOMAIN.md §5–6): who
 * applied, who was enrolled and when, the amount changes reviews found, the exits, and the
 * cases still open. Planned in memory from the generated households, before they are
 * inserted; `history-rows.ts` turns the plans into rows once ids are reserved.
 *
 * - `eligible` (the demo): households the dibao calculation finds eligible are enrolled (a
 *   few are still applying, a few never applied); a person alone with no obligor and no
 *   income to speak of is supported as tekun (特困) instead; persons aged 80+ draw the high-age
 *   allowance; some households just above the line applied and were refused, some are applying.
 * - `all` (the payroll benchmark): every household is enrolled in dibao — the eligible ones with
 *   their case history, the others as migrated from the previous system (存量迁移).
 */
export type EnrolMode = 'none' | 'eligible' | 'all';

export type StaffRole = 'community' | 'street' | 'verifier' | 'county';
export type DemoActors = Record<StaffRole, { id: number; username: string } | null>;

export interface PlannedEvent {
  at: string;
  actor: StaffRole | null;
  action: string;
  from: string | null;
  to: string;
  comment: string | null;
  data: unknown;
}

export interface PlannedChange {
  kind: 'start' | 'amount' | 'stop';
  effectiveMonth: string;
  monthlyAmount: number | null;
  coveredPersons: number | null;
  reasonCode: string | null;
  reason: string | null;
  decidedOn: string;
  actor: StaffRole | null;
  createdAt: string;
}

export interface PlannedEnrolment {
  personIndex: number | null;
  program: string;
  category: string | null;
  calculation: string;
  policyVersion: string;
  startMonth: string;
  coveredPersons: number;
  createdAt: string;
  changes: PlannedChange[];
}

export interface PlannedCase {
  householdIndex: number;
  /** index into the household's members, for person-level programs */
  personIndex: number | null;
  program: string;
  state: string;
  democraticReview: boolean;
  checklist: string[];
  acceptedOn: string;
  dueOn: string;
  calculatedAmount: number | null;
  calculation: string | null;
  policyVersion: string | null;
  category: string | null;
  decisionText: string | null;
  notice: { openedOn: string; closesOn: string; maskedName: string; maskedIdNumber: string; members: number; monthlyAmount: number; published: number; createdAt: string } | null;
  records: { kind: string; happenedOn: string; staffCount: number; data: unknown; actor: StaffRole; createdAt: string }[];
  events: PlannedEvent[];
  createdAt: string;
  updatedAt: string;
  enrolment: PlannedEnrolment | null;
}

export interface HistoryContext {
  mode: Exclude<EnrolMode, 'none'>;
  today: string;
  rand: () => number;
  policyFor(areaCode: string): DemoPolicy;
}

/** What the demo says about a household it decided for (the tests check these against the calculation). */
export interface HistoryTally {
  dibaoEligibleHouseholds: number;
  enrolments: Record<string, number>;
  stops: number;
  amountChanges: number;
  openApplications: number;
  rejected: number;
}

export const emptyTally = (): HistoryTally => ({ dibaoEligibleHouseholds: 0, enrolments: {}, stops: 0, amountChanges: 0, openApplications: 0, rejected: 0 });


const STAFF = { community: ['张丽', '王芳', '李娜', '刘洋'], street: ['陈静', '杨帆', '赵磊'] };
const STOP_REASONS: Record<string, string> = {
  income_rise: '家庭成员就业，人均收入超过保障标准',
  death: '保障对象死亡',
  moved_away: '户籍迁出本区',
  voluntary: '本人申请退出',
  review_ineligible: '复核发现家庭财产超过规定标准',
};

function yuan(fen: number): string {
  return (fen / 100).toFixed(2);
}

/**
 * Working-day arithmetic, remembered: a district's cases fall on a few hundred distinct days,
 * and walking the holiday calendar for each of a million people would dominate the fill.
 */
const remembered = new Map<string, string>();
function memo(key: string, compute: () => string): string {
  let v = remembered.get(key);
  if (v === undefined) remembered.set(key, (v = compute()));
  return v;
}
function addWorkingDays(date: string, n: number): string {
  return memo(`${date}+${n}`, () => addWorkingDaysOnCalendar(date, n));
}
function confirmationDueOn(acceptedOn: string, extended: boolean): string {
  return memo(`${acceptedOn}:due:${extended}`, () => dueOnByLaw(acceptedOn, extended, NATIONAL_LIMITS));
}
/** The demo district keeps the national limits and the 7-day notice (demoPolicy.cases). */
function noticeClosesOn(openedOn: string): string {
  return closesAfter(openedOn, 7);
}
/** 入户调查 starts within 3 working days of acceptance; 不予确认通知书 within 3 of the decision (the demo keeps the national limits). */
export function demoDueIn3WorkingDays(date: string): string {
  return addWorkingDays(date, NATIONAL_LIMITS.investigationStartWorkingDays);
}
function workingDayOnOrAfter(date: string): string {
  return memo(`${date}>=`, () => (isWorkingDay(date) ? date : addWorkingDaysOnCalendar(date, 1)));
}

/** Timestamps of one case in order: working hours in Beijing (01:00–09:00 UTC), later each step. */
class CaseClock {
  #date = '';
  #minutes = 0;
  at(date: string, rand: () => number): string {
    if (date !== this.#date) {
      this.#date = date;
      this.#minutes = 60 + Math.floor(rand() * 90);
    } else {
      this.#minutes += 5 + Math.floor(rand() * 40);
    }
    const h = Math.floor(this.#minutes / 60);
    const m = this.#minutes % 60;
    return `${date}T${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}:00.000Z`;
  }
}

function pickOf<T>(rand: () => number, items: readonly T[]): T {
  return items[Math.floor(rand() * items.length)]!;
}

function ageOf(m: PersonInput, date: string): number {
  return ageOn(`${m.idNumber.slice(6, 10)}-${m.idNumber.slice(10, 12)}-${m.idNumber.slice(12, 14)}`, date);
}

function birthOf(m: PersonInput): string {
  return `${m.idNumber.slice(6, 10)}-${m.idNumber.slice(10, 12)}-${m.idNumber.slice(12, 14)}`;
}

/** 分类管理: A stable (nobody can work, no earnings), C with labour capacity, B between. */
function categoryOf(h: NewHousehold, today: string): 'A' | 'B' | 'C' {
  const working = h.members.some((m) => m.laborCapacity !== 'none' && ageOf(m, today) >= 16 && ageOf(m, today) < 60);
  if (working) return 'C';
  const earns = h.incomes.some((i) => i.type === 'business' || i.type === 'wage');
  return earns ? 'B' : 'A';
}

const REVIEW_MONTHS = { A: 12, B: 6, C: 3 } as const;

interface Steps {
  /** the state the case is left in; `approved` when it ran to the end */
  state: string;
  events: PlannedEvent[];
  records: PlannedCase['records'];
  notice: { openedOn: string } | null;
  frozen: boolean;
  lastDate: string;
  confirmDate: string | null;
}

/**
 * Runs a case from acceptance on `acceptedOn` through the steps of its path on plausible
 * working days, stopping before any step that would fall after `until` (an open case) or
 * before the final decision when `decide` is false. `reject` ends it with a refusal at street review.
 */
function runCase(
  rand: () => number,
  path: 'full' | 'short',
  acceptedOn: string,
  opts: { until: string; decide: boolean; reject: boolean; democraticReview: boolean; checklist: string[]; amount: number | null; rejectReason?: string },
): Steps {
  const clock = new CaseClock();
  const events: PlannedEvent[] = [];
  const records: PlannedCase['records'] = [];
  let state = 'submitted';
  let notice: Steps['notice'] = null;
  let frozen = false;
  let lastDate = acceptedOn;
  let confirmDate: string | null = null;
  const step = (date: string, actor: StaffRole, action: string, to: string, data: unknown = null, comment: string | null = null) => {
    events.push({ at: clock.at(date, rand), actor, action, from: state, to, comment, data });
    state = to;
    lastDate = date;
  };
  events.push({ at: clock.at(acceptedOn, rand), actor: 'community', action: 'submit', from: null, to: 'submitted', comment: null, data: { checklist: opts.checklist } });
  const plan: { date: string; run: () => void }[] = [];
  let d = acceptedOn;
  plan.push({ date: d, run: () => step(acceptedOn, 'street', 'accept', path === 'full' ? 'investigation' : 'street_review', { effects: ['start_clock'], amount: null }) });
  if (path === 'full') {
    const investigated = (d = addWorkingDays(d, 1 + Math.floor(rand() * 3)));
    plan.push({
      date: investigated,
      run: () => {
        const staff = [pickOf(rand, STAFF.community), pickOf(rand, STAFF.street)];
        if (staff[0] === staff[1]) staff[1] = STAFF.street[0]!;
        records.push({ kind: 'investigation', happenedOn: investigated, staffCount: 2, data: { staff, findings: '入户核实家庭人口、居住和生活状况，与申报一致。', photoDocumentIds: [] }, actor: 'community', createdAt: clock.at(investigated, rand) });
        step(investigated, 'community', 'complete_investigation', 'verification');
      },
    });
    const verified = (d = addWorkingDays(d, 2 + Math.floor(rand() * 5)));
    plan.push({
      date: verified,
      run: () => {
        records.push({
          kind: 'verification',
          happenedOn: verified,
          staffCount: 0,
          data: {
            items: [
              { source: '银行存款', declared: '如实申报', found: '与申报一致', matches: true },
              { source: '车辆登记', declared: '无', found: '无', matches: true },
              { source: '社会保险', declared: '如实申报', found: '与申报一致', matches: true },
            ],
            conclusion: '核对结果与申报一致。',
          },
          actor: 'verifier',
          createdAt: clock.at(verified, rand),
        });
        step(verified, 'verifier', 'complete_verification', opts.democraticReview ? 'democratic_review' : 'street_review');
      },
    });
    if (opts.democraticReview) {
      const reviewed = (d = addWorkingDays(d, 2 + Math.floor(rand() * 4)));
      plan.push({
        date: reviewed,
        run: () => {
          records.push({ kind: 'review_meeting', happenedOn: reviewed, staffCount: 0, data: { panelSize: 21, attendance: 19, votesFor: 18, votesAgainst: 1, minutes: '评议小组听取情况介绍后投票表决。' }, actor: 'community', createdAt: clock.at(reviewed, rand) });
          step(reviewed, 'community', 'complete_democratic_review', 'street_review');
        },
      });
    }
  }
  const reviewedOn = (d = addWorkingDays(d, 1 + Math.floor(rand() * 4)));
  if (opts.reject) {
    plan.push({ date: reviewedOn, run: () => step(reviewedOn, 'street', 'reject', 'rejected', { effects: ['rejection_notice'], amount: null }, opts.rejectReason ?? '家庭人均收入高于保障标准') });
  } else {
    plan.push({
      date: reviewedOn,
      run: () => {
        frozen = true;
        if (path === 'full') notice = { openedOn: reviewedOn };
        step(reviewedOn, 'street', 'street_approve', path === 'full' ? 'public_notice' : 'county_confirmation', { effects: path === 'full' ? ['freeze_amount', 'open_notice'] : ['freeze_amount'], amount: opts.amount });
      },
    });
    if (path === 'full') {
      const closed = (d = addWorkingDays(noticeClosesOn(reviewedOn), 1 + Math.floor(rand() * 2)));
      plan.push({ date: closed, run: () => step(closed, 'community', 'close_notice', 'county_confirmation') });
    }
    if (opts.decide) {
      const confirmed = (d = addWorkingDays(d, 1 + Math.floor(rand() * 5)));
      plan.push({
        date: confirmed,
        run: () => {
          confirmDate = confirmed;
          step(confirmed, 'county', 'confirm', 'approved', { effects: ['enrol'], amount: opts.amount });
        },
      });
    }
  }
  for (const p of plan) {
    if (p.date > opts.until) break;
    p.run();
  }
  return { state, events, records, notice, frozen, lastDate, confirmDate };
}

/** A random working day in `month`. */
function dayIn(rand: () => number, month: string): string {
  return workingDayOnOrAfter(`${month}-${String(1 + Math.floor(rand() * 26)).padStart(2, '0')}`);
}

function counted(result: ProgramResult): number {
  const step = result.trace.find((s) => s.step === 'members');
  return typeof step?.value === 'number' ? step.value : 1;
}

function decisionText(program: string, start: string, category: string | null, amount: number): string {
  return `经审核确认，自 ${start} 起纳入${PROGRAM_NAMES[program] ?? program}，${category ? `${category} 类，` : ''}月保障金额 ${yuan(amount)} 元。`;
}

/**
 * Plans the cases of one generated household. May change the payload (a member found work, a
 * deposit grew) so that the registry shows why an enrolment was stopped; every calculation
 * the plan relies on is made before that, on the data as it stood.
 */
export function planHousehold(ctx: HistoryContext, h: NewHousehold, householdIndex: number, tally: HistoryTally): PlannedCase[] {
  const { rand, today } = ctx;
  const p = ctx.policyFor(h.areaCode);
  const currentMonth = monthOf(today);
  const firstMonth = addMonths(currentMonth, -12);
  const plans: PlannedCase[] = [];
  const head = h.members.find((m) => m.relation === 'head')!;
  const now = calculateFor(h, 'dibao', today, p);
  if (now.eligible) tally.dibaoEligibleHouseholds++;
  const standard = h.urbanRural === 'urban' ? p.policy.dibao.urbanStandard : p.policy.dibao.ruralStandard;

  /**
   * When a case that ends in enrolment was accepted: three in four before the 12 months (the
   * caseload the year began with, paid from its first month), the rest spread over them.
   */
  const acceptedForStart = (): string => {
    if (rand() < 0.75) return dayIn(rand, addMonths(firstMonth, -2 - Math.floor(rand() * 5)));
    const start = addMonths(firstMonth, 1 + Math.floor(rand() * 11));
    // Accepted one to two months before the month payment starts.
    return dayIn(rand, addMonths(start, rand() < 0.5 ? -1 : -2));
  };

  const enrolledCase = (program: string, personIndex: number | null, acceptedOn: string, amountAt: (date: string) => ProgramResult | null): PlannedCase | null => {
    const path = program === 'elderly_allowance' ? 'short' : 'full';
    const democraticReview = path === 'full' && rand() < 0.2;
    const checklist = path === 'full' ? ['application_form', 'id_cards', 'household_register', 'income_proof', 'consent'] : ['application_form', 'id_cards'];
    const run = runCase(rand, path, acceptedOn, { until: addCalendarDays(today, -1), decide: true, reject: false, democraticReview, checklist, amount: null });
    if (run.state !== 'approved' || !run.confirmDate) return null;
    const decided = amountAt(run.confirmDate);
    if (!decided?.eligible) return null;
    const amount = decided.monthlyAmount;
    // The amount street review froze is the one confirmed (the calculation on the day of the decision).
    for (const e of run.events) if (e.data && typeof e.data === 'object' && 'amount' in e.data) (e.data as { amount: number | null }).amount = e.action === 'accept' ? null : amount;
    const category = program === 'dibao' ? categoryOf(h, run.confirmDate) : null;
    const start = nextMonth(monthOf(run.confirmDate));
    const calculation = JSON.stringify(decided);
    const covered = program === 'dibao' ? counted(decided) : 1;
    const confirmAt = run.events.at(-1)!.at;
    const changes: PlannedChange[] = [
      { kind: 'start', effectiveMonth: start, monthlyAmount: amount, coveredPersons: covered, reasonCode: null, reason: null, decidedOn: run.confirmDate, actor: 'county', createdAt: confirmAt },
    ];
    // Reviews (复核) by category recalculate; a different amount is an amount change from the next month.
    let current = amount;
    if (program === 'elderly_allowance') {
      // The next tier is paid from the month after the 90th birthday, without waiting for a review.
      const tierMonth = nextMonth(monthReachingAge(birthOf(h.members[personIndex!]!), 90));
      const decidedOn = workingDayOnOrAfter(`${tierMonth}-01`);
      const again = tierMonth > start && decidedOn < today ? amountAt(decidedOn) : null;
      if (again?.eligible && again.monthlyAmount !== current) {
        changes.push({ kind: 'amount', effectiveMonth: tierMonth, monthlyAmount: again.monthlyAmount, coveredPersons: 1, reasonCode: 'review', reason: `年满90周岁，高龄津贴由 ${yuan(current)} 元调整为 ${yuan(again.monthlyAmount)} 元`, decidedOn, actor: 'street', createdAt: `${decidedOn}T02:00:00.000Z` });
        tally.amountChanges++;
      }
    }
    const every = program === 'dibao' ? REVIEW_MONTHS[category as 'A' | 'B' | 'C'] : 12;
    for (let m = addMonths(start, every - 1); program !== 'elderly_allowance' && m < currentMonth; m = addMonths(m, every)) {
      const reviewedOn = dayIn(rand, m);
      if (reviewedOn >= today) break;
      const again = amountAt(reviewedOn);
      if (!again?.eligible || again.monthlyAmount === current) continue;
      changes.push({ kind: 'amount', effectiveMonth: nextMonth(m), monthlyAmount: again.monthlyAmount, coveredPersons: program === 'dibao' ? counted(again) : 1, reasonCode: 'review', reason: `复核重新核算：月保障金额由 ${yuan(current)} 元调整为 ${yuan(again.monthlyAmount)} 元`, decidedOn: reviewedOn, actor: 'county', createdAt: `${reviewedOn}T03:00:00.000Z` });
      current = again.monthlyAmount;
      tally.amountChanges++;
    }
    const person = personIndex === null ? head : h.members[personIndex]!;
    return {
      householdIndex,
      personIndex,
      program,
      state: 'approved',
      democraticReview,
      checklist,
      acceptedOn,
      dueOn: confirmationDueOn(acceptedOn, false),
      calculatedAmount: amount,
      calculation,
      policyVersion: decided.policyVersion,
      category,
      decisionText: decisionText(program, start, category, amount),
      notice: run.notice
        ? { openedOn: run.notice.openedOn, closesOn: noticeClosesOn(run.notice.openedOn), maskedName: maskName(person.name), maskedIdNumber: maskIdNumber(person.idNumber), members: covered, monthlyAmount: amount, published: 1, createdAt: run.events.find((e) => e.action === 'street_approve')!.at }
        : null,
      records: run.records,
      events: run.events,
      createdAt: run.events[0]!.at,
      updatedAt: confirmAt,
      enrolment: { personIndex, program, category, calculation, policyVersion: decided.policyVersion, startMonth: start, coveredPersons: covered, createdAt: confirmAt, changes },
    };
  };

  /** Ends an enrolment from a month in the 12, with a reason that fits the household. */
  const stop = (c: PlannedCase, reasons: string[]) => {
    const e = c.enrolment!;
    const last = e.changes.at(-1)!;
    const afterStart = addMonths(e.startMonth, 2);
    const afterLast = nextMonth(last.effectiveMonth);
    const from = afterStart > afterLast ? afterStart : afterLast;
    if (from >= currentMonth) return;
    const span = Math.round((Number(currentMonth.slice(0, 4)) * 12 + Number(currentMonth.slice(5))) - (Number(from.slice(0, 4)) * 12 + Number(from.slice(5))));
    const effective = addMonths(from, Math.floor(rand() * span));
    const decidedOn = dayIn(rand, addMonths(effective, -1));
    if (decidedOn >= today || decidedOn <= last.decidedOn) return;
    const code = pickOf(rand, reasons);
    e.changes.push({ kind: 'stop', effectiveMonth: effective, monthlyAmount: null, coveredPersons: null, reasonCode: code, reason: STOP_REASONS[code] ?? code, decidedOn, actor: 'county', createdAt: `${decidedOn}T06:30:00.000Z` });
    tally.stops++;
    if (code === 'income_rise') {
      // The registry shows why: the able member now has a job.
      const able = h.members.find((m) => m.laborCapacity !== 'none' && ageOf(m, today) >= 16 && ageOf(m, today) < 60)!;
      able.employment = 'employed';
      const wage = Math.ceil((1.7 * standard * h.members.length) / 0.695 / 100) * 100;
      h.incomes = h.incomes.filter((i) => i.idNumber !== able.idNumber);
      h.incomes.push({ idNumber: able.idNumber, type: 'wage', monthly: wage });
      h.deductions.push({ idNumber: able.idNumber, type: 'social_insurance', monthly: Math.round(wage * 0.105) });
    } else if (code === 'review_ineligible' && c.program === 'tekun') {
      // 特困 is about the person: the review found a relative able and obliged to support them.
      h.obligors.push({ name: `${head.name.slice(0, 1)}${pickOf(rand, ['建军', '国平', '志强', '秀珍'])}`, relation: '子女', monthlySupport: Math.round(standard * 0.5 / 100) * 100, ableToSupport: true });
    } else if (code === 'review_ineligible') {
      h.assets.push({ type: 'deposit', value: Math.ceil((p.policy.dibao.assetMonths + 6) * standard * h.members.length / 100) * 100, exempt: false, description: '复核发现的定期存款' });
    }
  };

  if (ctx.mode === 'all') {
    const c = now.eligible ? enrolledCase('dibao', null, acceptedForStart(), (date) => calculateFor(h, 'dibao', date, p)) : null;
    plans.push(c ?? migrated(h, householdIndex, now, firstMonth, standard, p));
    tally.enrolments.dibao = (tally.enrolments.dibao ?? 0) + 1;
    return plans;
  }

  const draw = rand();
  if (now.eligible) {
    // 三无: alone, no obligor on record, hardly any income of their own → supported as tekun.
    const alone = h.members.length === 1 && h.obligors.length === 0;
    const tekun = alone ? calculateFor(h, 'tekun', today, p, head.idNumber) : null;
    const ownIncome = h.incomes.reduce((s, i) => s + (i.type === 'elderly_allowance' ? 0 : i.monthly), 0);
    const program = tekun?.eligible && ownIncome < standard * 0.5 ? 'tekun' : 'dibao';
    const subject = program === 'tekun' ? head.idNumber : undefined;
    const amountAt = (date: string) => calculateFor(h, program, date, p, subject);
    if (draw < 0.8) {
      const c = enrolledCase(program, program === 'tekun' ? 0 : null, acceptedForStart(), amountAt);
      // Confirmed too late to show here: it is still on the county's desk.
      if (!c) plans.push(openCase(ctx, h, householdIndex, program, program === 'tekun' ? 0 : null, amountAt, tally));
      if (c) {
        plans.push(c);
        tally.enrolments[program] = (tally.enrolments[program] ?? 0) + 1;
        if (rand() < 0.12) {
          const able = h.members.some((m) => m.laborCapacity !== 'none' && ageOf(m, today) >= 16 && ageOf(m, today) < 60);
          const old = h.members.length === 1 && ageOf(head, today) >= 70;
          stop(c, [...(able ? ['income_rise', 'income_rise'] : []), ...(old ? ['death', 'death'] : []), 'moved_away', 'voluntary', 'review_ineligible']);
        }
      }
    } else if (draw < 0.95) {
      plans.push(openCase(ctx, h, householdIndex, program, program === 'tekun' ? 0 : null, amountAt, tally));
    }
  } else if (draw < 0.16) {
    // Just above the line (低保边缘): some applied and were refused, some are applying now.
    const per = now.perCapitaIncome ?? Number.MAX_SAFE_INTEGER;
    if (per < standard * 1.5 && now.reasons.includes('income_above_standard')) {
      if (draw < 0.08) plans.push(rejectedCase(ctx, h, householdIndex, now, firstMonth, tally));
      else plans.push(openCase(ctx, h, householdIndex, 'dibao', null, (date) => calculateFor(h, 'dibao', date, p), tally));
    }
  }

  // 高龄津贴 for everyone 80 and over, from the month after the birthday (short path).
  let elderlyOpen = false;
  h.members.forEach((m, i) => {
    if (ageOf(m, today) < 80) return;
    const amountAt = (date: string) => calculateFor(h, 'elderly_allowance', date, p, m.idNumber);
    const late = rand();
    if (late < 0.06) {
      // Turned 80 not long ago, or only heard of it now: the application is on its way.
      // One open application per household and program (the second partner waits for the first).
      if (late < 0.015 && !elderlyOpen) plans.push(openCase(ctx, h, householdIndex, 'elderly_allowance', i, amountAt, tally, 'short'));
      elderlyOpen ||= late < 0.015;
      return;
    }
    const reached = nextMonth(monthReachingAge(birthOf(m), 80));
    const accepted = acceptedForStart();
    const earliest = workingDayOnOrAfter(`${reached}-01`);
    const c = enrolledCase('elderly_allowance', i, accepted > earliest ? accepted : earliest, amountAt);
    if (!c) return;
    plans.push(c);
    tally.enrolments.elderly_allowance = (tally.enrolments.elderly_allowance ?? 0) + 1;
    if (ageOf(m, today) >= 85 && rand() < 0.06) stop(c, ['death']);
  });
  return plans;
}

/** A case in progress, accepted in the last ~9 weeks: those past 30 working days are overdue. */
function openCase(
  ctx: HistoryContext,
  h: NewHousehold,
  householdIndex: number,
  program: string,
  personIndex: number | null,
  amountAt: (date: string) => ProgramResult,
  tally: HistoryTally,
  path: 'full' | 'short' = 'full',
): PlannedCase {
  const { rand, today } = ctx;
  const acceptedOn = addWorkingDays(today, -1 - Math.floor(rand() * (path === 'full' ? 50 : 12)));
  const eligibleNow = amountAt(today);
  const democraticReview = path === 'full' && rand() < 0.2;
  const checklist = path === 'full' ? ['application_form', 'id_cards', 'household_register', 'income_proof', 'consent'] : ['application_form', 'id_cards'];
  // An ineligible applicant's case waits at street review, where it will be refused.
  const run = runCase(rand, path, acceptedOn, { until: addCalendarDays(today, -1), decide: false, reject: false, democraticReview, checklist, amount: eligibleNow.eligible ? eligibleNow.monthlyAmount : null });
  let { state, events, records } = run;
  let notice = run.notice;
  if (!eligibleNow.eligible && run.frozen) {
    // Cut back to street review: nobody approves an amount the calculation refuses.
    const i = events.findIndex((e) => e.action === 'street_approve');
    events = events.slice(0, i);
    state = 'street_review';
    notice = null;
  }
  const frozen = events.some((e) => e.action === 'street_approve');
  const decided = frozen ? amountAt(events.find((e) => e.action === 'street_approve')!.at.slice(0, 10)) : null;
  const person = personIndex === null ? h.members.find((m) => m.relation === 'head')! : h.members[personIndex]!;
  tally.openApplications++;
  return {
    householdIndex,
    personIndex,
    program,
    state,
    democraticReview,
    checklist,
    acceptedOn,
    dueOn: confirmationDueOn(acceptedOn, false),
    calculatedAmount: decided?.eligible ? decided.monthlyAmount : null,
    calculation: decided ? JSON.stringify(decided) : null,
    policyVersion: decided?.policyVersion ?? null,
    category: null,
    decisionText: null,
    notice:
      notice && decided
        ? { openedOn: notice.openedOn, closesOn: noticeClosesOn(notice.openedOn), maskedName: maskName(person.name), maskedIdNumber: maskIdNumber(person.idNumber), members: program === 'dibao' ? counted(decided) : 1, monthlyAmount: decided.monthlyAmount, published: 1, createdAt: events.find((e) => e.action === 'street_approve')!.at }
        : null,
    records,
    events,
    createdAt: events[0]!.at,
    updatedAt: events.at(-1)!.at,
    enrolment: null,
  };
}

/** Applied some time in the 12 months and was refused at street review: income above the standard. */
function rejectedCase(ctx: HistoryContext, h: NewHousehold, householdIndex: number, result: ProgramResult, firstMonth: string, tally: HistoryTally): PlannedCase {
  const { rand, today } = ctx;
  const acceptedOn = dayIn(rand, addMonths(firstMonth, Math.floor(rand() * 10)));
  const checklist = ['application_form', 'id_cards', 'household_register', 'income_proof', 'consent'];
  const comment = '经核算，家庭月人均收入高于当地最低生活保障标准';
  const run = runCase(rand, 'full', acceptedOn, { until: addCalendarDays(today, -1), decide: true, reject: true, democraticReview: false, checklist, amount: null, rejectReason: comment });
  tally.rejected += run.state === 'rejected' ? 1 : 0;
  if (run.state !== 'rejected') tally.openApplications++;
  return {
    householdIndex,
    personIndex: null,
    program: 'dibao',
    state: run.state,
    democraticReview: false,
    checklist,
    acceptedOn,
    dueOn: confirmationDueOn(acceptedOn, false),
    calculatedAmount: null,
    calculation: JSON.stringify(result),
    policyVersion: result.policyVersion,
    category: null,
    decisionText:
      run.state === 'rejected'
        ? [`不予确认通知书`, `经审核，您于 ${acceptedOn} 提出的最低生活保障申请不符合条件，决定不予确认。`, `理由：${comment}（家庭人均收入高于保障标准）`, `如对本决定不服，可自收到本通知之日起六十日内向上一级民政部门申请行政复议，或在六个月内依法提起行政诉讼。`, `日期：${run.lastDate}`].join('\n')
        : null,
    notice: null,
    records: run.records,
    events: run.events,
    createdAt: run.events[0]!.at,
    updatedAt: run.events.at(-1)!.at,
    enrolment: null,
  };
}

/**
 * The benchmark's enrolment of a household the calculation does not find eligible: carried
 * over from the previous system (存量迁移), one event, paid a plausible amount from the first month.
 */
function migrated(h: NewHousehold, householdIndex: number, now: ProgramResult, firstMonth: string, standard: number, p: DemoPolicy): PlannedCase {
  const members = h.members.filter((m) => !m.inPrison).length || 1;
  const amount = Math.max(p.policy.dibao.minimumPerPerson * members, Math.round((standard * 0.3 * members) / 100) * 100);
  const on = workingDayOnOrAfter(`${addMonths(firstMonth, -1)}-01`);
  const at = `${on}T01:00:00.000Z`;
  const calculation = JSON.stringify({ migrated: true, monthlyAmount: amount, policyVersion: now.policyVersion });
  return {
    householdIndex,
    personIndex: null,
    program: 'dibao',
    state: 'approved',
    democraticReview: false,
    checklist: [],
    acceptedOn: on,
    dueOn: on,
    calculatedAmount: amount,
    calculation,
    policyVersion: now.policyVersion,
    category: 'A',
    decisionText: '存量保障对象，自原系统迁移。',
    notice: null,
    records: [],
    events: [{ at, actor: null, action: 'migrate', from: null, to: 'approved', comment: '存量保障对象，自原系统迁移', data: null }],
    createdAt: at,
    updatedAt: at,
    enrolment: {
      personIndex: null,
      program: 'dibao',
      category: 'A',
      calculation,
      policyVersion: now.policyVersion,
      startMonth: firstMonth,
      coveredPersons: members,
      createdAt: at,
      changes: [{ kind: 'start', effectiveMonth: firstMonth, monthlyAmount: amount, coveredPersons: members, reasonCode: null, reason: '存量迁移', decidedOn: on, actor: null, createdAt: at }],
    },
  };
}
