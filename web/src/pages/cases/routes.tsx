import { Route } from 'react-router';
import { CaseListPage } from './case-list-page.tsx';
import { CasePage } from './case-page.tsx';
import { InboxPage } from './inbox-page.tsx';

export const caseRoutes = (
  <>
    <Route path="inbox" element={<InboxPage />} />
    <Route path="cases" element={<CaseListPage />} />
    <Route path="cases/:id" element={<CasePage />} />
  </>
);
