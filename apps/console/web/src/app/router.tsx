import { createBrowserRouter, Navigate } from 'react-router-dom';
import { CrashPage, NotFoundPage } from '../components/PageResult';
import { AccountPage } from '../pages/account/AccountPage';
import { ChangePasswordPage } from '../pages/account/ChangePasswordPage';
import { DEATH_READERS, DEATH_RECORDERS } from '../pages/deaths/access';
import { DeathRecordsPage } from '../pages/deaths/DeathRecordsPage';
import { DeathReportPage } from '../pages/deaths/DeathReportPage';
import { LoginPage } from '../pages/session/LoginPage';
import { UsersPage } from '../pages/users/UsersPage';
import { AppLayout } from './AppLayout';
import { RequireRole, RequireSession } from './guards';
import { PATHS } from './paths';

export const router = createBrowserRouter([
  { path: PATHS.login, element: <LoginPage />, errorElement: <CrashPage /> },
  {
    element: <RequireSession />,
    errorElement: <CrashPage />,
    children: [
      {
        element: <AppLayout />,
        children: [
          { index: true, element: <Navigate to={PATHS.account} replace /> },
          { path: PATHS.account, element: <AccountPage /> },
          { path: PATHS.changePassword, element: <ChangePasswordPage /> },
          { element: <RequireRole roles={['admin']} />, children: [{ path: PATHS.users, element: <UsersPage /> }] },
          { element: <RequireRole roles={DEATH_RECORDERS} />, children: [{ path: PATHS.deaths, element: <DeathReportPage /> }] },
          { element: <RequireRole roles={DEATH_READERS} />, children: [{ path: PATHS.deathRecords, element: <DeathRecordsPage /> }] },
          { path: '*', element: <NotFoundPage /> },
        ],
      },
    ],
  },
]);
