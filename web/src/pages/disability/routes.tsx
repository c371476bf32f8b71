import { Route } from 'react-router';
import { lazyPage } from '../../components/lazy-page.tsx';
const DisabilityPage = lazyPage(() => import('./disability-page.tsx'), 'DisabilityPage');
const ChildrenPage = lazyPage(() => import('../children/children-page.tsx'), 'ChildrenPage');
const VeteransPage = lazyPage(() => import('../veterans/veterans-page.tsx'), 'VeteransPage');

/** 残疾人、儿童关爱、优抚 (issue 22): the service registers, each one page. */
export const welfareRoutes = (
  <>
    <Route path="disability" element={<DisabilityPage />} />
    <Route path="children" element={<ChildrenPage />} />
    <Route path="veterans" element={<VeteransPage />} />
  </>
);
