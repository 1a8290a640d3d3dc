// 收款账户's routes, spread into app/router.tsx.
import type { RouteObject } from 'react-router-dom';
import { RequireRole } from '../../app/guards';
import { PATHS } from '../../app/paths';
import { ACCOUNT_READERS } from './access';
import { AccountImportPage } from './AccountImportPage';
import { PayeeAccountsPage } from './PayeeAccountsPage';

export const PAYEE_ACCOUNT_ROUTES: RouteObject[] = [
  {
    element: <RequireRole roles={ACCOUNT_READERS} />,
    children: [
      { path: PATHS.payeeAccounts, element: <PayeeAccountsPage /> },
      { path: PATHS.payeeAccountImports, element: <AccountImportPage /> },
    ],
  },
];
