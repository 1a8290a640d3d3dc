// The child welfare screens' routes and menu entries, spread into app/router.tsx and app/menu.ts.
import type { RouteObject } from 'react-router-dom';
import { PATHS } from '../../app/paths';
import { RequireRole } from '../../app/guards';
import { CHILD_READERS, OVERDUE_READERS } from './access';
import { ChildPage } from './ChildPage';
import { LedgerPage } from './LedgerPage';
import { OverdueVisitsPage } from './OverdueVisitsPage';

export const CHILDREN_ROUTES: RouteObject[] = [
  {
    element: <RequireRole roles={CHILD_READERS} />,
    children: [
      { path: PATHS.children, element: <LedgerPage /> },
      { path: PATHS.child, element: <ChildPage /> },
    ],
  },
  { element: <RequireRole roles={OVERDUE_READERS} />, children: [{ path: PATHS.overdueVisits, element: <OverdueVisitsPage /> }] },
];
