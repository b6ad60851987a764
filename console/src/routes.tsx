import { lazy, Suspense, type ComponentType } from 'react';
import { createBrowserRouter } from 'react-router-dom';
import { Center, Loader } from '@mantine/core';
import { Layout } from './components/Layout';
import { Home } from './pages/Home';
import { RequireRole } from './components/RequireRole';
import type { Role } from './api/types';

// every page but the start page is its own chunk, loaded when first opened
function page(load: () => Promise<{ default: ComponentType }>, roles: Role[]) {
  const Page = lazy(load);
  return (
    <RequireRole roles={roles}>
      <Suspense fallback={<Center p="xl"><Loader role="status" aria-label="Đang tải" /></Center>}>
        <Page />
      </Suspense>
    </RequireRole>
  );
}

const STAFF: Role[] = ['PROVINCE_STAFF'];
const UNITS: Role[] = ['UNIT_REPORTER'];
const UNIT_ACCOUNTS: Role[] = ['UNIT_REPORTER', 'UNIT_STAFF'];
// a unit's staff write their unit's implementing plans and follow their progress
const PLAN_WRITERS: Role[] = ['PROVINCE_STAFF', 'UNIT_STAFF'];
const DASHBOARD_READERS: Role[] = ['PROVINCE_STAFF', 'VIEWER', 'UNIT_STAFF'];

export const router = createBrowserRouter([
  {
    element: <Layout />,
    children: [
      { path: '/', element: <Home /> },
      { path: '/units', element: page(() => import('./pages/units/UnitsPage'), STAFF) },
      { path: '/plans', element: page(() => import('./pages/plans/PlansPage'), PLAN_WRITERS) },
      { path: '/plans/new', element: page(() => import('./pages/plans/PlanEditor'), STAFF) },
      { path: '/plans/:id/edit', element: page(() => import('./pages/plans/PlanEditor'), PLAN_WRITERS) },
      { path: '/plans/:id/amend', element: page(() => import('./pages/plans/PlanEditor'), PLAN_WRITERS) },
      { path: '/plans/:id', element: page(() => import('./pages/plans/PlanPage'), PLAN_WRITERS) },
      { path: '/review', element: page(() => import('./pages/review/ReviewQueue'), STAFF) },
      { path: '/review/sub-units', element: page(() => import('./pages/review/SubUnitReview'), ['UNIT_STAFF']) },
      { path: '/webhooks', element: page(() => import('./pages/webhooks/WebhooksPage'), STAFF) },
      { path: '/reports/:id', element: page(() => import('./pages/reports/ReportPage'), ['PROVINCE_STAFF', 'UNIT_REPORTER', 'UNIT_STAFF']) },
      { path: '/dashboards', element: page(() => import('./pages/dashboard/DashboardsPage'), DASHBOARD_READERS) },
      { path: '/dashboards/:planId', element: page(() => import('./pages/dashboard/DashboardPage'), DASHBOARD_READERS) },
      { path: '/my/plans', element: page(() => import('./pages/my/MyPlans'), UNITS) },
      { path: '/my/plans/:planId/phases/:phase', element: page(() => import('./pages/my/ReportForm'), UNITS) },
      { path: '/my/reports', element: page(() => import('./pages/my/UnitReports'), UNITS) },
      { path: '/my/inbox', element: page(() => import('./pages/my/Inbox'), UNIT_ACCOUNTS) },
      { path: '/my/preferences', element: page(() => import('./pages/my/Preferences'), UNIT_ACCOUNTS) },
      { path: '*', element: page(() => import('./pages/NotFound'), ['PROVINCE_STAFF', 'UNIT_REPORTER', 'UNIT_STAFF', 'VIEWER']) },
    ],
  },
]);
