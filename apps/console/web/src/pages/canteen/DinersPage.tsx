import { Card, Space } from 'antd';
import { hasAnyRole, useCurrentUser } from '../session/session';
import { DINER_REGISTRARS } from './access';
import { CANTEEN_LABELS as L } from './canteen.zh-CN';
import { DinerLookup } from './DinerLookup';
import { DinerRegisterForm } from './DinerRegisterForm';

/** 助餐对象: look a diner up; those who may also register one (recorders, the canteen's cashier). */
export function DinersPage() {
  const user = useCurrentUser();
  return (
    <Card title={L.diners.title}>
      <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
        <DinerLookup />
        {hasAnyRole(user, DINER_REGISTRARS) && <DinerRegisterForm />}
      </Space>
    </Card>
  );
}
