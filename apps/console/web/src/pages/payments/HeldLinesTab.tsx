import { Table, Tag } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { ProblemAlert, problemOf } from '../../components/ProblemAlert';
import { dateTime, yearMonth, yuan } from '../../format';
import { labelOf } from '../person/labels/label';
import { HOLD_REASON_LABELS, PROGRAMME_LABELS, tpay } from './payments.zh-CN';
import { useHeldLines, type HeldLine, type Paging } from './queries';

const c = tpay.columns;

const columns: ColumnsType<HeldLine> = [
  { title: c.payee, key: 'payee', render: (_: unknown, line) => line.residentId ?? line.organisationName ?? '—' },
  { title: c.programme, dataIndex: 'programme', render: (v: string) => labelOf(PROGRAMME_LABELS, v) },
  { title: c.period, dataIndex: 'period', render: (v: string) => yearMonth(v) },
  { title: c.amount, dataIndex: 'amountFen', align: 'right', render: (v: number) => yuan(v) },
  { title: c.reason, dataIndex: 'reason', render: (v: string) => <Tag color="orange">{labelOf(HOLD_REASON_LABELS, v)}</Tag> },
  { title: c.heldSince, dataIndex: 'heldSince', render: (v: string) => dateTime(v) },
  { title: c.reference, dataIndex: 'reference' },
];

/** 暂缓明细: lines waiting for their payee's confirmed, usable account; they join the next assembly once it is. */
export function HeldLinesTab({ month, paging, onPage }: { month: string; paging: Paging; onPage: (page: number, size: number) => void }) {
  const held = useHeldLines(month, paging);
  return (
    <>
      <ProblemAlert problem={problemOf(held.error)} />
      <Table<HeldLine>
        rowKey="lineId"
        size="small"
        loading={held.isFetching}
        dataSource={held.data?.items ?? []}
        columns={columns}
        locale={{ emptyText: tpay.empty }}
        scroll={{ x: 'max-content' }}
        pagination={{ current: paging.page, pageSize: paging.pageSize, total: held.data?.total ?? 0, showSizeChanger: true, showTotal: tpay.total, onChange: onPage }}
      />
    </>
  );
}
