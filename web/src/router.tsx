import { createBrowserRouter, createRoutesFromElements, Outlet, type RouteObject } from 'react-router';
import type { ReactNode } from 'react';
import type { AccessFlag } from './access.ts';
import { AppLayout } from './components/app-layout.tsx';
import { NotFoundPage, RequireAccess, RequireLogin } from './components/route-guards.tsx';
import { caseRoutes } from './pages/cases/routes.tsx';
import { complaintRoutes } from './pages/complaints/routes.tsx';
import { careRoutes } from './pages/care/routes.tsx';
import { LoginPage } from './pages/login/login-page.tsx';
import { paymentRoutes } from './pages/payments/routes.tsx';
import { policyRoutes } from './pages/policies/routes.tsx';
import { programRoutes } from './pages/programs/routes.tsx';
import { registryRoutes } from './pages/registry/routes.tsx';
import { reportRoutes } from './pages/reports/routes.tsx';
import { alertRoutes, dataSourceRoutes } from './pages/verification/routes.tsx';
import { discoveryRoutes } from './pages/discovery/routes.tsx';
import { welfareRoutes } from './pages/disability/routes.tsx';
import { reviewRoutes } from './pages/reviews/routes.tsx';
import { elderlyRoutes } from './pages/elderly/routes.tsx';
import { communityRoutes } from './pages/volunteers/routes.tsx';
import { SessionProvider } from './session.tsx';
import { lazyPage, PageSuspense } from './components/lazy-page.tsx';

// Each page is its own chunk, loaded when first visited (the login page comes with the shell).
const AreasPage = lazyPage(() => import('./pages/areas/areas-page.tsx'), 'AreasPage');
const AuditPage = lazyPage(() => import('./pages/audit/audit-page.tsx'), 'AuditPage');
const StaffRelativesPage = lazyPage(() => import('./pages/cases/staff-relatives-page.tsx'), 'StaffRelativesPage');
const HomePage = lazyPage(() => import('./pages/home/home-page.tsx'), 'HomePage');
const UsersPage = lazyPage(() => import('./pages/users/users-page.tsx'), 'UsersPage');
const RiskPage = lazyPage(() => import('./pages/risk/risk-page.tsx'), 'RiskPage');
const SetupPage = lazyPage(() => import('./pages/login/setup-page.tsx'), 'SetupPage');

/** Routes open to the roles with `flag` (menu.tsx lists the same paths with the same flags). */
function guarded(flag: AccessFlag, children: RouteObject[]): RouteObject {
  return {
    element: (
      <RequireAccess flag={flag}>
        <Outlet />
      </RequireAccess>
    ),
    children,
  };
}

let nextSlot = 1;
/**
 * A page module's <Route>s as route objects, each module under a slot of its own so their
 * generated ids never collide (two modules given the same slot by hand broke every page).
 */
function moduleRoutes(routes: ReactNode): RouteObject[] {
  return createRoutesFromElements(routes, [nextSlot++]);
}

/** Routes as pages. A page module may export its own <Route>s (pages/<module>/routes.tsx). */
export const router = createBrowserRouter([
  {
    element: (
      <SessionProvider>
        <PageSuspense>
          <Outlet />
        </PageSuspense>
      </SessionProvider>
    ),
    children: [
      { path: '/login', element: <LoginPage /> },
      { path: '/setup', element: <SetupPage /> },
      {
        path: '/',
        element: (
          <RequireLogin>
            <AppLayout />
          </RequireLogin>
        ),
        children: [
          { index: true, element: <HomePage /> },
          guarded('browseAreas', [{ path: 'areas', element: <AreasPage /> }]),
          guarded('manageUsers', [{ path: 'users', element: <UsersPage /> }]),
          guarded('readAudit', [{ path: 'audit', element: <AuditPage /> }]),
          guarded('viewRiskFindings', [{ path: 'risk', element: <RiskPage /> }]),
          guarded('viewHouseholds', moduleRoutes(registryRoutes)),
          guarded('viewPolicies', moduleRoutes(policyRoutes)),
          guarded('viewPolicies', moduleRoutes(programRoutes)),
          guarded('workCases', moduleRoutes(caseRoutes)),
          guarded('viewStaffRelatives', [{ path: 'staff-relatives', element: <StaffRelativesPage /> }]),
          guarded('viewPayments', moduleRoutes(paymentRoutes)),
          ...moduleRoutes(reportRoutes),
          guarded('viewComplaints', moduleRoutes(complaintRoutes)),
          guarded('manageDataSources', moduleRoutes(dataSourceRoutes)),
          guarded('viewAlerts', moduleRoutes(alertRoutes)),
          guarded('viewHouseholds', moduleRoutes(welfareRoutes)),
          guarded('workCases', moduleRoutes(reviewRoutes)),
          guarded('viewCare', moduleRoutes(careRoutes)),
          guarded('viewHouseholds', moduleRoutes(communityRoutes)),
          guarded('viewCare', moduleRoutes(elderlyRoutes)),
          guarded('viewAlerts', moduleRoutes(discoveryRoutes)),
          { path: '*', element: <NotFoundPage /> },
        ],
      },
    ],
  },
]);
