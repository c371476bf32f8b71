import { Route } from 'react-router';
import { HouseholdCreatePage } from './household-create-page.tsx';
import { HouseholdFilePage } from './household-file-page.tsx';
import { HouseholdListPage } from './household-list-page.tsx';

export const registryRoutes = (
  <>
    <Route path="households" element={<HouseholdListPage />} />
    <Route path="households/new" element={<HouseholdCreatePage />} />
    <Route path="households/:id" element={<HouseholdFilePage />} />
  </>
);
