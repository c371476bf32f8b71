/**
 * 动态管理 in the demo district (issue 16): what a year after enrolment leaves behind — a few
 * deaths recorded from the funeral records (benefits stopped, months paid since recovered), a
 * finished campaign (专项核查) over the demo community's dibao recipients with its continuations,
 * lowerings, exits and gradual exits (渐退), and a few reviews opened and left under way while
 * the rest of the district stays due or overdue on its schedule. Everything goes through the
 * services, so every step has its history and audit entry like a caseworker's.
 */
import { todayInChina } from '../../clock.ts';
import type { Deps } from '../../deps.ts';
import { addCalendarDays, addMonths, monthOf } from '../../domain/calendar.ts';
import { DomainError } from '../../domain/errors.ts';
import { actorForUsername } from '../auth/service.ts';
import { recordPersonStatus } from '../person-status/service.ts';
import { confirmOutcome, openReview, proposeOutcome, recordVisit, startCampaign } from '../reviews/service.ts';

export interface AfterEnrolmentResult {
  deaths: number;
  campaignId: number | null;
  campaignReviews: number;
  exits: number;
  gradualExits: number;
  openReviews: number;
}

const NONE: AfterEnrolmentResult = { deaths: 0, campaignId: null, campaignReviews: 0, exits: 0, gradualExits: 0, openReviews: 0 };

export async function demoAfterEnrolment(deps: Deps, opts: { street: string; community: string; deaths?: number }): Promise<AfterEnrolmentResult> {
  let county, street, community;
  try {
    county = await actorForUsername(deps, 'county');
    street = await actorForUsername(deps, 'street');
    community = await actorForUsername(deps, 'community');
  } catch (e) {
    if (e instanceof DomainError) return NONE;
    throw e;
  }
  if (!opts.community.startsWith(community.areaCode) || !opts.community.startsWith(street.areaCode)) return NONE;
  const today = todayInChina(deps.clock);
  const from = addMonths(monthOf(today), 1);

  // 死亡: members of live dibao households of the street outside the demo community, from the funeral records.
  const dead = await deps.db
    .selectFrom('enrolments as e')
    .innerJoin('persons as p', 'p.household_id', 'e.household_id')
    .innerJoin('households as h', 'h.id', 'e.household_id')
    .select(['p.id'])
    .where('e.program', '=', 'dibao')
    .where('e.status', '=', 'active')
    .where('e.area_code', 'like', `${opts.street}%`)
    .where('e.area_code', '<>', opts.community)
    .whereRef('p.id', '<>', 'h.head_person_id')
    .where('p.life_status', '=', 'alive')
    .orderBy('e.id')
    .limit(opts.deaths ?? 3)
    .execute();
  let deaths = 0;
  for (const [i, p] of dead.entries()) {
    await recordPersonStatus(deps, county, p.id, { status: 'deceased', date: addCalendarDays(today, -20 - 15 * i), source: 'funeral', note: '殡葬管理信息系统火化记录比对' });
    deaths++;
  }

  // 专项核查 over the demo community's dibao recipients, every review decided.
  const campaign = await startCampaign(deps, county, { areaCode: opts.community, program: 'dibao' });
  const reviews = await deps.db.selectFrom('reviews').select(['id', 'amount_in_force']).where('campaign_id', '=', campaign.id).orderBy('id').execute();
  let exits = 0;
  let gradualExits = 0;
  for (const [i, r] of reviews.entries()) {
    const visitOn = addCalendarDays(today, -1);
    await recordVisit(deps, community, r.id, { visitOn, notes: '入户核查：家庭成员、收入和居住情况与档案一致。', verificationNeeded: false });
    const amount = Number(r.amount_in_force);
    if (i % 9 === 3) {
      await proposeOutcome(deps, street, r.id, { outcome: 'stop', stopReason: 'income_rise', memberFoundWork: true, effectiveMonth: from, reason: '家庭成员已稳定就业，人均收入超过保障标准，按规定渐退。' });
      await confirmOutcome(deps, county, r.id, { decision: 'confirm', comment: '同意渐退' });
      gradualExits++;
      exits++;
    } else if (i % 13 === 7) {
      await proposeOutcome(deps, street, r.id, { outcome: 'stop', stopReason: 'review_ineligible', memberFoundWork: false, effectiveMonth: from, reason: '复核发现家庭名下有未申报的机动车，不再符合条件。' });
      await confirmOutcome(deps, county, r.id, { decision: 'confirm' });
      exits++;
    } else if (i % 9 === 6 && amount > 10_000) {
      await proposeOutcome(deps, street, r.id, { outcome: 'lower', monthlyAmount: Math.round((amount * 0.8) / 100) * 100, memberFoundWork: false, effectiveMonth: from, reason: '家庭成员有了灵活就业收入，重新核算保障金额。' });
      await confirmOutcome(deps, county, r.id, { decision: 'confirm' });
    } else {
      await proposeOutcome(deps, street, r.id, { outcome: 'continue', memberFoundWork: false, effectiveMonth: from, reason: '家庭情况无变化，继续保障。' });
    }
  }

  // Reviews under way: overdue tekun and dibao recipients of the street, opened and one of them visited.
  const overdue = await deps.db
    .selectFrom('enrolments')
    .select('id')
    .where('area_code', 'like', `${opts.street}%`)
    .where('area_code', '<>', opts.community)
    .where('status', '=', 'active')
    .where('next_review_date', '<', today)
    .orderBy('next_review_date')
    .limit(3)
    .execute();
  let openReviews = 0;
  for (const e of overdue) {
    // An enrolment whose stop is already decided (a death above) has nothing left to review.
    const r = await openReview(deps, street, e.id).catch((err: unknown) => {
      if (err instanceof DomainError) return null;
      throw err;
    });
    if (!r) continue;
    if (openReviews === 0) await recordVisit(deps, street, r.id, { visitOn: today, notes: '入户核查：户主外出务工，电话联系后约定补充材料。', verificationNeeded: true });
    openReviews++;
  }
  return { deaths, campaignId: campaign.id, campaignReviews: campaign.reviews, exits, gradualExits, openReviews };
}
