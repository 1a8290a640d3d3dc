import { Tag } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { Link } from 'react-router-dom';
import { casePath } from '../../../components/case-route';
import { tf } from '../fields.zh-CN';
import type { FileState } from '../file-state';
import { labelOf, labelsOf } from '../labels/label';
import * as sa from '../labels/social-assistance.zh-CN';
import { day, money, month } from '../show';
import { useCaseAssessments, type CaseAssessment } from '../queries';
import type { SocialAssistancePerson } from '../types';
import { ServiceBlock } from './ServiceBlock';
import { SubTable } from './SubTable';

type P = SocialAssistancePerson;
const f = tf.assistance;

const householdColumns: ColumnsType<P['households'][number]> = [
  { title: f.household, dataIndex: 'householdId', render: (id: string) => id.slice(0, 8) },
  { title: f.area, dataIndex: 'area', render: (v: string) => labelOf(sa.AREA_LABELS, v) },
  { title: f.region, dataIndex: 'regionCode' },
  { title: f.relation, dataIndex: 'relation', render: (v: string) => labelOf(sa.RELATION_LABELS, v) },
  { title: f.categories, dataIndex: 'categories', render: (v: string[]) => labelsOf(sa.MEMBER_CATEGORY_LABELS, v) },
  { title: f.income, dataIndex: 'monthlyIncomeFen', render: (v: number) => money(v) },
  {
    title: f.membership,
    key: 'membership',
    render: (_: unknown, h) => [h.joinedMonth ? f.from(month(h.joinedMonth)) : f.always, h.leftMonth ? f.until(month(h.leftMonth)) : ''].join(' '),
  },
];

const caseColumns = (assessments: ReadonlyMap<string, CaseAssessment>): ColumnsType<P['cases'][number]> => [
  { title: f.program, dataIndex: 'program', render: (v: string) => labelOf(sa.PROGRAM_LABELS, v) },
  { title: f.status, dataIndex: 'status', render: (v: string) => <Tag>{labelOf(sa.CASE_STATUS_LABELS, v)}</Tag> },
  { title: f.stage, dataIndex: 'stage', render: (v: string | null) => labelOf(sa.CASE_STAGE_LABELS, v) },
  { title: f.appliedOn, dataIndex: 'appliedOn', render: day },
  { title: f.decidedOn, dataIndex: 'decidedOn', render: day },
  { title: f.payment, key: 'payment', render: (_: unknown, c) => (c.startMonth ? `${month(c.startMonth)} – ${c.stopFromMonth ? f.until(month(c.stopFromMonth)) : ''}` : '—') },
  { title: f.benefit, key: 'benefit', render: (_: unknown, c) => benefitText(assessments.get(c.id)) },
  { title: f.reviewDueOn, dataIndex: 'reviewDueOn', render: day },
  { title: f.careForm, dataIndex: 'careForm', render: (v: string | null) => labelOf(sa.CARE_FORM_LABELS, v) },
  { title: f.actions, key: 'open', render: (_: unknown, c) => <Link to={casePath(c.program, c.id)}>{f.open}</Link> },
];

function benefitText(assessment: CaseAssessment | undefined): string {
  if (!assessment) return '—';
  return assessment.eligible ? f.benefitOf(money(assessment.benefitFen), month(assessment.month)) : f.notEligible;
}

const enrollmentColumns: ColumnsType<P['enrollments'][number]> = [
  { title: f.program, dataIndex: 'program', render: (v: string) => labelOf(sa.PROGRAM_LABELS, v) },
  { title: f.startMonth, dataIndex: 'startMonth', render: month },
  { title: f.stopFromMonth, dataIndex: 'stopFromMonth', render: month },
  { title: f.stopReason, dataIndex: 'stopReason', render: (v: string | null) => labelOf(sa.STOP_REASON_LABELS, v) },
];

const overpaymentColumns: ColumnsType<P['overpayments'][number]> = [
  { title: f.amount, dataIndex: 'amountFen', render: (v: number) => money(v) },
  { title: f.months, dataIndex: 'months', render: (v: string[]) => v.map(month).join('、') },
  { title: f.status, dataIndex: 'status', render: (v: string) => labelOf(sa.OVERPAYMENT_STATUS_LABELS, v) },
];

const reliefColumns: ColumnsType<P['temporaryRelief'][number]> = [
  { title: f.reliefType, dataIndex: 'reliefType', render: (v: string) => labelOf(sa.RELIEF_TYPE_LABELS, v) },
  { title: f.amount, dataIndex: 'amountFen', render: (v: number) => money(v) },
  { title: f.grantedOn, dataIndex: 'grantedOn', render: day },
  { title: f.reason, dataIndex: 'reason' },
  { title: f.paidFirst, dataIndex: 'paidFirst', render: (v: boolean) => (v ? tf.basic.yes : tf.basic.no) },
];

const vagrantColumns: ColumnsType<P['vagrantCases'][number]> = [
  { title: f.admittedOn, dataIndex: 'admittedOn', render: day },
  { title: f.stayUntil, dataIndex: 'stayUntil', render: day },
  { title: f.status, dataIndex: 'status', render: (v: string) => labelOf(sa.VAGRANT_STATUS_LABELS, v) },
  { title: f.outcome, dataIndex: 'outcome', render: (v: string | null) => labelOf(sa.VAGRANT_OUTCOME_LABELS, v) },
];

function hasAssistance(p: P): boolean {
  return [p.households, p.cases, p.enrollments, p.overpayments, p.temporaryRelief, p.vagrantCases].some((list) => list.length > 0);
}

function AssistanceDetails({ person: p }: { person: P }) {
  const assessments = useCaseAssessments(p.cases);
  return (
    <>
      <SubTable title={f.households} rows={p.households} columns={householdColumns} rowKey={(h) => h.householdId} />
      <SubTable title={f.cases} rows={p.cases} columns={caseColumns(assessments)} rowKey={(c) => c.id} />
      <SubTable title={f.enrollments} rows={p.enrollments} columns={enrollmentColumns} rowKey={(e) => e.enrollmentId} />
      <SubTable title={f.overpayments} rows={p.overpayments} columns={overpaymentColumns} rowKey={(o) => o.id} />
      <SubTable title={f.relief} rows={p.temporaryRelief} columns={reliefColumns} rowKey={(r) => r.id} />
      <SubTable title={f.vagrant} rows={p.vagrantCases} columns={vagrantColumns} rowKey={(v) => v.id} />
    </>
  );
}

/** 家庭与低保/特困案件: social-assistance's households, cases, enrolments, overpayments and relief. */
export function AssistanceSection({ state, onRetry }: { state: FileState<P>; onRetry: () => void }) {
  return (
    <ServiceBlock service="socialAssistance" state={state} onRetry={onRetry}>
      {(p) => (hasAssistance(p) ? <AssistanceDetails person={p} /> : null)}
    </ServiceBlock>
  );
}
