// What the service keeps around a child besides the ledger entry: help needs (帮扶需求), cadre
// pairings (结对帮扶) with their visits, reassessments (重新评估) and the basic living allowance.
// Each part reads its own route; one that fails shows its problem and leaves the others.
import type { UseQueryResult } from '@tanstack/react-query';
import { Card, Empty, Spin, Table } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import type { ReactNode } from 'react';
import { ProblemAlert, problemOf } from '../../components/ProblemAlert';
import { allowanceStatusOf } from '../person/child-allowance';
import { labelOf } from '../person/labels/label';
import { day } from '../person/show';
import { ChildAllowance } from '../person/sections/AllowancesSection';
import { HELP_NEED_KIND_LABELS, OPEN_CLOSED_LABELS, REASSESSMENT_CAUSE_LABELS, tc } from './children.zh-CN';
import { useAllowance, useHelpNeeds, usePairings, useReassessments } from './queries';
import type { HelpNeed, Pairing, Reassessment } from './types';

const h = tc.help;

const needColumns: ColumnsType<HelpNeed> = [
  { title: h.kind, dataIndex: 'kind', render: (v: string) => labelOf(HELP_NEED_KIND_LABELS, v) },
  { title: h.description, dataIndex: 'description' },
  { title: h.raisedOn, dataIndex: 'raisedOn', render: day },
  { title: h.status, dataIndex: 'status', render: (v: string) => labelOf(OPEN_CLOSED_LABELS, v) },
  { title: h.closedOn, dataIndex: 'closedOn', render: day },
  { title: h.resolution, dataIndex: 'resolution', render: (v: string | null) => v ?? '—' },
];

const pairingColumns: ColumnsType<Pairing> = [
  { title: h.cadre, dataIndex: 'cadreName' },
  { title: h.phone, dataIndex: 'cadrePhone' },
  { title: h.startedOn, dataIndex: 'startedOn', render: day },
  { title: h.endedOn, dataIndex: 'endedOn', render: day },
  { title: h.visits, dataIndex: 'visits', render: (v: Pairing['visits']) => (v.length === 0 ? '—' : v.map((visit) => visit.visitedOn).join('、')) },
];

const reassessmentColumns: ColumnsType<Reassessment> = [
  { title: h.cause, dataIndex: 'cause', render: (v: string) => labelOf(REASSESSMENT_CAUSE_LABELS, v) },
  { title: h.openedOn, dataIndex: 'openedOn', render: day },
  { title: h.status, dataIndex: 'status', render: (v: string) => labelOf(OPEN_CLOSED_LABELS, v) },
  { title: h.closedOn, dataIndex: 'closedOn', render: day },
  { title: h.findings, dataIndex: 'findings', render: (v: string | null) => v ?? '—' },
];

/** A part of the page in its own card: loading, its problem, nothing recorded, or the content. */
function Part<T>({ title, query, children }: { title: string; query: UseQueryResult<T>; children: (data: T) => ReactNode }) {
  let body: ReactNode;
  if (query.isPending) body = <Spin />;
  else if (query.isError) body = <ProblemAlert problem={problemOf(query.error)} />;
  else body = children(query.data) ?? <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={h.none} />;
  return (
    <Card title={title} size="small" role="region" aria-label={title}>
      {body}
    </Card>
  );
}

/** The rows in a small table paged by ten; nothing when there are none (the part says 无). */
function rowsTable<T extends { id: string }>({ rows, columns }: { rows: T[]; columns: ColumnsType<T> }): ReactNode {
  if (rows.length === 0) return null;
  return <Table<T> size="small" rowKey="id" dataSource={rows} columns={columns} pagination={rows.length > 10 ? { pageSize: 10, size: 'small' } : false} scroll={{ x: 'max-content' }} />;
}

export function ChildSupport({ childId }: { childId: string }) {
  const needs = useHelpNeeds(childId);
  const pairings = usePairings(childId);
  const reassessments = useReassessments(childId);
  const allowance = useAllowance(childId);
  return (
    <>
      <Part title={h.allowance} query={allowance}>
        {(raw) => {
          const status = allowanceStatusOf(raw);
          return status ? <ChildAllowance allowance={status} /> : null;
        }}
      </Part>
      <Part title={h.needs} query={needs}>
        {(rows) => rowsTable({ rows, columns: needColumns })}
      </Part>
      <Part title={h.pairings} query={pairings}>
        {(rows) => rowsTable({ rows, columns: pairingColumns })}
      </Part>
      <Part title={h.reassessments} query={reassessments}>
        {(rows) => rowsTable({ rows, columns: reassessmentColumns })}
      </Part>
    </>
  );
}
