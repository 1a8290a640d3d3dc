import { Descriptions, Table, Tag, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { yuan } from '../../format';
import { t } from '../../locale/zh-CN';
import { labelOf } from '../../components/assistance/case-status';
import { currentMembers, householdIncomeFen, memberStatus } from './household-view';
import type { HouseholdResponse, MemberResponse } from './queries';

const th = t.households;

/** The household as saved: number, area, where it lives, assets, members and income. */
export function HouseholdFacts({ household }: { household: HouseholdResponse }) {
  return (
    <Descriptions
      bordered
      size="small"
      column={{ xs: 1, md: 2 }}
      items={[
        {
          key: 'id',
          label: th.id,
          children: (
            <Typography.Text copyable data-testid="household-id">
              {household.id}
            </Typography.Text>
          ),
        },
        { key: 'area', label: th.area, children: labelOf(th.areas, household.area) },
        { key: 'region', label: th.regionCode, children: household.regionCode },
        { key: 'assets', label: th.financialAssetsShown, children: yuan(household.financialAssetsFen) },
        { key: 'count', label: th.memberCount, children: th.persons(currentMembers(household).length) },
        { key: 'income', label: th.totalIncome, children: yuan(householdIncomeFen(household)) },
      ]}
    />
  );
}

const columns: ColumnsType<MemberResponse> = [
  { title: th.name, dataIndex: 'name', key: 'name' },
  { title: th.residentId, dataIndex: 'residentId', key: 'residentId' },
  { title: th.relation, dataIndex: 'relation', key: 'relation', render: (relation: string) => labelOf(th.relations, relation) },
  {
    title: th.categories,
    dataIndex: 'categories',
    key: 'categories',
    render: (categories: string[]) => (categories.length ? categories.map((c) => <Tag key={c}>{labelOf(th.categoryLabels, c)}</Tag>) : '—'),
  },
  {
    title: th.monthlyIncome,
    key: 'income',
    render: (_: unknown, m) =>
      m.incomes.length ? m.incomes.map((line) => <div key={line.source}>{`${labelOf(th.incomeSources, line.source)} ${yuan(line.monthlyFen)}`}</div>) : th.noIncome,
  },
  { title: th.memberStatus, key: 'status', render: (_: unknown, m) => memberStatus(m) },
];

/** Members with masked names and resident IDs, as the service answers them. */
export function MembersTable({ household }: { household: HouseholdResponse }) {
  // Masked IDs may coincide (same first three and last four characters): rows are keyed by place.
  const rows = household.members.map((m, index) => ({ ...m, key: index }));
  return (
    <div data-testid="household-members">
      <Table<MemberResponse> size="small" pagination={false} dataSource={rows} columns={columns} />
    </div>
  );
}
