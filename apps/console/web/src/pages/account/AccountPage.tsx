import { Button, Card, Descriptions, Tag } from 'antd';
import { Link } from 'react-router-dom';
import { PATHS } from '../../app/paths';
import { roleLabel } from '../../locale/roles.zh-CN';
import { t } from '../../locale/zh-CN';
import { useCurrentUser } from '../session/session';

/** 我的账户: who the console thinks you are, and the way to 修改密码. */
export function AccountPage() {
  const user = useCurrentUser();
  return (
    <Card
      title={t.account.title}
      style={{ maxWidth: 720 }}
      extra={
        <Link to={PATHS.changePassword}>
          <Button>{t.account.changePassword}</Button>
        </Link>
      }
    >
      <Descriptions
        column={1}
        bordered
        size="middle"
        items={[
          { key: 'username', label: t.account.username, children: user.username },
          { key: 'displayName', label: t.account.displayName, children: user.displayName },
          { key: 'roles', label: t.account.roles, children: user.roles.map((role) => <Tag key={role}>{roleLabel(role)}</Tag>) },
          { key: 'division', label: t.account.division, children: user.division },
        ]}
      />
    </Card>
  );
}
