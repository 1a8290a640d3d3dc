import { Card, Table, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { Link } from 'react-router-dom';
import { institutionPath } from '../../app/paths';
import { ProblemAlert, problemOf } from '../../components/ProblemAlert';
import { tablePagination, usePagingParams } from '../canteen/paging';
import { ELDERS_LABELS as L } from './elders.zh-CN';
import { useInstitutionList, type InstitutionListItem } from './institution-queries';

const i = L.institutions;

const columns: ColumnsType<InstitutionListItem> = [
  { key: 'name', title: i.name, render: (_, r) => <Link to={institutionPath(r.id)}>{r.institutionName}</Link> },
  { key: 'code', title: i.code, dataIndex: 'code' },
  { key: 'division', title: i.division, dataIndex: 'divisionCode' },
  { key: 'model', title: i.operatingModel, render: (_, r) => L.operatingModels[r.operatingModel] ?? r.operatingModel },
  { key: 'beds', title: i.beds, align: 'right', dataIndex: 'beds' },
  { key: 'occupied', title: i.occupied, align: 'right', dataIndex: 'occupied' },
  { key: 'free', title: i.free, align: 'right', dataIndex: 'free' },
  { key: 'occupancy', title: i.occupancy, align: 'right', render: (_, r) => `${r.occupancyPercent}%` },
];

/** 养老机构: the division's institutions with their beds and occupancy; each opens its beds. */
export function InstitutionsPage() {
  const paging = usePagingParams();
  const list = useInstitutionList({ page: paging.page, pageSize: paging.pageSize });
  return (
    <Card title={i.title}>
      <Typography.Paragraph type="secondary">{i.intro}</Typography.Paragraph>
      <ProblemAlert problem={problemOf(list.error)} />
      <Table<InstitutionListItem>
        rowKey="id"
        size="middle"
        data-testid="institution-list"
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
