import { Route } from 'react-router';
import { lazyPage } from '../../components/lazy-page.tsx';
const ComplaintListPage = lazyPage(() => import('./complaint-list-page.tsx'), 'ComplaintListPage');
const ComplaintPage = lazyPage(() => import('./complaint-page.tsx'), 'ComplaintPage');

export const complaintRoutes = (
  <>
    <Route path="complaints" element={<ComplaintListPage />} />
    <Route path="complaints/:id" element={<ComplaintPage />} />
  </>
);
