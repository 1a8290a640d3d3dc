import { createBrowserRouter, Navigate } from 'react-router-dom';
import { CrashPage, NotFoundPage } from '../components/PageResult';
import { AccountPage } from '../pages/account/AccountPage';
import { CHILDREN_ROUTES } from '../pages/children/routes';
import { DASHBOARD_ROUTES } from '../pages/dashboard/routes';
import { MARRIAGE_ROUTES } from '../pages/marriages/routes';
import { FUNERAL_ROUTES } from '../pages/funeral-benefits/routes';
import { PLACE_NAME_ROUTES } from '../pages/place-names/routes';
import { CANTEEN_ROUTES } from '../pages/canteen/routes';
import { ELDERS_ROUTES } from '../pages/elders/routes';
import { ChangePasswordPage } from '../pages/account/ChangePasswordPage';
import { DEATH_READERS, DEATH_RECORDERS } from '../pages/deaths/access';
import { DeathRecordsPage } from '../pages/deaths/DeathRecordsPage';
import { DeathReportPage } from '../pages/deaths/DeathReportPage';
import { LoginPage } from '../pages/session/LoginPage';
import { OidcCallbackPage } from '../pages/session/OidcCallbackPage';
import { PersonFilePage } from '../pages/person/PersonFilePage';
import { PolicyParametersPage } from '../pages/policy/PolicyParametersPage';
import { PersonSearchPage } from '../pages/person/PersonSearchPage';
import { PERSON_ROLES } from '../pages/person/route';
import { UsersPage } from '../pages/users/UsersPage';
import { DECIDERS, READERS, RECORDERS } from '../components/assistance/roles';
import { DibaoApplyPage } from '../pages/dibao/DibaoApplyPage';
import { DibaoApprovalsPage } from '../pages/dibao/DibaoApprovalsPage';
import { DibaoCasePage } from '../pages/dibao/DibaoCasePage';
import { HouseholdPage } from '../pages/households/HouseholdPage';
import { HouseholdRegisterPage } from '../pages/households/HouseholdRegisterPage';
import { TekunApplyPage } from '../pages/tekun/TekunApplyPage';
import { TekunApprovalsPage } from '../pages/tekun/TekunApprovalsPage';
import { TekunCasePage } from '../pages/tekun/TekunCasePage';
import { WORK_LIST_ROLES } from '../pages/worklists/keys';
import { WorklistsPage } from '../pages/worklists/WorklistsPage';
import { PAYMENTS_ROUTES } from '../pages/payments/routes';
import { PAYEE_ACCOUNT_ROUTES } from '../pages/payee-accounts/routes';
import { PAYROLL_ROUTES } from '../pages/payroll/routes';
import { AppLayout } from './AppLayout';
import { RequireRole, RequireSession } from './guards';
import { PATHS } from './paths';

export const router = createBrowserRouter([
  { path: PATHS.login, element: <LoginPage />, errorElement: <CrashPage /> },
  { path: PATHS.loginOidc, element: <OidcCallbackPage />, errorElement: <CrashPage /> },
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
          {
            element: <RequireRole roles={RECORDERS} />,
            children: [
              { path: PATHS.householdNew, element: <HouseholdRegisterPage /> },
              { path: PATHS.dibaoApply, element: <DibaoApplyPage /> },
              { path: PATHS.tekunApply, element: <TekunApplyPage /> },
            ],
          },
          {
            element: <RequireRole roles={DECIDERS} />,
            children: [
              { path: PATHS.dibaoApprovals, element: <DibaoApprovalsPage /> },
              { path: PATHS.tekunApprovals, element: <TekunApprovalsPage /> },
            ],
          },
          {
            element: <RequireRole roles={READERS} />,
            children: [
              { path: PATHS.household, element: <HouseholdPage /> },
              { path: PATHS.dibaoCase, element: <DibaoCasePage /> },
              { path: PATHS.tekunCase, element: <TekunCasePage /> },
              { path: PATHS.policy, element: <PolicyParametersPage /> },
            ],
          },
          { element: <RequireRole roles={WORK_LIST_ROLES} />, children: [{ path: PATHS.worklists, element: <WorklistsPage /> }] },
          {
            element: <RequireRole roles={PERSON_ROLES} />,
            children: [
              { path: PATHS.person, element: <PersonSearchPage /> },
              { path: PATHS.personFile, element: <PersonFilePage /> },
            ],
          },
          { element: <RequireRole roles={DEATH_RECORDERS} />, children: [{ path: PATHS.deaths, element: <DeathReportPage /> }] },
          { element: <RequireRole roles={DEATH_READERS} />, children: [{ path: PATHS.deathRecords, element: <DeathRecordsPage /> }] },
          ...CHILDREN_ROUTES,
          ...MARRIAGE_ROUTES,
          ...FUNERAL_ROUTES,
          ...PLACE_NAME_ROUTES,
          ...CANTEEN_ROUTES,
          ...ELDERS_ROUTES,
          ...PAYROLL_ROUTES,
          ...PAYMENTS_ROUTES,
          ...PAYEE_ACCOUNT_ROUTES,
          ...DASHBOARD_ROUTES,
          { path: '*', element: <NotFoundPage /> },
        ],
      },
    ],
  },
]);
