import { Route } from 'react-router';
import { lazyPage } from '../../components/lazy-page.tsx';
const LocalProgramsPage = lazyPage(() => import('./local-programs-page.tsx'), 'LocalProgramsPage');

export const programRoutes = (
  <>
    <Route path="programs/local" element={<LocalProgramsPage />} />
  </>
);
