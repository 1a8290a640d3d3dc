// The 养老服务 screens' routes, spread into app/router.tsx (menu entries in ./menu.ts).
import type { RouteObject } from 'react-router-dom';
import { RequireRole } from '../../app/guards';
import { PATHS } from '../../app/paths';
import { ELDER_IMPORTERS, ELDER_READERS } from './access';
import { ElderPage } from './ElderPage';
import { HomeCareSettlementsPage } from './HomeCareSettlementsPage';
import { ImportPage } from './ImportPage';
import { InstitutionPage } from './InstitutionPage';
import { InstitutionsPage } from './InstitutionsPage';
import { OrdersPage } from './OrdersPage';
import { RegistryPage } from './RegistryPage';

export const ELDERS_ROUTES: RouteObject[] = [
  {
    element: <RequireRole roles={ELDER_READERS} />,
    children: [
      { path: PATHS.elders, element: <RegistryPage /> },
      { path: PATHS.elder, element: <ElderPage /> },
      { path: PATHS.homeCareOrders, element: <OrdersPage /> },
      { path: PATHS.homeCareSettlements, element: <HomeCareSettlementsPage /> },
      { path: PATHS.institutions, element: <InstitutionsPage /> },
      { path: PATHS.institution, element: <InstitutionPage /> },
    ],
  },
  { element: <RequireRole roles={ELDER_IMPORTERS} />, children: [{ path: PATHS.elderImport, element: <ImportPage /> }] },
];
