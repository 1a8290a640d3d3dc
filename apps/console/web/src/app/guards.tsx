import { Button, Result } from 'antd';
import { Navigate, Outlet, useLocation } from 'react-router-dom';
import { problemMessage } from '../locale/problem-message';
import { t } from '../locale/zh-CN';
import { ForbiddenPage, FullPageSpin } from '../components/PageResult';
import { problemOf } from '../components/ProblemAlert';
import { hasAnyRole, useCurrentUser, useSession } from '../pages/session/session';
import { PATHS } from './paths';

/** What the login page is told about how the user got there. */
export interface LoginState {
  from?: string;
  reason?: string;
}

/**
 * Screens behind a login. No session: to 登录 (and back here afterwards). A password that must
 * be changed: to 修改密码, whatever was asked for.
 */
export function RequireSession() {
  const location = useLocation();
  const session = useSession();
  if (session.isPending) return <FullPageSpin />;
  if (session.isError) {
    const problem = problemOf(session.error);
    return (
      <Result
        status="warning"
        title={t.app.loadFailed}
        subTitle={problem ? problemMessage(problem.code, problem.status) : undefined}
        extra={<Button onClick={() => void session.refetch()}>{t.app.retry}</Button>}
      />
    );
  }
  if (!session.data) {
    const state: LoginState = { from: `${location.pathname}${location.search}` };
    return <Navigate to={PATHS.login} replace state={state} />;
  }
  if (session.data.user.mustChangePassword && location.pathname !== PATHS.changePassword) {
    return <Navigate to={PATHS.changePassword} replace />;
  }
  return <Outlet />;
}

/** Screens for some roles only (the menu hides them too; a typed URL lands here). */
export function RequireRole({ roles }: { roles: readonly string[] }) {
  const user = useCurrentUser();
  return hasAnyRole(user, roles) ? <Outlet /> : <ForbiddenPage />;
}
