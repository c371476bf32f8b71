import { Route } from 'react-router';
import { lazyPage } from '../../components/lazy-page.tsx';
const VolunteersPage = lazyPage(() => import('./volunteers-page.tsx'), 'VolunteersPage');
const CommunityListsPage = lazyPage(() => import('../community-lists/community-lists-page.tsx'), 'CommunityListsPage');
const CharityPage = lazyPage(() => import('../charity/charity-page.tsx'), 'CharityPage');

/** 志愿服务、三张清单、慈善超市 (issue 22): one page each. */
export const communityRoutes = (
  <>
    <Route path="volunteers" element={<VolunteersPage />} />
    <Route path="community-lists" element={<CommunityListsPage />} />
    <Route path="charity" element={<CharityPage />} />
  </>
);
