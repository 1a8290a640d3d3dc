import { Card, Table, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { Link } from 'react-router-dom';
import { canteenPath } from '../../app/paths';
import { ProblemAlert, problemOf } from '../../components/ProblemAlert';
import { date, orDash } from '../../format';
import { CANTEEN_LABELS as L, labelOf } from './canteen.zh-CN';
import { tablePagination, usePagingParams } from './paging';
import { useCanteenPage, type Canteen } from './queries';

export const slotsText = (slots: readonly string[]): string => slots.map((s) => labelOf(L.slots, s)).join('、');

const columns: ColumnsType<Canteen> = [
  { key: 'name', title: L.canteens.name, render: (_, c) => <Link to={canteenPath(c.id)}>{c.name}</Link> },
  { key: 'code', title: L.canteens.code, render: (_, c) => orDash(c.code) },
  { key: 'operator', title: L.canteens.operator, dataIndex: 'operator' },
  { key: 'operatingMode', title: L.canteens.operatingMode, render: (_, c) => labelOf(L.operatingModes, c.operatingMode) },
  { key: 'region', title: L.canteens.region, dataIndex: 'region' },
  { key: 'slots', title: L.canteens.slots, render: (_, c) => slotsText(c.slots) },
  { key: 'openedOn', title: L.canteens.openedOn, render: (_, c) => date(c.openedOn) },
];

/** 助餐点: the canteens of the user's division, a page at a time, each opening its own page. */
export function CanteensPage() {
  const paging = usePagingParams();
  const list = useCanteenPage({ page: paging.page, pageSize: paging.pageSize });
  return (
    <Card title={L.canteens.title}>
      <Typography.Paragraph type="secondary">{L.canteens.intro}</Typography.Paragraph>
      <ProblemAlert problem={problemOf(list.error)} />
      <Table<Canteen>
        rowKey="id"
        size="middle"
        data-testid="canteen-list"
        loading={list.isFetching}
        dataSource={list.data?.items ?? []}
        columns={columns}
        locale={{ emptyText: L.common.empty }}
        scroll={{ x: 'max-content' }}
        pagination={tablePagination(paging, list.data?.total, L.common.total)}
      />
    </Card>
  );
}
