import { Route } from 'react-router';
import { lazyPage } from '../../components/lazy-page.tsx';
const CaseListPage = lazyPage(() => import('./case-list-page.tsx'), 'CaseListPage');
const CasePage = lazyPage(() => import('./case-page.tsx'), 'CasePage');
const InboxPage = lazyPage(() => import('./inbox-page.tsx'), 'InboxPage');

export const caseRoutes = (
  <>
    <Route path="inbox" element={<InboxPage />} />
    <Route path="cases" element={<CaseListPage />} />
    <Route path="cases/:id" element={<CasePage />} />
  </>
);
