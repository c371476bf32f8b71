import { Route } from 'react-router';
import { LocalProgramsPage } from './local-programs-page.tsx';

export const programRoutes = (
  <>
    <Route path="programs/local" element={<LocalProgramsPage />} />
  </>
);
