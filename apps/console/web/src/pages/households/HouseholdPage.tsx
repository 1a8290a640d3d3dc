import { Alert, Button, Card, Space, Spin, Typography } from 'antd';
import { useState } from 'react';
import { Link, useLocation, useParams } from 'react-router-dom';
import { dibaoApplyPath, tekunApplyPath } from '../../app/paths';
import { RECORDERS } from '../../components/assistance/roles';
import { ProblemAlert, problemOf } from '../../components/ProblemAlert';
import { t } from '../../locale/zh-CN';
import { hasAnyRole, useCurrentUser } from '../session/session';
import { DepartureModal, JoinMemberModal } from './CompositionModals';
import { HouseholdFacts, MembersTable } from './HouseholdDetails';
import { useHousehold, type HouseholdResponse } from './queries';

const th = t.households;

function Actions({ household, onJoin, onDepart }: { household: HouseholdResponse; onJoin: () => void; onDepart: () => void }) {
  return (
    <Space wrap>
      <Link to={dibaoApplyPath(household.id)}>
        <Button type="primary">{th.applyDibao}</Button>
      </Link>
      <Link to={tekunApplyPath(household.id)}>
        <Button>{th.applyTekun}</Button>
      </Link>
      <Button onClick={onJoin}>{th.join}</Button>
      <Button onClick={onDepart}>{th.depart}</Button>
    </Space>
  );
}

/**
 * 家庭详情: the household as saved, its members (masked as the service answers) and, for those
 * who record, the next steps: apply for 低保 or 特困, a member joins or leaves. Right after 家庭登记
 * it says that the household is saved, so a caseworker interrupted before applying sees where
 * they are and can continue.
 */
export function HouseholdPage() {
  const { id = '' } = useParams();
  const location = useLocation();
  const user = useCurrentUser();
  const household = useHousehold(id);
  const [change, setChange] = useState<'join' | 'depart' | null>(null);
  const registered = (location.state as { registered?: boolean } | null)?.registered === true;
  const recorder = hasAnyRole(user, RECORDERS);
  return (
    <Card title={th.pageTitle} extra={recorder && household.data && <Actions household={household.data} onJoin={() => setChange('join')} onDepart={() => setChange('depart')} />}>
      {registered && <Alert type="success" showIcon title={th.registered} description={th.registeredDetail} style={{ marginBottom: 16 }} />}
      <ProblemAlert problem={problemOf(household.error)} />
      {household.isPending && household.fetchStatus !== 'idle' && <Spin />}
      {household.data && (
        <Space orientation="vertical" size="large" style={{ width: '100%' }}>
          <HouseholdFacts household={household.data} />
          <MembersTable household={household.data} />
          <Typography.Text type="secondary">{th.casesNote}</Typography.Text>
        </Space>
      )}
      {household.data && (
        <>
          <JoinMemberModal household={household.data} open={change === 'join'} onClose={() => setChange(null)} />
          <DepartureModal household={household.data} open={change === 'depart'} onClose={() => setChange(null)} />
        </>
      )}
    </Card>
  );
}
