import { Button, Card, DatePicker, Form, Select, Space, Table, Tag, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import dayjs, { type Dayjs } from 'dayjs';
import { Link, useNavigate, useSearchParams } from 'react-router-dom';
import { canteenSettlementPath } from '../../app/paths';
import { ProblemAlert, problemOf } from '../../components/ProblemAlert';
import { orDash, yearMonth, yuan } from '../../format';
import { t } from '../../locale/zh-CN';
import { hasAnyRole, useCurrentUser } from '../session/session';
import { SETTLEMENT_RECORDERS } from './access';
import { CANTEEN_LABELS as L, labelOf } from './canteen.zh-CN';
import { lastEndedMonth } from './months';
import { tablePagination, usePagingParams } from './paging';
import { useCanteenChoices, useMonthSettlements, useOpenSettlement, type MonthSettlements } from './queries';

type Row = MonthSettlements['items'][number];

const columns: ColumnsType<Row> = [
  { key: 'canteen', title: L.settlements.canteen, render: (_, s) => <Link to={canteenSettlementPath(s.id)}>{s.canteenName}</Link> },
  { key: 'operator', title: L.settlements.operator, dataIndex: 'operator' },
  { key: 'status', title: L.settlements.status, render: (_, s) => <Tag color={s.status === 'APPROVED' ? 'green' : 'blue'}>{labelOf(L.settlementStatuses, s.status)}</Tag> },
  { key: 'mealCount', title: L.settlements.mealCount, align: 'right', render: (_, s) => s.totals.mealCount },
  { key: 'subsidy', title: L.settlements.subsidy, align: 'right', render: (_, s) => yuan(s.totals.subsidyFen) },
  { key: 'openDisputes', title: L.settlements.openDisputes, align: 'right', render: (_, s) => s.totals.openDisputes },
  { key: 'openedBy', title: L.settlements.openedBy, render: (_, s) => orDash(s.openedBy) },
  { key: 'approvedBy', title: L.settlements.approvedBy, render: (_, s) => orDash(s.approvedBy) },
];

/** 发起结算: a canteen of the division and the chosen (ended) month; opens the new settlement. */
function RunSettlement({ month }: { month: string }) {
  const navigate = useNavigate();
  const canteens = useCanteenChoices();
  const open = useOpenSettlement();
  const submit = ({ canteenId }: { canteenId: string }) => open.mutate({ canteenId, month }, { onSuccess: (created) => navigate(canteenSettlementPath(created.id)) });
  return (
    <Card title={L.settlements.runTitle} size="small" type="inner">
      <ProblemAlert problem={problemOf(open.error ?? canteens.error)} />
      <Form layout="inline" onFinish={submit} disabled={open.isPending}>
        <Form.Item name="canteenId" label={L.settlements.canteen} rules={[{ required: true, message: t.validation.choose(L.settlements.canteen) }]}>
          <Select showSearch={{ optionFilterProp: 'label' }} style={{ width: 260 }} loading={canteens.isPending} options={(canteens.data?.items ?? []).map((c) => ({ value: c.id, label: c.name }))} />
        </Form.Item>
        <Button type="primary" htmlType="submit" loading={open.isPending}>
          {L.settlements.runSubmit}（{yearMonth(month)}）
        </Button>
      </Form>
    </Card>
  );
}

/** 助餐结算: the month's settlements of the division's canteens, the sums per operator, and a new one. */
export function SettlementsPage() {
  const user = useCurrentUser();
  const [params, setParams] = useSearchParams();
  const month = params.get('month') ?? lastEndedMonth();
  const paging = usePagingParams();
  const list = useMonthSettlements(month, { page: paging.page, pageSize: paging.pageSize });
  // Another month starts on its first page.
  const choose = (value: Dayjs | null) => value && setParams({ month: value.format('YYYY-MM') });
  return (
    <Card title={L.settlements.title}>
      <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
        <Typography.Paragraph type="secondary" style={{ marginBottom: 0 }}>
          {L.settlements.intro}
        </Typography.Paragraph>
        <Space>
          <Typography.Text>{L.settlements.month}</Typography.Text>
          <DatePicker picker="month" aria-label={L.settlements.month} value={dayjs(`${month}-01`)} format="YYYY-MM" allowClear={false} onChange={choose} />
        </Space>
        {hasAnyRole(user, SETTLEMENT_RECORDERS) && <RunSettlement month={month} />}
        <ProblemAlert problem={problemOf(list.error)} />
        <Table<Row>
          rowKey="id"
          size="middle"
          data-testid="settlement-list"
          loading={list.isFetching}
          dataSource={list.data?.items ?? []}
          columns={columns}
          locale={{ emptyText: L.settlements.none }}
          scroll={{ x: 'max-content' }}
          pagination={tablePagination(paging, list.data?.total, L.common.total)}
        />
        {list.data && list.data.byOperator.length > 0 && (
          <Typography.Text type="secondary" data-testid="settlement-by-operator">
            {L.settlements.byOperator}：{list.data.byOperator.map((o) => `${o.operator} ${o.mealCount} 人次 ${yuan(o.subsidyFen)}`).join('；')}
          </Typography.Text>
        )}
      </Space>
    </Card>
  );
}
