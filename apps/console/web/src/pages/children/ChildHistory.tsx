// 走访记录 and 分类与风险等级变更记录 on the child's page: two lists the service pages, each with
// its page in the address (v… and h… parameters), so a reload or 后退 comes back to it.
import { Card, Table, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { tablePagination, usePagingParams } from '../../components/paging';
import { ProblemAlert, problemOf } from '../../components/ProblemAlert';
import { dateTime } from '../../format';
import { labelOf, labelsOf } from '../person/labels/label';
import { CHILD_CATEGORY_LABELS, RISK_TIER_LABELS } from '../person/labels/child-welfare.zh-CN';
import { day } from '../person/show';
import { tc } from './children.zh-CN';
import { useChildHistory, useChildVisits } from './queries';
import { TierTag } from './TierTag';
import type { HistoryEntry, VisitRow } from './types';

const h = tc.history;

const visitColumns: ColumnsType<VisitRow> = [
  { title: h.visitedOn, dataIndex: 'visitedOn', render: day },
  { title: h.visitor, dataIndex: 'visitor' },
  { title: h.notes, dataIndex: 'notes' },
  { title: h.tierAfter, dataIndex: 'tierAfter', render: (v: VisitRow['tierAfter']) => <TierTag tier={v} /> },
];

function change(entry: HistoryEntry): string {
  if (entry.kind === 'TIER') {
    const after = labelOf(RISK_TIER_LABELS, entry.tierAfter ?? '');
    return entry.tierBefore ? h.tierChanged(labelOf(RISK_TIER_LABELS, entry.tierBefore), after) : h.tierFirst(after);
  }
  const categories = (codes: readonly string[] | null | undefined) => (codes && codes.length > 0 ? labelsOf(CHILD_CATEGORY_LABELS, codes) : h.noCategory);
  return entry.categoriesBefore ? h.categoriesChanged(categories(entry.categoriesBefore), categories(entry.categoriesAfter)) : h.categoriesFirst(categories(entry.categoriesAfter));
}

const historyColumns: ColumnsType<HistoryEntry> = [
  { title: h.recordedAt, dataIndex: 'recordedAt', render: (v: string) => dateTime(v) },
  { title: h.kind, dataIndex: 'kind', render: (v: HistoryEntry['kind']) => h.kinds[v] },
  { title: h.change, key: 'change', render: (_: unknown, entry) => change(entry) },
  { title: h.cause, dataIndex: 'action', render: (v: string, entry) => entry.reason ?? labelOf(h.actions, v) },
  { title: h.actor, dataIndex: 'actor' },
];

export function ChildVisits({ childId }: { childId: string }) {
  const paging = usePagingParams('v');
  const visits = useChildVisits(childId, paging);
  return (
    <Card title={h.visits} size="small" role="region" aria-label={h.visits}>
      <ProblemAlert problem={problemOf(visits.error)} />
      <Table<VisitRow> size="small" rowKey="id" loading={visits.isFetching} dataSource={visits.data?.items ?? []} columns={visitColumns} locale={{ emptyText: h.noVisits }} scroll={{ x: 'max-content' }} pagination={tablePagination(paging, visits.data?.total, h.total)} />
    </Card>
  );
}

export function ChildChanges({ childId }: { childId: string }) {
  const paging = usePagingParams('h');
  const history = useChildHistory(childId, paging);
  return (
    <Card title={h.title} size="small" role="region" aria-label={h.title}>
      <Typography.Paragraph type="secondary" style={{ fontSize: 12 }}>
        {h.note}
      </Typography.Paragraph>
      <ProblemAlert problem={problemOf(history.error)} />
      <Table<HistoryEntry> size="small" rowKey="id" loading={history.isFetching} dataSource={history.data?.items ?? []} columns={historyColumns} scroll={{ x: 'max-content' }} pagination={tablePagination(paging, history.data?.total, h.total)} />
    </Card>
  );
}
