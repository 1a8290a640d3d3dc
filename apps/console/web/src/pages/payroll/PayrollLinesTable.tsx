import { Table, Tag } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { date, yearMonth, yuan } from '../../format';
import { ProblemAlert, problemOf } from '../../components/ProblemAlert';
import { labelOf } from '../person/labels/label';
import { FAILURE_REASON_LABELS, OUTCOME_LABELS } from '../payments/payments.zh-CN';
import type { PayrollProgramme } from './programmes';
import { LINE_TYPE_LABELS, tpr } from './payroll.zh-CN';
import { usePayrollLines, type PayrollLine } from './queries';

const c = tpr.columns;

function PaymentStatus({ status }: { status: string | null }) {
  if (!status) return <Tag>{c.notYet}</Tag>;
  return <Tag color={status === 'PAID' ? 'green' : 'red'}>{labelOf(OUTCOME_LABELS, status)}</Tag>;
}

const columnsOf = (programme: PayrollProgramme): ColumnsType<PayrollLine> => [
  { title: programme.payeeTitle, dataIndex: 'payee' },
  { title: c.kind, dataIndex: 'kind', render: (v: string) => labelOf(programme.kindLabels, v) },
  { title: c.month, dataIndex: 'month', render: (v: string) => yearMonth(v) },
  { title: c.amount, dataIndex: 'amountFen', align: 'right', render: (v: number) => yuan(v) },
  { title: c.lineType, dataIndex: 'lineType', render: (v: string) => labelOf(LINE_TYPE_LABELS, v) },
  { title: c.payment, dataIndex: 'paymentStatus', render: (v: string | null) => <PaymentStatus status={v} /> },
  { title: c.reason, dataIndex: 'paymentFailureReason', render: (v: string | null) => labelOf(FAILURE_REASON_LABELS, v) },
  { title: c.outcomeOn, dataIndex: 'paymentOutcomeOn', render: (v: string | null) => (v ? date(v) : '—') },
];

interface Props {
  programme: PayrollProgramme;
  month: string;
  page: number;
  pageSize: number;
  onPage: (page: number, pageSize: number) => void;
}

/** The payroll's lines, a page at a time from the service, each with the bank's outcome once known. */
export function PayrollLinesTable({ programme, month, page, pageSize, onPage }: Props) {
  const lines = usePayrollLines(programme, month, page, pageSize);
  return (
    <>
      <ProblemAlert problem={problemOf(lines.error)} />
      <Table<PayrollLine>
        rowKey="lineId"
        size="small"
        loading={lines.isFetching}
        dataSource={lines.data?.items ?? []}
        columns={columnsOf(programme)}
        scroll={{ x: 'max-content' }}
        pagination={{ current: page, pageSize, total: lines.data?.total ?? 0, showSizeChanger: true, showTotal: tpr.count, onChange: onPage }}
      />
    </>
  );
}
