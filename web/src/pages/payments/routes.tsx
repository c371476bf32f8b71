import { Route } from 'react-router';
import { lazyPage } from '../../components/lazy-page.tsx';
const EnrolmentListPage = lazyPage(() => import('./enrolment-list-page.tsx'), 'EnrolmentListPage');
const EnrolmentPage = lazyPage(() => import('./enrolment-page.tsx'), 'EnrolmentPage');
const InstitutionListPage = lazyPage(() => import('./institution-list-page.tsx'), 'InstitutionListPage');
const PayrollListPage = lazyPage(() => import('./payroll-list-page.tsx'), 'PayrollListPage');
const DebtListPage = lazyPage(() => import('./debt-list-page.tsx'), 'DebtListPage');
const PayrollPage = lazyPage(() => import('./payroll-page.tsx'), 'PayrollPage');

export const paymentRoutes = (
  <>
    <Route path="payrolls" element={<PayrollListPage />} />
    <Route path="payrolls/:id" element={<PayrollPage />} />
    <Route path="enrolments" element={<EnrolmentListPage />} />
    <Route path="enrolments/:id" element={<EnrolmentPage />} />
    <Route path="institutions" element={<InstitutionListPage />} />
    <Route path="debts" element={<DebtListPage />} />
  </>
);
