import { Route } from 'react-router';
import { lazyPage } from '../../components/lazy-page.tsx';
const ReviewInboxPage = lazyPage(() => import('./review-inbox-page.tsx'), 'ReviewInboxPage');
const ReviewPage = lazyPage(() => import('./review-page.tsx'), 'ReviewPage');
const CampaignListPage = lazyPage(() => import('./campaign-list-page.tsx'), 'CampaignListPage');
const CampaignPage = lazyPage(() => import('./campaign-page.tsx'), 'CampaignPage');

export const reviewRoutes = (
  <>
    <Route path="reviews" element={<ReviewInboxPage />} />
    <Route path="reviews/:id" element={<ReviewPage />} />
    <Route path="review-campaigns" element={<CampaignListPage />} />
    <Route path="review-campaigns/:id" element={<CampaignPage />} />
  </>
);
