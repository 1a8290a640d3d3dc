import { App, Button, Popconfirm, Space, Table, Tag } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { Link } from 'react-router-dom';
import { paymentBatchPath } from '../../app/paths';
import { ProblemAlert, problemOf } from '../../components/ProblemAlert';
import { yuan } from '../../format';
import { t } from '../../locale/zh-CN';
import { labelOf } from '../person/labels/label';
import { hasAnyRole, useCurrentUser } from '../session/session';
import { FINANCE } from './access';
import { BATCH_STATUS_LABELS, tpay } from './payments.zh-CN';
import { useAssemble, useBatches, type Batch, type Paging } from './queries';

const c = tpay.columns;

export const BATCH_STATUS_COLOURS: Readonly<Record<string, string>> = { ASSEMBLED: 'orange', RELEASED: 'blue', RETURNED: 'green' };

const columns: ColumnsType<Batch> = [
  { title: c.batchNo, dataIndex: 'batchNo', render: (v: string, batch) => <Link to={paymentBatchPath(batch.id)}>{v}</Link> },
  { title: c.bank, dataIndex: 'bankCode' },
  { title: c.lines, dataIndex: 'lineCount', align: 'right' },
  { title: c.amount, dataIndex: 'totalFen', align: 'right', render: (v: number) => yuan(v) },
  { title: c.status, dataIndex: 'status', render: (v: string) => <Tag color={BATCH_STATUS_COLOURS[v]}>{labelOf(BATCH_STATUS_LABELS, v)}</Tag> },
  { title: c.paid, dataIndex: 'paidLines', align: 'right' },
  { title: c.failed, dataIndex: 'failedLines', align: 'right', render: (v: number) => (v > 0 ? <Tag color="red">{v}</Tag> : v) },
  { title: c.assembledBy, dataIndex: 'assembledBy' },
  { title: c.releasedBy, dataIndex: 'releasedBy', render: (v: string | null) => v ?? '—' },
];

function AssembleButton({ month }: { month: string }) {
  const { message } = App.useApp();
  const assemble = useAssemble();
  return (
    <>
      <ProblemAlert problem={problemOf(assemble.error)} />
      <Popconfirm
        title={tpay.assembleConfirm(month)}
        okText={t.app.confirm}
        cancelText={t.app.cancel}
        onConfirm={() => assemble.mutate(month, { onSuccess: (result) => void message.success(tpay.assembled(result.batches.length, result.heldLines)) })}
      >
        <Button type="primary" loading={assemble.isPending}>
          {tpay.assemble}
        </Button>
      </Popconfirm>
    </>
  );
}

/** 代发批次: the month's batches per bank with their counts, totals and what the bank answered; 组批 for finance. */
export function BatchesTab({ month, paging, onPage }: { month: string; paging: Paging; onPage: (page: number, size: number) => void }) {
  const batches = useBatches(month, paging);
  const isFinance = hasAnyRole(useCurrentUser(), FINANCE);
  return (
    <Space orientation="vertical" style={{ width: '100%' }}>
      {isFinance && <AssembleButton month={month} />}
      <ProblemAlert problem={problemOf(batches.error)} />
      <Table<Batch>
        rowKey="id"
        size="small"
        loading={batches.isFetching}
        dataSource={batches.data?.items ?? []}
        columns={columns}
        locale={{ emptyText: tpay.empty }}
        scroll={{ x: 'max-content' }}
        pagination={{ current: paging.page, pageSize: paging.pageSize, total: batches.data?.total ?? 0, showSizeChanger: true, showTotal: tpay.total, onChange: onPage }}
      />
    </Space>
  );
}
