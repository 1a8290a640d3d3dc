import { Button, Popconfirm, Space, Tag, Tooltip } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import type { ConsoleUser } from '../../api/console';
import { dateTime } from '../../format';
import { roleLabel } from '../../locale/roles.zh-CN';
import { t } from '../../locale/zh-CN';

export interface UserActions {
  /** When the list was loaded: a lock that has run out by then is not shown. */
  loadedAt: number;
  /** The administrator's own id: they cannot disable themselves. */
  selfId: string;
  busyId: string | null;
  onEdit: (user: ConsoleUser) => void;
  onToggleDisabled: (user: ConsoleUser) => void;
  onResetPassword: (user: ConsoleUser) => void;
}

function StatusTag({ user, now }: { user: ConsoleUser; now: number }) {
  if (user.disabled) return <Tag color="default">{t.users.statusDisabled}</Tag>;
  if (user.lockedUntil && Date.parse(user.lockedUntil) > now) return <Tag color="red">{t.users.statusLocked(dateTime(user.lockedUntil))}</Tag>;
  if (user.mustChangePassword) return <Tag color="gold">{t.users.statusMustChange}</Tag>;
  return <Tag color="green">{t.users.statusActive}</Tag>;
}

function ActionCell({ user, actions }: { user: ConsoleUser; actions: UserActions }) {
  const busy = actions.busyId === user.id;
  const isSelf = user.id === actions.selfId;
  const toggle = (
    <Popconfirm
      title={user.disabled ? t.users.enableConfirm : t.users.disableConfirm}
      okText={t.app.confirm}
      cancelText={t.app.cancel}
      onConfirm={() => actions.onToggleDisabled(user)}
      disabled={isSelf}
    >
      <Button type="link" size="small" danger={!user.disabled} disabled={isSelf || busy}>
        {user.disabled ? t.users.enable : t.users.disable}
      </Button>
    </Popconfirm>
  );
  return (
    <Space size={0}>
      <Button type="link" size="small" onClick={() => actions.onEdit(user)} disabled={busy}>
        {t.users.edit}
      </Button>
      <Popconfirm title={t.users.resetConfirm} okText={t.app.confirm} cancelText={t.app.cancel} onConfirm={() => actions.onResetPassword(user)}>
        <Button type="link" size="small" disabled={busy}>
          {t.users.resetPassword}
        </Button>
      </Popconfirm>
      {isSelf ? <Tooltip title={t.users.self}>{toggle}</Tooltip> : toggle}
    </Space>
  );
}

export function userColumns(actions: UserActions): ColumnsType<ConsoleUser> {
  return [
    { title: t.users.username, dataIndex: 'username', key: 'username' },
    { title: t.users.displayName, dataIndex: 'displayName', key: 'displayName' },
    {
      title: t.users.roles,
      dataIndex: 'roles',
      key: 'roles',
      render: (roles: string[]) => roles.map((role) => <Tag key={role}>{roleLabel(role)}</Tag>),
    },
    { title: t.users.division, dataIndex: 'division', key: 'division' },
    { title: t.users.status, key: 'status', render: (_: unknown, user) => <StatusTag user={user} now={actions.loadedAt} /> },
    { title: t.users.actions, key: 'actions', render: (_: unknown, user) => <ActionCell user={user} actions={actions} /> },
  ];
}
