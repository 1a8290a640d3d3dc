import { Card, DatePicker, Select, Space, Table, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import dayjs from 'dayjs';
import { Link, useSearchParams } from 'react-router-dom';
import { elderPath } from '../../app/paths';
import { ProblemAlert, problemOf } from '../../components/ProblemAlert';
import { dateTime, orDash } from '../../format';
import { day, money, month } from '../person/show';
import { hasAnyRole, useCurrentUser } from '../session/session';
import { tablePagination, usePagingParams } from '../canteen/paging';
import { ORDER_RECORDERS } from './access';
import { ELDERS_LABELS as L } from './elders.zh-CN';
import { OrderActions } from './OrderActions';
import { OrderStatusTag } from './OrderStatusTag';
import { useOrderList, type OrderFilters, type OrderListItem, type OrderStatus } from './queries';

const o = L.orders;
const STATUSES = Object.keys(L.orderStatuses) as OrderStatus[];
const statusOptions = [{ value: '', label: L.common.all }, ...STATUSES.map((s) => ({ value: s, label: L.orderStatuses[s] }))];
const time = (v: string | null) => (v ? dateTime(v) : '—');

function columnsFor(mayWork: boolean): ColumnsType<OrderListItem> {
  const columns: ColumnsType<OrderListItem> = [
    { key: 'orderedOn', title: o.orderedOn, render: (_, r) => day(r.orderedOn) },
    { key: 'elder', title: o.elder, render: (_, r) => (r.elderId ? <Link to={elderPath(r.elderId)}>{r.name}</Link> : orDash(r.name)) },
    { key: 'residentId', title: L.registry.residentId, dataIndex: 'residentId' },
    { key: 'item', title: o.item, dataIndex: 'itemName' },
    { key: 'price', title: o.price, align: 'right', render: (_, r) => money(r.priceFen) },
    { key: 'subsidy', title: o.subsidy, align: 'right', render: (_, r) => money(r.subsidyFen) },
    { key: 'provider', title: o.provider, render: (_, r) => orDash(r.providerName) },
    { key: 'status', title: o.status, render: (_, r) => <OrderStatusTag status={r.status} /> },
    { key: 'checkedIn', title: o.checkedIn, render: (_, r) => time(r.checkedInAt) },
    { key: 'checkedOut', title: o.checkedOut, render: (_, r) => time(r.checkedOutAt) },
    { key: 'month', title: o.month, render: (_, r) => month(r.serviceMonth) },
  ];
  return mayWork ? [...columns, { key: 'actions', title: o.actions, fixed: 'right', render: (_, r) => <OrderActions order={r} /> }] : columns;
}

/** The status and month filters in the address (?status=&month=); another filter starts on page 1. */
function useOrderFilters() {
  const [params, setParams] = useSearchParams();
  const status = STATUSES.find((s) => s === params.get('status'));
  const chosenMonth = /^\d{4}-\d{2}$/.test(params.get('month') ?? '') ? params.get('month')! : undefined;
  const filters: OrderFilters = { ...(status && { status }), ...(chosenMonth && { month: chosenMonth }) };
  const set = (next: OrderFilters) => setParams(Object.fromEntries(Object.entries(next).filter(([, v]) => v)) as Record<string, string>);
  return { filters, set };
}

/** 居家服务工单: the division's orders, newest first, each with its next step for recorders. */
export function OrdersPage() {
  const user = useCurrentUser();
  const { filters, set } = useOrderFilters();
  const paging = usePagingParams();
  const list = useOrderList(filters, { page: paging.page, pageSize: paging.pageSize });
  return (
    <Card title={o.title}>
      <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
        <Typography.Paragraph type="secondary" style={{ marginBottom: 0 }}>
          {o.intro}
        </Typography.Paragraph>
        <Space wrap>
          <Typography.Text>{o.status}</Typography.Text>
          <Select aria-label={o.status} value={filters.status ?? ''} options={statusOptions} style={{ width: 140 }} onChange={(v: string) => set({ ...filters, status: (v || undefined) as OrderStatus | undefined })} />
          <Typography.Text>{o.month}</Typography.Text>
          <DatePicker picker="month" aria-label={o.month} format="YYYY-MM" value={filters.month ? dayjs(`${filters.month}-01`) : null} onChange={(v) => set({ ...filters, month: v?.format('YYYY-MM') })} />
        </Space>
        <ProblemAlert problem={problemOf(list.error)} />
        <Table<OrderListItem>
          rowKey="id"
          size="middle"
          data-testid="order-list"
          loading={list.isFetching}
          dataSource={list.data?.items ?? []}
          columns={columnsFor(hasAnyRole(user, ORDER_RECORDERS))}
          locale={{ emptyText: L.common.empty }}
          scroll={{ x: 'max-content' }}
          pagination={tablePagination(paging, list.data?.total, L.common.total)}
        />
      </Space>
    </Card>
  );
}
