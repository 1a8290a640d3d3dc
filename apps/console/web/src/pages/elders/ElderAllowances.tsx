import { Card, Empty } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { labelOf } from '../person/labels/label';
import { ALLOWANCE_KIND_LABELS, ALLOWANCE_STOP_REASON_LABELS, ALLOWANCE_TIER_LABELS, ELDER_OVERPAYMENT_STATUS_LABELS } from '../person/labels/elderly-care.zh-CN';
import { SubTable } from '../person/sections/SubTable';
import { money, month } from '../person/show';
import { ELDERS_LABELS as L } from './elders.zh-CN';
import type { ElderFile } from './queries';

const e = L.elder;

const allowanceColumns: ColumnsType<ElderFile['allowances'][number]> = [
  { title: e.kind, dataIndex: 'kind', render: (v: string) => labelOf(ALLOWANCE_KIND_LABELS, v) },
  { title: e.tier, dataIndex: 'tier', render: (v: string) => labelOf(ALLOWANCE_TIER_LABELS, v) },
  { title: e.monthly, dataIndex: 'monthlyAmountFen', render: (v: number) => money(v) },
  { title: e.fromMonth, dataIndex: 'fromMonth', render: month },
  { title: e.stopFromMonth, dataIndex: 'stopFromMonth', render: month },
  { title: e.stopReason, dataIndex: 'stopReason', render: (v: string | null) => (v ? labelOf(ALLOWANCE_STOP_REASON_LABELS, v) : '—') },
];

const overpaymentColumns: ColumnsType<ElderFile['overpayments'][number]> = [
  { title: e.amount, dataIndex: 'amountFen', render: (v: number) => money(v) },
  { title: e.fromMonth, dataIndex: 'fromMonth', render: month },
  { title: L.registry.status, dataIndex: 'status', render: (v: string) => labelOf(ELDER_OVERPAYMENT_STATUS_LABELS, v) },
];

/** 津贴补贴: the high-age allowance and the service subsidy of the elder, and what is to be recovered. */
export function ElderAllowances({ file }: { file: ElderFile }) {
  const none = file.allowances.length + file.overpayments.length === 0;
  return (
    <Card title={e.allowances} size="small" data-testid="elder-allowances">
      {none && <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={e.noAllowances} />}
      <SubTable title={e.allowanceList} rows={file.allowances} columns={allowanceColumns} rowKey={(a) => a.id} />
      <SubTable title={e.overpayments} rows={file.overpayments} columns={overpaymentColumns} rowKey={(o) => o.id} />
    </Card>
  );
}
