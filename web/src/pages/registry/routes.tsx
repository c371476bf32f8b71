import { Route } from 'react-router';
import { lazyPage } from '../../components/lazy-page.tsx';
const HouseholdCreatePage = lazyPage(() => import('./household-create-page.tsx'), 'HouseholdCreatePage');
const HouseholdFilePage = lazyPage(() => import('./household-file-page.tsx'), 'HouseholdFilePage');
const HouseholdListPage = lazyPage(() => import('./household-list-page.tsx'), 'HouseholdListPage');

export const registryRoutes = (
  <>
    <Route path="households" element={<HouseholdListPage />} />
    <Route path="households/new" element={<HouseholdCreatePage />} />
    <Route path="households/:id" element={<HouseholdFilePage />} />
  </>
);
