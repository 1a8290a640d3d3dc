import { Table, Tag, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { Link } from 'react-router-dom';
import { caseStatusColor, caseStatusLabel, labelOf } from '../../components/assistance/case-status';
import { casePath } from '../../components/case-route';
import { ProblemAlert, problemOf } from '../../components/ProblemAlert';
import { yearMonth } from '../../format';
import { t } from '../../locale/zh-CN';
import { caseCovers } from './household-view';
import { useHouseholdCases, type HouseholdCase } from './queries';

const th = t.households;
const c = th.caseColumns;
const month = (value: string | null | undefined) => (value ? yearMonth(value) : '—');

const columns: ColumnsType<HouseholdCase> = [
  { title: c.program, dataIndex: 'program', render: (v: string) => labelOf(th.programs, v) },
  { title: c.covers, key: 'covers', render: (_: unknown, item) => caseCovers(item) },
  { title: c.status, dataIndex: 'status', render: (v: string) => <Tag color={caseStatusColor(v)}>{caseStatusLabel(v)}</Tag> },
  { title: c.appliedOn, dataIndex: 'appliedOn' },
  { title: c.startMonth, dataIndex: 'startMonth', render: month },
  { title: c.stopFromMonth, dataIndex: 'stopFromMonth', render: month },
  { title: c.actions, key: 'actions', render: (_: unknown, item) => <Link to={casePath(item.program === 'TEKUN' ? 'TEKUN' : 'DIBAO', item.id)}>{c.open}</Link> },
];

/** 本户案件: the household's 低保 and 特困 cases, whatever their status, newest first, each a link to its page. */
export function HouseholdCases({ householdId }: { householdId: string }) {
  const cases = useHouseholdCases(householdId);
  const page = cases.data;
  return (
    <div data-testid="household-cases">
      <Typography.Title level={5}>{th.cases}</Typography.Title>
      <ProblemAlert problem={problemOf(cases.error)} />
      <Table<HouseholdCase> size="small" rowKey="id" loading={cases.isFetching} pagination={false} dataSource={page?.items ?? []} columns={columns} locale={{ emptyText: th.casesEmpty }} />
      {page && page.total > page.items.length && <Typography.Text type="secondary">{th.casesMore(page.items.length, page.total)}</Typography.Text>}
    </div>
  );
}
