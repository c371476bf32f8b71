import { Route } from 'react-router';
import { EnrolmentListPage } from './enrolment-list-page.tsx';
import { EnrolmentPage } from './enrolment-page.tsx';
import { InstitutionListPage } from './institution-list-page.tsx';
import { PayrollListPage } from './payroll-list-page.tsx';
import { PayrollPage } from './payroll-page.tsx';

export const paymentRoutes = (
  <>
    <Route path="payrolls" element={<PayrollListPage />} />
    <Route path="payrolls/:id" element={<PayrollPage />} />
    <Route path="enrolments" element={<EnrolmentListPage />} />
    <Route path="enrolments/:id" element={<EnrolmentPage />} />
    <Route path="institutions" element={<InstitutionListPage />} />
  </>
);
