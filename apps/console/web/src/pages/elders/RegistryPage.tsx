import { Card, Space, Table, Tag, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { Link } from 'react-router-dom';
import { elderPath, PATHS } from '../../app/paths';
import { ProblemAlert, problemOf } from '../../components/ProblemAlert';
import { date } from '../../format';
import { hasAnyRole, useCurrentUser } from '../session/session';
import { tablePagination, usePagingParams } from '../canteen/paging';
import { ELDER_IMPORTERS } from './access';
import { ELDERS_LABELS as L } from './elders.zh-CN';
import { useElderList, type ElderListItem } from './queries';
import { RegistryFiltersForm } from './RegistryFiltersForm';
import { useRegistryFilters } from './registry-state';

const r = L.registry;

export function elderState(e: Pick<ElderListItem, 'deceasedOn' | 'movedAwayOn'>) {
  if (e.deceasedOn) return <Tag>{r.deceased(date(e.deceasedOn))}</Tag>;
  if (e.movedAwayOn) return <Tag color="orange">{r.movedAway(date(e.movedAwayOn))}</Tag>;
  return <Tag color="green">{r.normal}</Tag>;
}

const columns: ColumnsType<ElderListItem> = [
  { key: 'name', title: r.name, render: (_, e) => <Link to={elderPath(e.id)}>{e.name}</Link> },
  { key: 'residentId', title: r.residentId, dataIndex: 'residentId' },
  { key: 'age', title: r.age, dataIndex: 'age' },
  { key: 'birthDate', title: r.birthDate, render: (_, e) => date(e.birthDate) },
  { key: 'region', title: r.region, dataIndex: 'region' },
  { key: 'local', title: r.local, render: (_, e) => (e.local ? L.common.yes : L.common.no) },
  { key: 'status', title: r.status, render: (_, e) => elderState(e) },
];

/** 老人名册: the elders of the user's division, filtered and a page at a time; each opens its page. */
export function RegistryPage() {
  const user = useCurrentUser();
  const { filters, setFilters } = useRegistryFilters();
  const paging = usePagingParams();
  const list = useElderList(filters, { page: paging.page, pageSize: paging.pageSize });
  return (
    <Card title={r.title} extra={hasAnyRole(user, ELDER_IMPORTERS) && <Link to={PATHS.elderImport}>{r.toImport}</Link>}>
      <Space orientation="vertical" style={{ width: '100%' }}>
        <Typography.Paragraph type="secondary">{r.intro}</Typography.Paragraph>
        <RegistryFiltersForm filters={filters} onChange={setFilters} />
        <ProblemAlert problem={problemOf(list.error)} />
        <Table<ElderListItem>
          rowKey="id"
          size="middle"
          data-testid="elder-list"
          loading={list.isFetching}
          dataSource={list.error ? [] : (list.data?.items ?? [])}
          columns={columns}
          locale={{ emptyText: L.common.empty }}
          scroll={{ x: 'max-content' }}
          pagination={tablePagination(paging, list.data?.total, L.common.total)}
        />
      </Space>
    </Card>
  );
}
