import { App, Button, Card, DatePicker, Form, Popconfirm, Select, Space, Table, Tag, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import dayjs from 'dayjs';
import { useSearchParams } from 'react-router-dom';
import { ProblemAlert, problemOf } from '../../components/ProblemAlert';
import { orDash, yearMonth, yuan } from '../../format';
import { t } from '../../locale/zh-CN';
import { lastEndedMonth } from '../canteen/months';
import { tablePagination, usePagingParams } from '../canteen/paging';
import { hasAnyRole, useCurrentUser } from '../session/session';
import { ORDER_RECORDERS, SETTLEMENT_DECIDERS } from './access';
import { ELDERS_LABELS as L } from './elders.zh-CN';
import { useApproveSettlement, useCreateSettlement, useProviders, useSettlementList, type SettlementListItem } from './queries';

const s = L.settlements;

/** 审批通过 of a draft; the service refuses its maker (HOME_CARE.SETTLEMENT_SAME_PERSON), shown above the list. */
function ApproveButton({ settlement, onApprove }: { settlement: SettlementListItem; onApprove: (id: string) => void }) {
  return (
    <Popconfirm title={s.approveAsk} okText={t.app.confirm} cancelText={t.app.cancel} onConfirm={() => onApprove(settlement.id)}>
      <Button size="small" type="primary">
        {s.approve}
      </Button>
    </Popconfirm>
  );
}

function columnsFor(approve: ((id: string) => void) | null): ColumnsType<SettlementListItem> {
  const columns: ColumnsType<SettlementListItem> = [
    { key: 'provider', title: s.provider, dataIndex: 'providerName' },
    { key: 'orders', title: s.orders, align: 'right', dataIndex: 'orders' },
    { key: 'price', title: s.price, align: 'right', render: (_, r) => yuan(r.priceFen) },
    { key: 'subsidy', title: s.subsidy, align: 'right', render: (_, r) => yuan(r.subsidyFen) },
    { key: 'copay', title: s.copay, align: 'right', render: (_, r) => yuan(r.copayFen) },
    { key: 'status', title: s.status, render: (_, r) => <Tag color={r.status === 'APPROVED' ? 'green' : 'blue'}>{L.settlementStatuses[r.status]}</Tag> },
    { key: 'createdBy', title: s.createdBy, dataIndex: 'createdBy' },
    { key: 'approvedBy', title: s.approvedBy, render: (_, r) => orDash(r.approvedBy) },
  ];
  if (!approve) return columns;
  return [...columns, { key: 'approve', title: L.orders.actions, render: (_, r) => r.status === 'DRAFT' && <ApproveButton settlement={r} onApprove={approve} /> }];
}

/** 生成结算: a provider's confirmed orders of the chosen (ended) month. */
function CreateSettlement({ month }: { month: string }) {
  const { message } = App.useApp();
  const providers = useProviders();
  const create = useCreateSettlement();
  const submit = ({ providerId }: { providerId: string }) => create.mutate({ providerId, month }, { onSuccess: (r) => void message.success(r.created ? s.created : s.existing) });
  return (
    <Space orientation="vertical" style={{ width: '100%' }}>
      <Form layout="inline" name="home-care-settlement" onFinish={submit}>
        <Form.Item name="providerId" label={s.provider} rules={[{ required: true, message: t.validation.choose(s.provider) }]}>
          <Select showSearch={{ optionFilterProp: 'label' }} style={{ width: 260 }} loading={providers.isPending} options={(providers.data ?? []).map((p) => ({ value: p.id, label: p.providerName }))} />
        </Form.Item>
        <Button type="primary" htmlType="submit" loading={create.isPending}>
          {s.create}（{yearMonth(month)}）
        </Button>
      </Form>
      <ProblemAlert problem={problemOf(create.error ?? providers.error)} />
    </Space>
  );
}

/** 居家服务结算: the month's settlements with the division's providers; a new one, and approval by someone else. */
export function HomeCareSettlementsPage() {
  const user = useCurrentUser();
  const [params, setParams] = useSearchParams();
  const month = /^\d{4}-\d{2}$/.test(params.get('month') ?? '') ? params.get('month')! : lastEndedMonth();
  const paging = usePagingParams();
  const list = useSettlementList(month, { page: paging.page, pageSize: paging.pageSize });
  const approve = useApproveSettlement();
  const { message } = App.useApp();
  const onApprove = (id: string) => approve.mutate(id, { onSuccess: () => void message.success(s.approved) });
  return (
    <Card title={s.title}>
      <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
        <Typography.Paragraph type="secondary" style={{ marginBottom: 0 }}>
          {s.intro}
        </Typography.Paragraph>
        <Space>
          <Typography.Text>{s.month}</Typography.Text>
          <DatePicker picker="month" aria-label={s.month} value={dayjs(`${month}-01`)} format="YYYY-MM" allowClear={false} onChange={(v) => v && setParams({ month: v.format('YYYY-MM') })} />
        </Space>
        {hasAnyRole(user, ORDER_RECORDERS) && <CreateSettlement month={month} />}
        <ProblemAlert problem={problemOf(approve.error ?? list.error)} />
        <Table<SettlementListItem>
          rowKey="id"
          size="middle"
          data-testid="home-care-settlements"
          loading={list.isFetching}
          dataSource={list.data?.items ?? []}
          columns={columnsFor(hasAnyRole(user, SETTLEMENT_DECIDERS) ? onApprove : null)}
          locale={{ emptyText: s.emptyMonth }}
          scroll={{ x: 'max-content' }}
          pagination={tablePagination(paging, list.data?.total, L.common.total)}
        />
      </Space>
    </Card>
  );
}
