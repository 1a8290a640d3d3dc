// 发放名册's route, added to the app's router as it is.
import type { RouteObject } from 'react-router-dom';
import { RequireRole } from '../../app/guards';
import { PATHS } from '../../app/paths';
import { PAYROLL_READERS } from './access';
import { PayrollPage } from './PayrollPage';

export const PAYROLL_ROUTES: RouteObject[] = [{ element: <RequireRole roles={PAYROLL_READERS} />, children: [{ path: PATHS.payroll, element: <PayrollPage /> }] }];
