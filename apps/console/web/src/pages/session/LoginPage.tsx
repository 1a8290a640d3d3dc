import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Alert, Button, Card, Form, Input, Typography } from 'antd';
import { Navigate, useLocation, useNavigate } from 'react-router-dom';
import { login } from '../../api/console';
import type { Problem } from '../../api/problem';
import type { LoginState } from '../../app/guards';
import { PATHS } from '../../app/paths';
import { ProblemAlert, problemOf } from '../../components/ProblemAlert';
import { dateTime } from '../../format';
import { rules } from '../../forms/rules';
import { t } from '../../locale/zh-CN';
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

export function LoginPage() {
  const [form] = Form.useForm<Credentials>();
  const location = useLocation();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const existing = useSession();
  const state = (location.state ?? {}) as LoginState;
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
      </Card>
    </div>
  );
}
