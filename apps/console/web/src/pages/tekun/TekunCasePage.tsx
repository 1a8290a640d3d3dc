import { Alert, Card, Space, Spin, Typography } from 'antd';
import { useLocation, useParams } from 'react-router-dom';
import { CaseFacts } from '../../components/assistance/CaseFacts';
import { labelOf, type CaseResponse } from '../../components/assistance/case-status';
import { CaseTimeline } from '../../components/assistance/CaseTimeline';
import { DecisionPanel } from '../../components/assistance/DecisionPanel';
import { PaymentActions } from '../../components/assistance/PaymentActions';
import { DECIDERS, RECORDERS } from '../../components/assistance/roles';
import { ProblemAlert, problemOf } from '../../components/ProblemAlert';
import { orDash, yearMonth } from '../../format';
import { t } from '../../locale/zh-CN';
import { hasAnyRole, useCurrentUser } from '../session/session';
import { useApproveTekun, useRejectTekun, useStopTekun, useTekunCase } from './queries';
import { SchoolCheckButton } from './SchoolCheck';
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

/** 终止供养 of a 特困 case being paid (特困 has no suspension). */
function Payment({ value }: { value: CaseResponse }) {
  const stop = useStopTekun(value.id);
  return <PaymentActions value={value} stop={stop} stopLabel={tt.stop} stopTitle={tt.stopTitle} />;
}

const OPEN = ['APPROVED', 'ACTIVE', 'SUSPENDED'];

function CaseBody({ value }: { value: CaseResponse }) {
  const user = useCurrentUser();
  const decider = hasAnyRole(user, DECIDERS);
  const decides = decider && value.status === 'APPLIED';
  // The school re-check of a person admitted as a minor, once approved: recorded by caseworkers.
  const schoolCheck = value.schoolRecheckDueOn && OPEN.includes(value.status) && hasAnyRole(user, RECORDERS) ? value.schoolRecheckDueOn : null;
  const extra = [
    { key: 'person', label: t.cases.person, children: orDash(value.residentId) },
    { key: 'careForm', label: tt.careForm, children: labelOf(tt.careForms, value.careForm) },
    { key: 'careLevel', label: tt.careLevel, children: labelOf(tt.careLevels, value.careLevel) },
    ...(value.payeeInstitution ? [{ key: 'institution', label: tt.institution, children: value.payeeInstitution }] : []),
    ...(value.coveredUntil ? [{ key: 'coveredUntil', label: tt.coveredUntil, children: yearMonth(value.coveredUntil) }] : []),
    ...(value.schoolRecheckDueOn
      ? [
          {
            key: 'recheck',
            label: tt.schoolRecheckDueOn,
            children: (
              <>
                {value.schoolRecheckDueOn} {schoolCheck && <SchoolCheckButton caseId={value.id} dueOn={schoolCheck} />}
              </>
            ),
          },
        ]
      : []),
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
      {decider && <Payment value={value} />}
      <CaseTimeline value={value} />
    </Space>
  );
}

/**
 * 特困供养案件详情: status in Chinese, care form and level, the monthly amount, 审批 and, once
 * approved, 终止供养 for deciders, 在学核查 for a person admitted as a minor, 办理经过.
 */
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
