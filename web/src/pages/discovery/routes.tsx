import { Route } from 'react-router';
import { lazyPage } from '../../components/lazy-page.tsx';
const LeadsPage = lazyPage(() => import('./leads-page.tsx'), 'LeadsPage');
const LowIncomePage = lazyPage(() => import('./low-income-page.tsx'), 'LowIncomePage');

export const discoveryRoutes = (
  <>
    <Route path="discovery" element={<LeadsPage />} />
    <Route path="low-income" element={<LowIncomePage />} />
  </>
);
