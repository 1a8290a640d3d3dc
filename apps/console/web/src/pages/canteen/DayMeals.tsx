import { Card, DatePicker, Space, Table, Tag, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import dayjs, { type Dayjs } from 'dayjs';
import { useSearchParams } from 'react-router-dom';
import { ProblemAlert, problemOf } from '../../components/ProblemAlert';
import { dateTime, todayInShanghai, yuan } from '../../format';
import { CANTEEN_LABELS as L, labelOf } from './canteen.zh-CN';
import { tablePagination, usePagingParams } from './paging';
import { useDayMeals, type DayMeal } from './queries';

/** How the meal was priced: subsidised, or full price and why; a voided meal says so. */
function priceNote(meal: DayMeal): string {
  if (meal.status === 'VOID') return labelOf(L.mealStatuses, meal.status);
  if (meal.subsidised) return L.subsidised;
  return labelOf(L.fullPriceReasons, meal.fullPriceReason);
}

const columns: ColumnsType<DayMeal> = [
  { key: 'servedAt', title: L.meals.servedAt, render: (_, m) => dateTime(m.servedAt) },
  { key: 'slot', title: L.meals.slot, render: (_, m) => labelOf(L.slots, m.slot) },
  { key: 'diner', title: L.meals.diner, dataIndex: 'dinerName' },
  { key: 'residentId', title: L.meals.residentId, dataIndex: 'residentId' },
  { key: 'tier', title: L.meals.tier, render: (_, m) => labelOf(L.tiers, m.tier) },
  { key: 'subsidy', title: L.meals.subsidy, align: 'right', render: (_, m) => yuan(m.subsidyFen) },
  { key: 'price', title: L.meals.priceNote, render: (_, m) => <Tag color={m.subsidised && m.status === 'VALID' ? 'green' : 'default'}>{priceNote(m)}</Tag> },
];

/** 当日就餐: the canteen's meals of the chosen day (in the URL as ?date=), a page at a time. */
export function DayMeals({ canteenId }: { canteenId: string }) {
  const [params, setParams] = useSearchParams();
  const date = params.get('date') ?? todayInShanghai();
  const paging = usePagingParams('meals');
  const meals = useDayMeals(canteenId, date, { page: paging.page, pageSize: paging.pageSize });
  const choose = (day: Dayjs | null) => {
    if (!day) return;
    setParams((current) => {
      const next = new URLSearchParams(current);
      next.set('date', day.format('YYYY-MM-DD'));
      next.delete('mealspage');
      return next;
    });
  };
  return (
    <Card title={L.canteen.meals} size="small" data-testid="day-meals">
      <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
        <Space>
          <Typography.Text>{L.canteen.mealDate}</Typography.Text>
          <DatePicker aria-label={L.canteen.mealDate} value={dayjs(date)} format="YYYY-MM-DD" allowClear={false} onChange={choose} disabledDate={(d) => d.format('YYYY-MM-DD') > todayInShanghai()} />
          {meals.data && <Typography.Text type="secondary">{L.canteen.mealCount(meals.data.total)}</Typography.Text>}
        </Space>
        <ProblemAlert problem={problemOf(meals.error)} />
        <Table<DayMeal>
          rowKey="id"
          size="small"
          loading={meals.isFetching}
          dataSource={meals.error ? [] : (meals.data?.items ?? [])}
          columns={columns}
          locale={{ emptyText: L.meals.none }}
          scroll={{ x: 'max-content' }}
          pagination={tablePagination(paging, meals.data?.total, L.common.total)}
        />
      </Space>
    </Card>
  );
}
