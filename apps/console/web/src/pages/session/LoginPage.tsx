import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, Button, Card, Divider, Form, Input, Typography } from 'antd';
import { useState } from 'react';
import { Navigate, useLocation, useNavigate } from 'react-router-dom';
import { login, loginOptions, type OidcLoginOption } from '../../api/console';
import type { Problem } from '../../api/problem';
import type { LoginState } from '../../app/guards';
import { PATHS } from '../../app/paths';
import { ProblemAlert, problemOf } from '../../components/ProblemAlert';
import { dateTime } from '../../format';
import { rules } from '../../forms/rules';
import { t } from '../../locale/zh-CN';
import { safeReturnTo } from './oidc-flow';
import { InsecureContextError, startOidcLogin } from './oidc-login';
import { SESSION_KEY, useSession } from './session';

interface Credentials {
  username: string;
  password: string;
}

/** AUTH.LOCKED says until when (extension `lockedUntil`, an ISO instant). */
function LoginProblem({ problem }: { problem: Problem }) {
  if (problem.code !== 'AUTH.LOCKED') return <ProblemAlert problem={problem} />;
  const until = problem.extensions.lockedUntil;
  const description = typeof until === 'string' && !Number.isNaN(Date.parse(until)) ? t.login.lockedUntil(dateTime(until)) : t.login.lockedNoTime;
  return <ProblemAlert problem={problem} description={description} />;
}

/**
 * 使用统一身份认证登录, when the console offers the provider's login (GET /api/session/login-options):
 * the browser leaves for the provider and comes back to /login/oidc (OidcCallbackPage).
 */
function OidcLogin({ option, returnTo }: { option: OidcLoginOption; returnTo: string }) {
  const [leaving, setLeaving] = useState(false);
  const [insecure, setInsecure] = useState(false);
  const start = () => {
    setLeaving(true);
    startOidcLogin(option, returnTo).catch((error: unknown) => {
      setLeaving(false);
      if (error instanceof InsecureContextError) setInsecure(true);
      else throw error;
    });
  };
  return (
    <>
      <Divider plain>{t.login.or}</Divider>
      {insecure && <Alert type="error" showIcon title={t.login.oidcNeedsHttps} style={{ marginBottom: 16 }} />}
      <Button block onClick={start} loading={leaving}>
        {t.login.oidc}
      </Button>
    </>
  );
}

export function LoginPage() {
  const [form] = Form.useForm<Credentials>();
  const location = useLocation();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const existing = useSession();
  const state = (location.state ?? {}) as LoginState;
  // Public: whether the provider's login is offered. Without an answer, password login only.
  const options = useQuery({ queryKey: ['login-options'], queryFn: loginOptions, staleTime: Infinity, retry: false });
  const attempt = useMutation({
    mutationFn: login,
    onSuccess: (session) => {
      queryClient.setQueryData(SESSION_KEY, session);
      const next = session.user.mustChangePassword ? PATHS.changePassword : (state.from ?? PATHS.home);
      void navigate(next, { replace: true });
    },
    onError: () => form.setFieldValue('password', ''),
  });
  if (existing.data && !attempt.isPending && !attempt.isSuccess) return <Navigate to={state.from ?? PATHS.home} replace />;
  const problem = problemOf(attempt.error);
  return (
    <div style={{ minHeight: '100vh', display: 'flex', alignItems: 'center', justifyContent: 'center', background: '#f0f2f5' }}>
      <Card style={{ width: 400 }}>
        <Typography.Title level={3} style={{ textAlign: 'center', marginBottom: 4 }}>
          {t.app.name}
        </Typography.Title>
        <Typography.Paragraph type="secondary" style={{ textAlign: 'center' }}>
          {t.login.title}
        </Typography.Paragraph>
        {state.reason === 'AUTH.SESSION_EXPIRED' && !problem && <Alert type="warning" showIcon title={t.login.sessionExpired} style={{ marginBottom: 16 }} />}
        {problem && <LoginProblem problem={problem} />}
        <Form form={form} layout="vertical" requiredMark={false} onFinish={(values) => attempt.mutate(values)} disabled={attempt.isPending}>
          <Form.Item name="username" label={t.login.username} rules={[rules.required(t.login.username)]}>
            <Input autoComplete="username" placeholder={t.login.usernamePlaceholder} autoFocus />
          </Form.Item>
          <Form.Item name="password" label={t.login.password} rules={[{ required: true, message: t.validation.required(t.login.password) }]}>
            <Input.Password autoComplete="current-password" placeholder={t.login.passwordPlaceholder} />
          </Form.Item>
          <Button type="primary" htmlType="submit" block loading={attempt.isPending}>
            {t.login.submit}
          </Button>
        </Form>
        {options.data?.oidc && <OidcLogin option={options.data.oidc} returnTo={safeReturnTo(state.from, PATHS.home)} />}
      </Card>
    </div>
  );
}
