import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Button, Grid, Layout, Menu, Space, Typography } from 'antd';
import { useState } from 'react';
import { Outlet, useLocation, useNavigate } from 'react-router-dom';
import { logout } from '../api/console';
import { roleLabel } from '../locale/roles.zh-CN';
import { t } from '../locale/zh-CN';
import { clearSession, useCurrentUser } from '../pages/session/session';
import { menuFor, selectedMenuPath } from './menu';
import { PATHS } from './paths';

function UserBox() {
  const user = useCurrentUser();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const signOut = useMutation({
    mutationFn: logout,
    // Out either way: a session the server already forgot is just as gone.
    onSettled: () => {
      clearSession(queryClient);
      void navigate(PATHS.login, { replace: true });
    },
  });
  return (
    <Space size="middle" wrap data-testid="current-user">
      <Typography.Text strong>{user.displayName}</Typography.Text>
      <Typography.Text type="secondary">{user.roles.map(roleLabel).join('、')}</Typography.Text>
      <Typography.Text type="secondary">
        {t.app.division}：{user.division}
      </Typography.Text>
      <Button onClick={() => signOut.mutate()} loading={signOut.isPending}>
        {t.app.logout}
      </Button>
    </Space>
  );
}

/** The shell of every screen after login: side menu by role, the user and 退出登录 on top. */
export function AppLayout() {
  const user = useCurrentUser();
  const location = useLocation();
  const navigate = useNavigate();
  // Until the password is changed there is nowhere else to go.
  const entries = user.mustChangePassword ? [] : menuFor(user.roles);
  const selected = selectedMenuPath(location.pathname, entries);
  // Child directors work from phones: below md the header wraps and the menu opens from its button.
  const phone = !Grid.useBreakpoint().md;
  const [menuOpen, setMenuOpen] = useState(false);
  return (
    <Layout style={{ minHeight: '100vh' }}>
      <Layout.Header
        style={{ display: 'flex', flexWrap: 'wrap', alignItems: 'center', justifyContent: 'space-between', background: '#fff', borderBottom: '1px solid #f0f0f0', paddingInline: phone ? 12 : 24, ...(phone && { height: 'auto', lineHeight: '32px', paddingBlock: 8 }) }}
      >
        <Typography.Title level={4} style={{ margin: 0 }}>
          {t.app.name} · {t.app.consoleName}
        </Typography.Title>
        {phone && entries.length > 0 && (
          <Button aria-expanded={menuOpen} onClick={() => setMenuOpen(!menuOpen)}>
            {t.app.menu}
          </Button>
        )}
        <UserBox />
      </Layout.Header>
      <Layout>
        {entries.length > 0 && (
          <Layout.Sider width={200} theme="light" collapsed={phone && !menuOpen} collapsedWidth={0} trigger={null} style={{ borderRight: '1px solid #f0f0f0' }}>
            <Menu
              mode="inline"
              aria-label="主菜单"
              selectedKeys={selected ? [selected] : []}
              items={entries.map((e) => ({ key: e.path, label: e.label }))}
              onClick={({ key }) => {
                setMenuOpen(false);
                void navigate(key);
              }}
              style={{ borderInlineEnd: 'none' }}
            />
          </Layout.Sider>
        )}
        <Layout.Content style={{ padding: phone ? 8 : 24, minWidth: 0 }}>
          <Outlet />
        </Layout.Content>
      </Layout>
    </Layout>
  );
}
