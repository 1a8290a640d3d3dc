import { Descriptions, Space, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { childAllowanceOf, totalPaidFen } from '../child-allowance';
import { tf } from '../fields.zh-CN';
import type { FileState } from '../file-state';
import { labelOf } from '../labels/label';
import { ALLOWANCE_NOT_DUE_LABELS, CHILD_CARE_FORM_LABELS, CHILD_CATEGORY_LABELS } from '../labels/child-welfare.zh-CN';
import { ALLOWANCE_KIND_LABELS, ALLOWANCE_STOP_REASON_LABELS, ALLOWANCE_TIER_LABELS, ELDER_OVERPAYMENT_STATUS_LABELS } from '../labels/elderly-care.zh-CN';
import { day, money, month } from '../show';
import type { ChildAllowanceStatus, ChildWelfarePerson, ElderlyCarePerson } from '../types';
import { ServiceBlock } from './ServiceBlock';
import { SubTable } from './SubTable';

const f = tf.allowances;

const allowanceColumns: ColumnsType<ElderlyCarePerson['allowances'][number]> = [
  { title: f.kind, dataIndex: 'kind', render: (v: string) => labelOf(ALLOWANCE_KIND_LABELS, v) },
  { title: f.tier, dataIndex: 'tier', render: (v: string) => labelOf(ALLOWANCE_TIER_LABELS, v) },
  { title: f.monthly, dataIndex: 'monthlyAmountFen', render: (v: number) => money(v) },
  { title: f.fromMonth, dataIndex: 'fromMonth', render: month },
  { title: f.stopFromMonth, dataIndex: 'stopFromMonth', render: month },
  { title: f.stopReason, dataIndex: 'stopReason', render: (v: string | null) => labelOf(ALLOWANCE_STOP_REASON_LABELS, v) },
];

const overpaymentColumns: ColumnsType<ElderlyCarePerson['overpayments'][number]> = [
  { title: tf.assistance.amount, dataIndex: 'amountFen', render: (v: number) => money(v) },
  { title: f.fromMonth, dataIndex: 'fromMonth', render: month },
  { title: f.createdAt, dataIndex: 'createdAt', render: day },
  { title: f.status, dataIndex: 'status', render: (v: string) => labelOf(ELDER_OVERPAYMENT_STATUS_LABELS, v) },
];

function ElderAllowances({ person }: { person: ElderlyCarePerson }) {
  return (
    <>
      <SubTable title={f.elder} rows={person.allowances} columns={allowanceColumns} rowKey={(a) => a.id} />
      <SubTable title={f.overpayments} rows={person.overpayments} columns={overpaymentColumns} rowKey={(o) => o.id} />
    </>
  );
}

export function ChildAllowance({ allowance }: { allowance: ChildAllowanceStatus }) {
  const current = allowance.currentMonth;
  return (
    <div>
      <Typography.Title level={5} style={{ marginTop: 0 }}>
        {f.child}
      </Typography.Title>
      <Descriptions
        size="small"
        bordered
        column={2}
        items={[
          { key: 'category', label: f.category, children: labelOf(CHILD_CATEGORY_LABELS, allowance.category) },
          { key: 'careForm', label: f.careForm, children: labelOf(CHILD_CARE_FORM_LABELS, allowance.careForm) },
          { key: 'monthly', label: f.monthly, children: money(allowance.monthlyAmountFen) },
          { key: 'from', label: f.fromMonth, children: month(allowance.fromMonth) },
          ...(allowance.notEntitledReason ? [{ key: 'reason', label: f.notEntitled, children: labelOf(ALLOWANCE_NOT_DUE_LABELS, allowance.notEntitledReason) }] : []),
          ...(current ? [{ key: 'current', label: f.currentMonth(month(current.month)), children: current.due ? f.due : `${f.notDue}（${labelOf(ALLOWANCE_NOT_DUE_LABELS, current.reason)}）` }] : []),
          { key: 'paid', label: f.paidTotal, children: `${money(totalPaidFen(allowance))}${f.paymentCount(allowance.payments.length)}` },
        ]}
      />
    </div>
  );
}

interface Props {
  elderlyCare: FileState<ElderlyCarePerson>;
  childWelfare: FileState<ChildWelfarePerson>;
  onRetry: (service: 'elderlyCare' | 'childWelfare') => void;
}

/** 津贴补贴: elderly-care's high-age allowance and service subsidy, child-welfare's child allowance. */
export function AllowancesSection({ elderlyCare, childWelfare, onRetry }: Props) {
  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <ServiceBlock service="elderlyCare" state={elderlyCare} onRetry={() => onRetry('elderlyCare')}>
        {(p) => (p.allowances.length + p.overpayments.length > 0 ? <ElderAllowances person={p} /> : null)}
      </ServiceBlock>
      <ServiceBlock service="childWelfare" state={childWelfare} onRetry={() => onRetry('childWelfare')}>
        {(p) => {
          const allowance = childAllowanceOf(p);
          return allowance ? <ChildAllowance allowance={allowance} /> : null;
        }}
      </ServiceBlock>
    </Space>
  );
}
