import { App, Button, Card, Descriptions, Popconfirm, Space, Spin, Table, Tag } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { Link, useParams } from 'react-router-dom';
import { PATHS } from '../../app/paths';
import { ProblemAlert, problemOf } from '../../components/ProblemAlert';
import { date, orDash, yearMonth, yuan } from '../../format';
import { t } from '../../locale/zh-CN';
import { labelOf } from '../person/labels/label';
import { FAILURE_REASON_LABELS } from '../payments/payments.zh-CN';
import { hasAnyRole, useCurrentUser } from '../session/session';
import { FUNERAL_DECIDERS, FUNERAL_RECORDERS } from './access';
import { ClaimantForm } from './ClaimantForm';
import { BASIS_LABELS, FUNERAL_LABELS as L, PAYMENT_KIND_LABELS, RELATION_LABELS, STATUS_COLOURS, STATUS_LABELS } from './funeral-benefits.zh-CN';
import { PaymentTag } from './PaymentTag';
import { useApproveBenefit, useFuneralBenefit, type BenefitPayment, type FuneralBenefit } from './queries';

const pc = L.paymentColumns;
const paymentColumns: ColumnsType<BenefitPayment> = [
  { key: 'kind', title: pc.kind, render: (_, p) => labelOf(PAYMENT_KIND_LABELS, p.kind) },
  { key: 'month', title: pc.month, render: (_, p) => yearMonth(p.month) },
  { key: 'amount', title: pc.amount, align: 'right', render: (_, p) => yuan(p.amountFen) },
  { key: 'outcome', title: pc.outcome, render: (_, p) => <PaymentTag status={p.paymentStatus} none={L.notYet} /> },
  { key: 'reason', title: pc.reason, render: (_, p) => labelOf(FAILURE_REASON_LABELS, p.paymentFailureReason) },
  { key: 'outcomeOn', title: pc.outcomeOn, render: (_, p) => (p.paymentOutcomeOn ? date(p.paymentOutcomeOn) : '—') },
];

function BenefitFacts({ benefit: b }: { benefit: FuneralBenefit }) {
  const d = L.detail;
  const c = L.columns;
  return (
    <Descriptions
      size="small"
      bordered
      data-testid="funeral-benefit-facts"
      column={{ xs: 1, md: 2, xl: 3 }}
      items={[
        { key: 'deceased', label: c.deceased, children: b.deceasedName },
        { key: 'residentId', label: c.residentId, children: b.residentId },
        { key: 'dateOfDeath', label: c.dateOfDeath, children: date(b.dateOfDeath) },
        { key: 'division', label: d.divisionCode, children: b.divisionCode },
        { key: 'basis', label: c.basis, children: labelOf(BASIS_LABELS, b.basis) },
        { key: 'amount', label: c.amount, children: yuan(b.amountFen) },
        { key: 'grantedOn', label: c.grantedOn, children: date(b.grantedOn) },
        { key: 'status', label: c.status, children: <Tag color={STATUS_COLOURS[b.status]}>{labelOf(STATUS_LABELS, b.status)}</Tag> },
        { key: 'claimant', label: d.claimant, children: orDash(b.claimantName) },
        { key: 'claimantResidentId', label: d.claimantResidentId, children: orDash(b.claimantResidentId) },
        { key: 'relation', label: d.relation, children: labelOf(RELATION_LABELS, b.claimantRelation) },
        { key: 'recordedBy', label: d.recordedBy, children: orDash(b.claimRecordedBy) },
        { key: 'approvedBy', label: d.approvedBy, children: orDash(b.approvedBy) },
        { key: 'approvedOn', label: d.approvedOn, children: b.approvedOn ? date(b.approvedOn) : '—' },
      ]}
    />
  );
}

/** 审批发放 for deciders once a claimant is recorded; the service refuses whoever recorded the claimant. */
function ApproveAction({ id }: { id: string }) {
  const { message } = App.useApp();
  const approve = useApproveBenefit(id);
  return (
    <Space orientation="vertical" style={{ width: '100%' }}>
      <ProblemAlert problem={problemOf(approve.error)} />
      <Popconfirm title={L.approve.confirm} okText={t.app.confirm} cancelText={t.app.cancel} onConfirm={() => approve.mutate(undefined, { onSuccess: () => void message.success(L.approve.done) })}>
        <Button type="primary" loading={approve.isPending}>
          {L.approve.button}
        </Button>
      </Popconfirm>
    </Space>
  );
}

/** One funeral benefit: who died, the amount, who receives it, its approval and what the bank did with the payment. */
export function FuneralBenefitPage() {
  const { id = '' } = useParams();
  const user = useCurrentUser();
  const benefit = useFuneralBenefit(id);
  const b = benefit.data;
  return (
    <Card title={b ? L.detail.title(b.deceasedName) : L.title} extra={<Link to={PATHS.funeralBenefits}>{L.detail.back}</Link>}>
      <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
        <ProblemAlert problem={problemOf(benefit.error)} />
        {benefit.isPending && <Spin />}
        {b && <BenefitFacts benefit={b} />}
        {b && b.status === 'CLAIMED' && hasAnyRole(user, FUNERAL_DECIDERS) && <ApproveAction id={b.id} />}
        {b && b.status !== 'APPROVED' && hasAnyRole(user, FUNERAL_RECORDERS) && <ClaimantForm benefitId={b.id} correcting={b.status === 'CLAIMED'} />}
        {b && (
          <Card size="small" type="inner" title={L.detail.payments}>
            <Table<BenefitPayment> rowKey="lineId" size="small" pagination={false} dataSource={b.payments} columns={paymentColumns} locale={{ emptyText: L.detail.noPayments }} scroll={{ x: 'max-content' }} />
          </Card>
        )}
      </Space>
    </Card>
  );
}
