import { get, post, qs } from '../../api/client.ts';
import type { ApiBody, ApiQuery, ApiResponse, ItemOf } from '../../api/contract.ts';

/** 复核 and 专项核查 (src/modules/reviews/routes.ts): types read from the generated contract. */
export type DueList = ApiResponse<'/api/v1/reviews/due', 'get'>;
export type DueItem = ItemOf<DueList['items']>;
export type ReviewView = ApiResponse<'/api/v1/reviews/{id}', 'get'>;
export type ReviewList = ApiResponse<'/api/v1/reviews', 'get'>;
export type VisitBody = ApiBody<'/api/v1/reviews/{id}/visit', 'post'>;
export type ProposalBody = ApiBody<'/api/v1/reviews/{id}/proposal', 'post'>;
export type ConfirmationBody = ApiBody<'/api/v1/reviews/{id}/confirmation', 'post'>;
export type CampaignList = ApiResponse<'/api/v1/review-campaigns', 'get'>;
export type CampaignItem = ItemOf<CampaignList['items']>;
export type CampaignView = ApiResponse<'/api/v1/review-campaigns/{id}', 'get'>;
export type Tally = CampaignView['summary'];

export const REVIEW_STATES = ['home_visit', 'verification', 'street_review', 'county_confirmation', 'decided'] as const;
export const REVIEW_OUTCOMES = ['continue', 'raise', 'lower', 'suspend', 'stop'] as const;
export type ReviewOutcome = (typeof REVIEW_OUTCOMES)[number];
export const REVIEW_STOP_REASONS = ['income_rise', 'moved_away', 'death', 'review_ineligible', 'voluntary', 'other'] as const;
/** Lowering, suspending and stopping are confirmed by the county (exits are contested). */
export const needsCounty = (o: string) => o === 'lower' || o === 'suspend' || o === 'stop';

export const reviewsApi = {
  due: (q: ApiQuery<'/api/v1/reviews/due', 'get'>) => get<DueList>(`/reviews/due${qs(q)}`),
  list: (q: ApiQuery<'/api/v1/reviews', 'get'>) => get<ReviewList>(`/reviews${qs(q)}`),
  open: (enrolmentId: number) => post<ReviewView>('/reviews', { enrolmentId }),
  get: (id: number) => get<ReviewView>(`/reviews/${id}`),
  visit: (id: number, body: VisitBody) => post<ReviewView>(`/reviews/${id}/visit`, body),
  verification: (id: number, notes: string) => post<ReviewView>(`/reviews/${id}/verification`, { notes }),
  propose: (id: number, body: ProposalBody) => post<ReviewView>(`/reviews/${id}/proposal`, body),
  confirm: (id: number, body: ConfirmationBody) => post<ReviewView>(`/reviews/${id}/confirmation`, body),
  noticeUrl: (id: number) => `/api/v1/reviews/${id}/notice.pdf`,
  campaigns: () => get<CampaignList>('/review-campaigns'),
  campaign: (id: number) => get<CampaignView>(`/review-campaigns/${id}`),
  startCampaign: (body: ApiBody<'/api/v1/review-campaigns', 'post'>) => post<{ id: number; reviews: number }>('/review-campaigns', body),
};
