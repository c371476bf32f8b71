import { Route } from 'react-router';
import { lazyPage } from '../../components/lazy-page.tsx';
const MonthlyReportPage = lazyPage(() => import('./monthly-report-page.tsx'), 'MonthlyReportPage');

export const reportRoutes = (
  <>
    <Route path="reports/monthly" element={<MonthlyReportPage />} />
  </>
);
