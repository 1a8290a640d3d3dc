// The 助餐 screens' routes and menu entries, spread into app/router.tsx and app/menu.ts.
import type { RouteObject } from 'react-router-dom';
import { RequireRole } from '../../app/guards';
import { PATHS } from '../../app/paths';
import { CANTEEN_READERS, SETTLEMENT_READERS } from './access';
import { CanteenPage } from './CanteenPage';
import { CanteensPage } from './CanteensPage';
import { DinersPage } from './DinersPage';
import { SettlementPage } from './SettlementPage';
import { SettlementsPage } from './SettlementsPage';

export const CANTEEN_ROUTES: RouteObject[] = [
  {
    element: <RequireRole roles={CANTEEN_READERS} />,
    children: [
      { path: PATHS.canteens, element: <CanteensPage /> },
      { path: PATHS.canteen, element: <CanteenPage /> },
      { path: PATHS.diners, element: <DinersPage /> },
    ],
  },
  {
    element: <RequireRole roles={SETTLEMENT_READERS} />,
    children: [
      { path: PATHS.canteenSettlements, element: <SettlementsPage /> },
      { path: PATHS.canteenSettlement, element: <SettlementPage /> },
    ],
  },
];
