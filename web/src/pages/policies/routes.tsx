import { Route } from 'react-router';
import { lazyPage } from '../../components/lazy-page.tsx';
const PolicyPage = lazyPage(() => import('./policy-page.tsx'), 'PolicyPage');
const SimulationPage = lazyPage(() => import('./simulation-page.tsx'), 'SimulationPage');

/**
 * 政策参数 and 政策模拟, mounted inside the logged-in layout. Explicit ids: the data router
 * would otherwise name them by position ("0-0"), colliding with routes built elsewhere.
 */
export const policyRoutes = (
  <>
    <Route id="policies" path="policies" element={<PolicyPage />} />
    <Route id="simulation" path="simulation" element={<SimulationPage />} />
  </>
);
