import { Alert, Card, Space, Spin, Typography } from 'antd';
import { useLocation, useParams } from 'react-router-dom';
import { CaseFacts } from '../../components/assistance/CaseFacts';
import type { CaseResponse } from '../../components/assistance/case-status';
import { CaseTimeline } from '../../components/assistance/CaseTimeline';
import { DecisionPanel } from '../../components/assistance/DecisionPanel';
import { PaymentActions } from '../../components/assistance/PaymentActions';
import { DECIDERS, RECORDERS } from '../../components/assistance/roles';
import { ProblemAlert, problemOf } from '../../components/ProblemAlert';
import { orDash } from '../../format';
import { t } from '../../locale/zh-CN';
import { hasAnyRole, useCurrentUser } from '../session/session';
import { AssessmentFacts } from './AssessmentFacts';
import { InvestigationForm } from './InvestigationForm';
import { PublicNoticeCard } from './PublicNoticeCard';
import { useApproveDibao, useDibaoCase, useRejectDibao, useResumeDibao, useStopDibao, useSuspendDibao } from './queries';

const td = t.dibao;

/** 审批 of a 低保 case: approval once the notice has started (the service tells if it has not ended); rejection before too. */
function Decision({ value }: { value: CaseResponse }) {
  const approve = useApproveDibao(value.id);
  const reject = useRejectDibao(value.id);
  return (
    <DecisionPanel approve={value.status === 'IN_PUBLIC_NOTICE' ? approve : undefined} reject={reject}>
      {value.assessment && <AssessmentFacts assessment={value.assessment} />}
      <Typography.Paragraph type="secondary">{td.benefitNote}</Typography.Paragraph>
    </DecisionPanel>
  );
}

/** 暂停, 恢复, 终止 of a 低保 case being paid. */
function Payment({ value }: { value: CaseResponse }) {
  const suspend = useSuspendDibao(value.id);
  const resume = useResumeDibao(value.id);
  const stop = useStopDibao(value.id);
  return <PaymentActions value={value} suspend={suspend} resume={resume} stop={stop} />;
}

function CaseBody({ value }: { value: CaseResponse }) {
  const user = useCurrentUser();
  const recorder = hasAnyRole(user, RECORDERS);
  const decider = hasAnyRole(user, DECIDERS);
  const decides = decider && (value.status === 'APPLIED' || value.status === 'IN_PUBLIC_NOTICE');
  const extra = [
    ...(value.residentId ? [{ key: 'person', label: t.cases.person, children: value.residentId }] : []),
    { key: 'review', label: t.cases.reviewDueOn, children: orDash(value.reviewDueOn) },
  ];
  return (
    <Space orientation="vertical" size="large" style={{ width: '100%' }}>
      <CaseFacts value={value} extra={extra} />
      {!decides && value.assessment && (
        <Card title={td.assessment} size="small">
          <AssessmentFacts assessment={value.assessment} />
        </Card>
      )}
      {value.status === 'APPLIED' && recorder && <InvestigationForm caseId={value.id} />}
      {value.noticeStartedOn && <PublicNoticeCard value={value} canRecord={recorder} />}
      {decides && <Decision value={value} />}
      {decider && <Payment value={value} />}
      <CaseTimeline value={value} />
    </Space>
  );
}

/**
 * 低保案件详情: status in Chinese, the service's assessment (eligibility and monthly amount), the
 * investigation and 公示 with its objections, 审批 for deciders and, once approved, 暂停 / 恢复 /
 * 终止, and the case's 办理经过.
 */
export function DibaoCasePage() {
  const { id = '' } = useParams();
  const location = useLocation();
  const found = useDibaoCase(id);
  // Right after the application: what was saved and what comes next, until the next step is taken.
  const created = (location.state as { created?: boolean } | null)?.created === true && found.data?.status === 'APPLIED';
  return (
    <Card title={td.caseTitle}>
      {created && <Alert type="success" showIcon title={td.applied} description={td.appliedDetail} style={{ marginBottom: 16 }} />}
      <ProblemAlert problem={problemOf(found.error)} />
      {found.isPending && found.fetchStatus !== 'idle' && <Spin />}
      {found.data && <CaseBody value={found.data} />}
    </Card>
  );
}
