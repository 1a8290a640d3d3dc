import { Alert, Button, Card, Space, Spin } from 'antd';
import { useState } from 'react';
import { Link, useLocation, useParams } from 'react-router-dom';
import { dibaoApplyPath, tekunApplyPath } from '../../app/paths';
import { RECORDERS } from '../../components/assistance/roles';
import { ProblemAlert, problemOf } from '../../components/ProblemAlert';
import { t } from '../../locale/zh-CN';
import { hasAnyRole, useCurrentUser } from '../session/session';
import type { ChangeResult } from './change-result';
import { AssetChangeModal, IncomeChangeModal } from './ChangeModals';
import { ChangeResultAlert } from './ChangeResultAlert';
import { DepartureModal, JoinMemberModal } from './CompositionModals';
import { HouseholdCases } from './HouseholdCases';
import { HouseholdFacts, MembersTable } from './HouseholdDetails';
import { useHousehold, type HouseholdResponse } from './queries';

const th = t.households;

type Change = 'join' | 'depart' | 'income' | 'assets';

function Actions({ household, onChange }: { household: HouseholdResponse; onChange: (change: Change) => void }) {
  return (
    <Space wrap>
      <Link to={dibaoApplyPath(household.id)}>
        <Button type="primary">{th.applyDibao}</Button>
      </Link>
      <Link to={tekunApplyPath(household.id)}>
        <Button>{th.applyTekun}</Button>
      </Link>
      <Button onClick={() => onChange('join')}>{th.join}</Button>
      <Button onClick={() => onChange('depart')}>{th.depart}</Button>
      <Button onClick={() => onChange('income')}>{th.incomeChange}</Button>
      <Button onClick={() => onChange('assets')}>{th.assetChange}</Button>
    </Space>
  );
}

/**
 * 家庭详情: the household as saved, its members (masked as the service answers), its 低保 and 特困
 * cases, and, for those who record, the next steps: apply for 低保 or 特困, a member joins or
 * leaves, a member's income or the household's assets change — each answered with what it did to
 * the open 低保 case (the new amount, or the stop). Right after 家庭登记 it says that the household
 * is saved, so a caseworker interrupted before applying sees where they are and can continue.
 */
export function HouseholdPage() {
  const { id = '' } = useParams();
  const location = useLocation();
  const user = useCurrentUser();
  const household = useHousehold(id);
  const [change, setChange] = useState<Change | null>(null);
  const [result, setResult] = useState<ChangeResult | null>(null);
  const registered = (location.state as { registered?: boolean } | null)?.registered === true;
  const recorder = hasAnyRole(user, RECORDERS);
  const modal = (which: Change) => ({ open: change === which, onClose: () => setChange(null), onDone: setResult });
  return (
    <Card title={th.pageTitle} extra={recorder && household.data && <Actions household={household.data} onChange={setChange} />}>
      {registered && <Alert type="success" showIcon title={th.registered} description={th.registeredDetail} style={{ marginBottom: 16 }} />}
      {result && <ChangeResultAlert result={result} onClose={() => setResult(null)} />}
      <ProblemAlert problem={problemOf(household.error)} />
      {household.isPending && household.fetchStatus !== 'idle' && <Spin />}
      {household.data && (
        <Space orientation="vertical" size="large" style={{ width: '100%' }}>
          <HouseholdFacts household={household.data} />
          <MembersTable household={household.data} />
          <HouseholdCases householdId={household.data.id} />
        </Space>
      )}
      {household.data && recorder && (
        <>
          <JoinMemberModal household={household.data} {...modal('join')} />
          <DepartureModal household={household.data} {...modal('depart')} />
          <IncomeChangeModal household={household.data} {...modal('income')} />
          <AssetChangeModal household={household.data} {...modal('assets')} />
        </>
      )}
    </Card>
  );
}
