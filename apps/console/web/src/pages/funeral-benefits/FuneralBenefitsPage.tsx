import { Card, DatePicker, Select, Space, Table, Tag, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import dayjs, { type Dayjs } from 'dayjs';
import { Link, useSearchParams } from 'react-router-dom';
import { funeralBenefitPath } from '../../app/paths';
import { ProblemAlert, problemOf } from '../../components/ProblemAlert';
import { date, orDash, yuan } from '../../format';
import { tablePagination, usePagingParams } from '../canteen/paging';
import { labelOf } from '../person/labels/label';
import { BASIS_LABELS, FUNERAL_LABELS as L, STATUS_COLOURS, STATUS_LABELS } from './funeral-benefits.zh-CN';
import { PaymentTag } from './PaymentTag';
import { useFuneralLedger, type LedgerFilters, type LedgerItem } from './queries';

const c = L.columns;

const columns: ColumnsType<LedgerItem> = [
  { key: 'deceased', title: c.deceased, render: (_, b) => <Link to={funeralBenefitPath(b.id)}>{b.deceasedName}</Link> },
  { key: 'residentId', title: c.residentId, dataIndex: 'residentId' },
  { key: 'dateOfDeath', title: c.dateOfDeath, render: (_, b) => date(b.dateOfDeath) },
  { key: 'grantedOn', title: c.grantedOn, render: (_, b) => date(b.grantedOn) },
  { key: 'basis', title: c.basis, render: (_, b) => labelOf(BASIS_LABELS, b.basis) },
  { key: 'amount', title: c.amount, align: 'right', render: (_, b) => yuan(b.amountFen) },
  { key: 'status', title: c.status, render: (_, b) => <Tag color={STATUS_COLOURS[b.status]}>{labelOf(STATUS_LABELS, b.status)}</Tag> },
  { key: 'claimant', title: c.claimant, render: (_, b) => orDash(b.claimantName) },
  { key: 'payment', title: c.payment, render: (_, b) => <PaymentTag status={b.paymentStatus} none={b.status === 'APPROVED' ? L.notYet : L.notPaid} /> },
];

const STATUSES = Object.keys(STATUS_LABELS) as Array<NonNullable<LedgerFilters['status']>>;

/** 惠民殡葬补助: the division's benefits, newest first, by the month granted and their status; filters live in the URL. */
export function FuneralBenefitsPage() {
  const [params, setParams] = useSearchParams();
  const paging = usePagingParams();
  const month = params.get('month') ?? undefined;
  const asked = params.get('status');
  const status = STATUSES.find((s) => s === asked);
  const list = useFuneralLedger({ month, status, page: paging.page, pageSize: paging.pageSize });
  // A new filter starts on the first page.
  const filter = (key: 'month' | 'status', value: string | undefined) =>
    setParams((current) => {
      const next = new URLSearchParams(current);
      if (value) next.set(key, value);
      else next.delete(key);
      next.delete('page');
      return next;
    });
  return (
    <Card title={L.title}>
      <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
        <Typography.Paragraph type="secondary" style={{ marginBottom: 0 }}>
          {L.intro}
        </Typography.Paragraph>
        <Space wrap>
          <Typography.Text>{L.month}</Typography.Text>
          <DatePicker picker="month" aria-label={L.month} value={month ? dayjs(`${month}-01`) : null} format="YYYY-MM" onChange={(value: Dayjs | null) => filter('month', value?.format('YYYY-MM'))} />
          <Typography.Text>{L.status}</Typography.Text>
          <Select
            aria-label={L.status}
            style={{ width: 220 }}
            allowClear
            placeholder={L.all}
            value={status}
            onChange={(value?: string) => filter('status', value)}
            options={STATUSES.map((s) => ({ value: s, label: STATUS_LABELS[s] }))}
          />
        </Space>
        <ProblemAlert problem={problemOf(list.error)} />
        <Table<LedgerItem>
          rowKey="id"
          size="middle"
          data-testid="funeral-benefit-list"
          loading={list.isFetching}
          dataSource={list.data?.items ?? []}
          columns={columns}
          locale={{ emptyText: L.none }}
          scroll={{ x: 'max-content' }}
          pagination={tablePagination(paging, list.data?.total, L.total)}
        />
      </Space>
    </Card>
  );
}
