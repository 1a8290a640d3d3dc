// 数据看板's route, added to the app's router as it is.
import type { RouteObject } from 'react-router-dom';
import { RequireRole } from '../../app/guards';
import { PATHS } from '../../app/paths';
import { DASHBOARD_ROLES } from './access';
import { DashboardPage } from './DashboardPage';

export const DASHBOARD_ROUTES: RouteObject[] = [{ element: <RequireRole roles={DASHBOARD_ROLES} />, children: [{ path: PATHS.dashboard, element: <DashboardPage /> }] }];
