import { Alert, Space, Table, Tag, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { ProblemAlert, problemOf } from '../../components/ProblemAlert';
import { yearMonth, yuan } from '../../format';
import { labelOf } from '../person/labels/label';
import { FAILURE_REASON_LABELS, HOLD_REASON_LABELS, LINE_STATE_LABELS, OWNER_SERVICE_LABELS, PROGRAMME_LABELS, tpay } from './payments.zh-CN';
import { useReconciliation, type Reconciliation } from './queries';

const r = tpay.reconciliation;
const c = tpay.columns;
/** Lines that are not paid, listed under the table: the service answers the first this many, by reference. */
const DIFFERENCES_SHOWN = 100;

/** A programme's row, or the month's total (which the service sends without a programme). */
type Row = Omit<Reconciliation['total'], 'programme'> & { programme: string | null };
type Difference = Reconciliation['differences'][number];
type Tally = Row['approved'];

const tally = (v: Tally) => tpay.tally(v.lines, yuan(v.amountFen));
const STATES = ['approved', 'paid', 'failed', 'pending', 'held', 'awaiting', 'refused', 'difference'] as const;

const rowColumns: ColumnsType<Row> = [
  { title: r.programme, dataIndex: 'programme', render: (v: string | null) => (v === null ? <strong>{r.all}</strong> : labelOf(PROGRAMME_LABELS, v)) },
  ...STATES.map((state) => ({ title: r[state], key: state, align: 'right' as const, render: (_: unknown, row: Row) => tally(row[state]) })),
];

const STATE_COLOURS: Readonly<Record<string, string>> = { FAILED: 'red', HELD: 'orange', PENDING: 'blue' };

const differenceColumns: ColumnsType<Difference> = [
  { title: c.reference, dataIndex: 'reference' },
  { title: c.programme, dataIndex: 'programme', render: (v: string) => labelOf(PROGRAMME_LABELS, v) },
  { title: c.period, dataIndex: 'period', render: (v: string) => yearMonth(v) },
  { title: c.amount, dataIndex: 'amountFen', align: 'right', render: (v: number) => yuan(v) },
  { title: c.state, dataIndex: 'state', render: (v: string) => <Tag color={STATE_COLOURS[v]}>{labelOf(LINE_STATE_LABELS, v)}</Tag> },
  { title: c.reason, dataIndex: 'reason', render: (v: string | null) => labelOf({ ...FAILURE_REASON_LABELS, ...HOLD_REASON_LABELS }, v) },
  { title: c.service, dataIndex: 'ownerService', render: (v: string) => labelOf(OWNER_SERVICE_LABELS, v) },
];

/** 对账: per programme, approved = paid + failed + pending + held + awaiting + refused, and the lines not paid (failed first to act on). */
export function ReconciliationTab({ month }: { month: string }) {
  const reconciliation = useReconciliation(month, DIFFERENCES_SHOWN);
  const data = reconciliation.data;
  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <ProblemAlert problem={problemOf(reconciliation.error)} />
      {data && <Alert type={data.balanced ? 'success' : 'error'} showIcon title={data.balanced ? r.balanced : r.unbalanced} data-testid="reconciliation-verdict" />}
      <Table<Row>
        rowKey={(row) => row.programme ?? '*'}
        size="small"
        loading={reconciliation.isFetching}
        dataSource={data ? [...data.programmes, { ...data.total, programme: null }] : []}
        columns={rowColumns}
        pagination={false}
        scroll={{ x: 'max-content' }}
        locale={{ emptyText: tpay.empty }}
        aria-label={r.title(yearMonth(month))}
      />
      {data && data.differenceCount > 0 && (
        <>
          <Typography.Title level={5}>{r.differences(data.differences.length, data.differenceCount)}</Typography.Title>
          <Table<Difference>
            rowKey="lineId"
            size="small"
            dataSource={[...data.differences].sort((a, b) => Number(b.state === 'FAILED') - Number(a.state === 'FAILED'))}
            columns={differenceColumns}
            pagination={false}
            scroll={{ x: 'max-content' }}
            aria-label={r.differences(data.differences.length, data.differenceCount)}
          />
        </>
      )}
    </Space>
  );
}
