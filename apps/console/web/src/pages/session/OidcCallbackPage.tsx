import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Alert, Button, Card, Spin, Typography } from 'antd';
import { useEffect, useRef, useState } from 'react';
import { Link, useLocation, useNavigate } from 'react-router-dom';
import { loginWithOidcCode } from '../../api/console';
import { PATHS } from '../../app/paths';
import { ProblemAlert, problemOf } from '../../components/ProblemAlert';
import { t } from '../../locale/zh-CN';
import { readCallback, safeReturnTo } from './oidc-flow';
import { forgetPendingOidcLogin, pendingOidcLogin, redirectUri } from './oidc-login';
import { SESSION_KEY } from './session';

/**
 * /login/oidc: the provider sends the browser back here with a code (or an error). The code, this
 * tab's PKCE verifier and nonce go to the console, which redeems the code at the provider and opens
 * the session; then on to where the user was going. Anything else says why and leads back to 登录.
 */
export function OidcCallbackPage() {
  const location = useLocation();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const [callback] = useState(() => readCallback(location.search, pendingOidcLogin()));
  const redeem = useMutation({
    mutationFn: loginWithOidcCode,
    onSuccess: (session) => {
      queryClient.setQueryData(SESSION_KEY, session);
      const returnTo = callback.kind === 'code' ? safeReturnTo(callback.pending.returnTo, PATHS.home) : PATHS.home;
      void navigate(session.user.mustChangePassword ? PATHS.changePassword : returnTo, { replace: true });
    },
  });
  const sent = useRef(false);
  useEffect(() => {
    forgetPendingOidcLogin();
    if (callback.kind !== 'code' || sent.current) return;
    sent.current = true;
    redeem.mutate({ code: callback.code, codeVerifier: callback.pending.codeVerifier, redirectUri: redirectUri(), nonce: callback.pending.nonce });
  }, [callback, redeem]);
  const failed = callback.kind !== 'code' || redeem.isError;
  return (
    <div style={{ minHeight: '100vh', display: 'flex', alignItems: 'center', justifyContent: 'center', background: '#f0f2f5' }}>
      <Card style={{ width: 440 }}>
        <Typography.Title level={4} style={{ textAlign: 'center' }}>
          {t.app.name}
        </Typography.Title>
        {!failed && (
          <div style={{ textAlign: 'center', padding: 24 }}>
            <Spin />
            <Typography.Paragraph style={{ marginTop: 16 }}>{t.login.oidcSigningIn}</Typography.Paragraph>
          </div>
        )}
        {callback.kind === 'refused' && <Alert type="warning" showIcon title={t.login.oidcFailed} description={t.login.oidcRefused} style={{ marginBottom: 16 }} />}
        {callback.kind === 'stale' && <Alert type="warning" showIcon title={t.login.oidcFailed} description={t.login.oidcStale} style={{ marginBottom: 16 }} />}
        <ProblemAlert problem={problemOf(redeem.error)} />
        {failed && (
          <Link to={PATHS.login} replace>
            <Button type="primary" block>
              {t.login.backToLogin}
            </Button>
          </Link>
        )}
      </Card>
    </div>
  );
}
