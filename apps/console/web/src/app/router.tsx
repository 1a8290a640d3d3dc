import { createBrowserRouter, Navigate } from 'react-router-dom';
import { CrashPage, NotFoundPage } from '../components/PageResult';
import { AccountPage } from '../pages/account/AccountPage';
import { ChangePasswordPage } from '../pages/account/ChangePasswordPage';
import { LoginPage } from '../pages/session/LoginPage';
import { PersonFilePage } from '../pages/person/PersonFilePage';
import { PersonSearchPage } from '../pages/person/PersonSearchPage';
import { PERSON_ROLES } from '../pages/person/route';
import { UsersPage } from '../pages/users/UsersPage';
import { WORK_LIST_ROLES } from '../pages/worklists/keys';
import { WorklistsPage } from '../pages/worklists/WorklistsPage';
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
          { element: <RequireRole roles={WORK_LIST_ROLES} />, children: [{ path: PATHS.worklists, element: <WorklistsPage /> }] },
          {
            element: <RequireRole roles={PERSON_ROLES} />,
            children: [
              { path: PATHS.person, element: <PersonSearchPage /> },
              { path: PATHS.personFile, element: <PersonFilePage /> },
            ],
          },
          { path: '*', element: <NotFoundPage /> },
        ],
      },
    ],
  },
]);
