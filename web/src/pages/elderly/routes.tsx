import { Route } from 'react-router';
import { lazyPage } from '../../components/lazy-page.tsx';
const ElderlyPage = lazyPage(() => import('./elderly-page.tsx'), 'ElderlyPage');

/** 老年人服务 (issue 21): one page with a tab per register. */
export const elderlyRoutes = <Route path="elderly" element={<ElderlyPage />} />;
