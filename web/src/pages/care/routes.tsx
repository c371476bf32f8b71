import { Route } from 'react-router';
import { lazyPage } from '../../components/lazy-page.tsx';
const CondolencePage = lazyPage(() => import('./condolence-page.tsx'), 'CondolencePage');
const VisitsPage = lazyPage(() => import('./visits-page.tsx'), 'VisitsPage');
const HomeCarePage = lazyPage(() => import('./home-care-page.tsx'), 'HomeCarePage');

export const careRoutes = (
  <>
    <Route path="condolences" element={<CondolencePage />} />
    <Route path="visits" element={<VisitsPage />} />
    <Route path="home-care" element={<HomeCarePage />} />
  </>
);
