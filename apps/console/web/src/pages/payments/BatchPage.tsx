import { App, Button, Card, Descriptions, Popconfirm, Space, Spin, Table, Tag } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useState } from 'react';
import { Link, useParams } from 'react-router-dom';
import { PATHS } from '../../app/paths';
import { ProblemAlert, problemOf } from '../../components/ProblemAlert';
import { dateTime, yearMonth, yuan } from '../../format';
import { t } from '../../locale/zh-CN';
import { labelOf } from '../person/labels/label';
import { hasAnyRole, useCurrentUser } from '../session/session';
import { FINANCE } from './access';
import { BATCH_STATUS_COLOURS } from './BatchesTab';
import { BATCH_STATUS_LABELS, FAILURE_REASON_LABELS, OUTCOME_LABELS, PROGRAMME_LABELS, tpay } from './payments.zh-CN';
import { useBatch, useBatchLines, useDownloadBankFile, useRelease, type Batch, type BatchLine } from './queries';

const c = tpay.columns;
const b = tpay.batch;

const lineColumns: ColumnsType<BatchLine> = [
  { title: c.reference, dataIndex: 'reference' },
  { title: c.programme, dataIndex: 'programme', render: (v: string) => labelOf(PROGRAMME_LABELS, v) },
  { title: c.period, dataIndex: 'period', render: (v: string) => yearMonth(v) },
  { title: c.holder, dataIndex: 'holderName' },
  { title: c.account, dataIndex: 'accountNumber' },
  { title: c.amount, dataIndex: 'amountFen', align: 'right', render: (v: number) => yuan(v) },
  { title: c.outcome, dataIndex: 'outcome', render: (v: string | null) => (v ? <Tag color={v === 'PAID' ? 'green' : 'red'}>{labelOf(OUTCOME_LABELS, v)}</Tag> : '—') },
  { title: c.reason, dataIndex: 'failureReason', render: (v: string | null) => labelOf(FAILURE_REASON_LABELS, v) },
  { title: c.bankMessage, dataIndex: 'bankMessage', render: (v: string | null) => v ?? '—' },
];

function BatchFacts({ batch }: { batch: Batch }) {
  return (
    <Descriptions
      size="small"
      bordered
      column={{ xs: 1, md: 2, xl: 3 }}
      items={[
        { key: 'status', label: c.status, children: <Tag color={BATCH_STATUS_COLOURS[batch.status]}>{labelOf(BATCH_STATUS_LABELS, batch.status)}</Tag> },
        { key: 'bank', label: c.bank, children: batch.bankCode },
        { key: 'month', label: c.month, children: yearMonth(batch.month) },
        { key: 'lines', label: c.lines, children: batch.lineCount },
        { key: 'amount', label: c.amount, children: yuan(batch.totalFen) },
        { key: 'outcome', label: c.outcome, children: `${c.paid} ${batch.paidLines}，${c.failed} ${batch.failedLines}` },
        { key: 'assembled', label: b.assembledAt, children: `${dateTime(batch.assembledAt)}（${batch.assembledBy}）` },
        { key: 'released', label: b.releasedAt, children: batch.releasedAt ? `${dateTime(batch.releasedAt)}（${batch.releasedBy ?? ''}）` : '—' },
        { key: 'file', label: b.fileName, children: batch.fileName ?? '—' },
        { key: 'byProgramme', label: b.byProgramme, children: batch.byProgramme.map((p) => `${labelOf(PROGRAMME_LABELS, p.programme)} ${tpay.tally(p.lines, yuan(p.amountFen))}`).join('；') },
        { key: 'sha', label: b.sha256, span: 'filled', children: <span style={{ wordBreak: 'break-all' }}>{batch.fileSha256 ?? '—'}</span> },
      ]}
    />
  );
}

/** 发放 by a second finance officer (the service refuses the assembler) and 下载银行文件 once released. */
function BatchActions({ batch }: { batch: Batch }) {
  const { message } = App.useApp();
  const release = useRelease();
  const download = useDownloadBankFile();
  return (
    <Space orientation="vertical" style={{ width: '100%' }}>
      <ProblemAlert problem={problemOf(release.error ?? download.error)} />
      <Space>
        {batch.status === 'ASSEMBLED' && (
          <Popconfirm title={b.releaseConfirm} okText={t.app.confirm} cancelText={t.app.cancel} onConfirm={() => release.mutate(batch.id, { onSuccess: () => void message.success(b.released) })}>
            <Button type="primary" loading={release.isPending}>
              {b.release}
            </Button>
          </Popconfirm>
        )}
        {batch.fileName && (
          <Button loading={download.isPending} onClick={() => download.mutate(batch.id)}>
            {b.download}
          </Button>
        )}
      </Space>
    </Space>
  );
}

/** 代发批次: one batch, its totals per programme, its file, and its lines a page at a time (accounts and names masked). */
export function BatchPage() {
  const { id = '' } = useParams();
  const batch = useBatch(id);
  const isFinance = hasAnyRole(useCurrentUser(), FINANCE);
  const [paging, setPaging] = useState({ page: 1, pageSize: 20 });
  const lines = useBatchLines(id, paging);
  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <Card title={batch.data ? b.title(batch.data.batchNo) : tpay.title} extra={<Link to={batch.data ? `${PATHS.payments}?month=${batch.data.month}` : PATHS.payments}>{b.back}</Link>}>
        <ProblemAlert problem={problemOf(batch.error)} />
        {batch.isPending && <Spin />}
        {batch.data && (
          <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
            {isFinance && <BatchActions batch={batch.data} />}
            <BatchFacts batch={batch.data} />
          </Space>
        )}
      </Card>
      <Card title={b.lines}>
        <ProblemAlert problem={problemOf(lines.error)} />
        <Table<BatchLine>
          rowKey="lineId"
          size="small"
          loading={lines.isFetching}
          dataSource={lines.data?.items ?? []}
          columns={lineColumns}
          scroll={{ x: 'max-content' }}
          pagination={{ current: paging.page, pageSize: paging.pageSize, total: lines.data?.total ?? 0, showSizeChanger: true, showTotal: tpay.total, onChange: (page, pageSize) => setPaging({ page, pageSize }) }}
        />
      </Card>
    </Space>
  );
}
