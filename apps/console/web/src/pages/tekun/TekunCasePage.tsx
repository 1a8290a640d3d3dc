import { Alert, Card, Space, Spin, Typography } from 'antd';
import { useLocation, useParams } from 'react-router-dom';
import { CaseFacts } from '../../components/assistance/CaseFacts';
import { labelOf, type CaseResponse } from '../../components/assistance/case-status';
import { CaseTimeline } from '../../components/assistance/CaseTimeline';
import { DecisionPanel } from '../../components/assistance/DecisionPanel';
import { DECIDERS } from '../../components/assistance/roles';
import { ProblemAlert, problemOf } from '../../components/ProblemAlert';
import { orDash, yearMonth } from '../../format';
import { t } from '../../locale/zh-CN';
import { hasAnyRole, useCurrentUser } from '../session/session';
import { useApproveTekun, useRejectTekun, useTekunCase } from './queries';
import { TekunAmountFacts } from './TekunAmountFacts';

const tt = t.tekun;

function Decision({ value }: { value: CaseResponse }) {
  const approve = useApproveTekun(value.id);
  const reject = useRejectTekun(value.id);
  return (
    <DecisionPanel approve={approve} reject={reject}>
      <TekunAmountFacts value={value} />
      <Typography.Paragraph type="secondary">{tt.amountNote}</Typography.Paragraph>
    </DecisionPanel>
  );
}

function CaseBody({ value }: { value: CaseResponse }) {
  const user = useCurrentUser();
  const decides = hasAnyRole(user, DECIDERS) && value.status === 'APPLIED';
  const extra = [
    { key: 'person', label: t.cases.person, children: orDash(value.residentId) },
    { key: 'careForm', label: tt.careForm, children: labelOf(tt.careForms, value.careForm) },
    { key: 'careLevel', label: tt.careLevel, children: labelOf(tt.careLevels, value.careLevel) },
    ...(value.payeeInstitution ? [{ key: 'institution', label: tt.institution, children: value.payeeInstitution }] : []),
    ...(value.coveredUntil ? [{ key: 'coveredUntil', label: tt.coveredUntil, children: yearMonth(value.coveredUntil) }] : []),
    ...(value.schoolRecheckDueOn ? [{ key: 'recheck', label: tt.schoolRecheckDueOn, children: value.schoolRecheckDueOn }] : []),
  ];
  const closed = value.status === 'REJECTED' || value.status === 'STOPPED';
  return (
    <Space orientation="vertical" size="large" style={{ width: '100%' }}>
      <CaseFacts value={value} extra={extra} />
      {!decides && !closed && (
        <Card title={tt.amount} size="small">
          <TekunAmountFacts value={value} />
        </Card>
      )}
      {decides && <Decision value={value} />}
      <CaseTimeline value={value} />
    </Space>
  );
}

/** 特困供养案件详情: status in Chinese, care form and level, the monthly amount, 审批 for deciders, 办理经过. */
export function TekunCasePage() {
  const { id = '' } = useParams();
  const location = useLocation();
  const found = useTekunCase(id);
  const created = (location.state as { created?: boolean } | null)?.created === true && found.data?.status === 'APPLIED';
  return (
    <Card title={tt.caseTitle}>
      {created && <Alert type="success" showIcon title={tt.applied} description={tt.appliedDetail} style={{ marginBottom: 16 }} />}
      <ProblemAlert problem={problemOf(found.error)} />
      {found.isPending && found.fetchStatus !== 'idle' && <Spin />}
      {found.data && <CaseBody value={found.data} />}
    </Card>
  );
}
