import { Space, Tag } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { Link } from 'react-router-dom';
import { casePath } from '../../components/case-route';
import { date, todayInShanghai, yearMonth } from '../../format';
import { labelOf } from '../person/labels/label';
import { AREA_LABELS, CASE_STAGE_LABELS, CASE_STATUS_LABELS, PROGRAM_LABELS } from '../person/labels/social-assistance.zh-CN';
import { OpenPersonButton } from '../person/OpenPersonButton';
import { SchoolCheckButton } from '../tekun/SchoolCheck';
import { daysBetween } from './days';
import type { CaseItem } from './lists';
import { tw } from './worklists.zh-CN';

const c = tw.columns;
const day = (value: string | null | undefined) => (value ? date(value) : '—');

export type CaseListKind = 'investigation' | 'notice' | 'approval' | 'reviews' | 'school';

/** The person a case is about: the one covered (特困, 单人户), else the household's applicant. */
function personOf(item: CaseItem): { name: string | null; residentId: string | null } {
  return { name: item.applicant?.name ?? null, residentId: item.applicant?.residentId ?? item.residentId ?? null };
}

const common: ColumnsType<CaseItem> = [
  { title: c.applicant, key: 'applicant', render: (_: unknown, item) => personOf(item).name ?? '—' },
  { title: c.residentId, key: 'residentId', render: (_: unknown, item) => personOf(item).residentId ?? '—' },
  { title: c.program, dataIndex: 'program', render: (v: string) => labelOf(PROGRAM_LABELS, v) },
  { title: c.region, dataIndex: 'regionCode' },
  { title: c.area, dataIndex: 'area', render: (v: string) => labelOf(AREA_LABELS, v) },
  { title: c.members, dataIndex: 'members', render: (v: unknown[]) => v.length },
  { title: c.appliedOn, dataIndex: 'appliedOn', render: day },
];

function overdue(due: string | null | undefined, today: string): string {
  return due ? tw.days(daysBetween(today, due)) : '—';
}

function particular(kind: CaseListKind, today: string): ColumnsType<CaseItem> {
  switch (kind) {
    case 'investigation':
      return [{ title: c.waited, key: 'waited', render: (_: unknown, item) => tw.daysAgo(daysBetween(item.appliedOn, today)) }];
    case 'notice':
      return [
        { title: c.noticeStartedOn, dataIndex: 'noticeStartedOn', render: day },
        { title: c.noticeEndsOn, dataIndex: 'noticeEndsOn', render: day },
        { title: c.objections, dataIndex: 'unresolvedObjections', render: (n: number) => (n > 0 ? <Tag color="red">{n}</Tag> : n) },
      ];
    case 'approval':
      return [
        { title: c.noticeEndsOn, dataIndex: 'noticeEndsOn', render: day },
        { title: c.objections, dataIndex: 'unresolvedObjections', render: (n: number) => (n > 0 ? <Tag color="red">{n}</Tag> : n) },
      ];
    case 'reviews':
      return [
        { title: c.reviewDueOn, dataIndex: 'reviewDueOn', render: day },
        { title: c.overdue, key: 'overdue', render: (_: unknown, item) => overdue(item.reviewDueOn, today) },
      ];
    case 'school':
      return [
        { title: c.schoolRecheckDueOn, dataIndex: 'schoolRecheckDueOn', render: day },
        { title: c.coveredUntil, dataIndex: 'coveredUntil', render: (v: string | null | undefined) => (v ? yearMonth(v) : '—') },
        { title: c.overdue, key: 'overdue', render: (_: unknown, item) => overdue(item.schoolRecheckDueOn, today) },
      ];
  }
}

const statusColumn: ColumnsType<CaseItem>[number] = {
  title: c.status,
  key: 'status',
  render: (_: unknown, item) => <Tag>{item.stage ? labelOf(CASE_STAGE_LABELS, item.stage) : labelOf(CASE_STATUS_LABELS, item.status)}</Tag>,
};

/** The way on from a row: the case, the person, and on 特困在学复核 the re-check itself for those who record. */
function actions(kind: CaseListKind, canRecord: boolean): ColumnsType<CaseItem>[number] {
  return {
    title: c.actions,
    key: 'actions',
    fixed: 'right',
    render: (_: unknown, item) => (
      <Space size={0}>
        <Link to={casePath(item.program, item.id)}>{c.openCase}</Link>
        {kind === 'school' && canRecord && item.schoolRecheckDueOn && <SchoolCheckButton caseId={item.id} dueOn={item.schoolRecheckDueOn} />}
        <OpenPersonButton residentId={personOf(item).residentId} />
      </Space>
    ),
  };
}

/** Columns of the case lists: who, which programme and where, what is due, and the way on. */
export function caseColumns(kind: CaseListKind, { today = todayInShanghai(), canRecord = false }: { today?: string; canRecord?: boolean } = {}): ColumnsType<CaseItem> {
  return [...common, ...particular(kind, today), statusColumn, actions(kind, canRecord)];
}
