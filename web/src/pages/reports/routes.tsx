import { Route } from 'react-router';
import { MonthlyReportPage } from './monthly-report-page.tsx';

export const reportRoutes = (
  <>
    <Route path="reports/monthly" element={<MonthlyReportPage />} />
  </>
);
