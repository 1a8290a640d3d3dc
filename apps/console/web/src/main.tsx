import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { App as AntApp, ConfigProvider } from 'antd';
import zhCN from 'antd/locale/zh_CN';
import dayjs from 'dayjs';
import 'dayjs/locale/zh-cn';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { RouterProvider } from 'react-router-dom';
import { setAuthRedirectHandler } from './api/http';
import { isProblemError } from './api/problem';
import type { LoginState } from './app/guards';
import { PATHS } from './app/paths';
import { router } from './app/router';
import { clearSession, SESSION_KEY } from './pages/session/session';

// Ant Design's calendars and date pickers take month and weekday names from dayjs's locale.
dayjs.locale('zh-cn');

const queryClient = new QueryClient({
  defaultOptions: {
    queries: {
      // A refusal (4xx) will not change on retry; a dropped connection or a restarting service may.
      retry: (failures, error) => failures < 2 && !(isProblemError(error) && error.problem.status >= 400 && error.problem.status < 500),
      refetchOnWindowFocus: false,
    },
    mutations: { retry: false },
  },
});

setAuthRedirectHandler((redirect) => {
  const { pathname, search } = router.state.location;
  if (redirect.to === 'change-password') {
    void queryClient.invalidateQueries({ queryKey: SESSION_KEY });
    if (pathname !== PATHS.changePassword) void router.navigate(PATHS.changePassword, { replace: true });
    return;
  }
  clearSession(queryClient);
  if (pathname === PATHS.login) return;
  const state: LoginState = { from: `${pathname}${search}`, reason: redirect.problem.code };
  void router.navigate(PATHS.login, { replace: true, state });
});

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <ConfigProvider locale={zhCN} button={{ autoInsertSpace: false }}>
      <AntApp>
        <QueryClientProvider client={queryClient}>
          <RouterProvider router={router} />
        </QueryClientProvider>
      </AntApp>
    </ConfigProvider>
  </StrictMode>,
);
