import { Route } from 'react-router';
import { ComplaintListPage } from './complaint-list-page.tsx';
import { ComplaintPage } from './complaint-page.tsx';

export const complaintRoutes = (
  <>
    <Route path="complaints" element={<ComplaintListPage />} />
    <Route path="complaints/:id" element={<ComplaintPage />} />
  </>
);
