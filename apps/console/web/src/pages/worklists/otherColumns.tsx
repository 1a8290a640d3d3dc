import { Space, Tag } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { Link } from 'react-router-dom';
import { casePath } from '../../components/case-route';
import { date, todayInShanghai, yearMonth, yuan } from '../../format';
import { DIVORCE_STATE_LABELS } from '../person/labels/civil-registration.zh-CN';
import { ALLOWANCE_KIND_LABELS, ELDER_OVERPAYMENT_STATUS_LABELS } from '../person/labels/elderly-care.zh-CN';
import { labelOf } from '../person/labels/label';
import { OVERPAYMENT_STATUS_LABELS, PROGRAM_LABELS } from '../person/labels/social-assistance.zh-CN';
import { OpenPersonButton } from '../person/OpenPersonButton';
import { daysBetween } from './days';
import type { CaseOverpayment, DivorceItem, ElderOverpayment, VagrantItem } from './lists';
import { tw } from './worklists.zh-CN';

const c = tw.columns;
const day = (value: string | null | undefined) => (value ? date(value) : '—');
const months = (values: readonly string[]) => values.map(yearMonth).join('、');

export function vagrantColumns(today = todayInShanghai()): ColumnsType<VagrantItem> {
  return [
    { title: c.name, dataIndex: 'name' },
    { title: c.residentId, dataIndex: 'residentId', render: (v: string | null) => v ?? '—' },
    { title: c.minor, dataIndex: 'minor', render: (v: boolean) => (v ? <Tag color="orange">{c.yes}</Tag> : c.no) },
    { title: c.region, dataIndex: 'regionCode', render: (v: string | null) => v ?? '—' },
    { title: c.admittedOn, dataIndex: 'admittedOn', render: day },
    { title: c.stayUntil, dataIndex: 'stayUntil', render: day },
    { title: c.overdue, key: 'overdue', render: (_: unknown, item) => tw.days(daysBetween(today, item.stayUntil)) },
    { title: c.extensions, dataIndex: 'extensions', render: (v: string[]) => v.length },
    { title: c.actions, key: 'actions', render: (_: unknown, item) => <OpenPersonButton residentId={item.residentId} /> },
  ];
}

export const caseOverpaymentColumns: ColumnsType<CaseOverpayment> = [
  { title: c.name, dataIndex: 'name', render: (v: string | null) => v ?? '—' },
  { title: c.residentId, dataIndex: 'residentId' },
  { title: c.program, dataIndex: 'program', render: (v: string) => labelOf(PROGRAM_LABELS, v) },
  { title: c.region, dataIndex: 'regionCode' },
  { title: c.amount, dataIndex: 'amountFen', align: 'right', render: (v: number) => yuan(v) },
  { title: c.months, dataIndex: 'months', render: months },
  { title: c.status, dataIndex: 'status', render: (v: string) => <Tag>{labelOf(OVERPAYMENT_STATUS_LABELS, v)}</Tag> },
  {
    title: c.actions,
    key: 'actions',
    render: (_: unknown, item) => (
      <Space size={0}>
        <Link to={casePath(item.program, item.caseId)}>{c.openCase}</Link>
        <OpenPersonButton residentId={item.residentId} />
      </Space>
    ),
  },
];

export const elderOverpaymentColumns: ColumnsType<ElderOverpayment> = [
  { title: c.name, dataIndex: 'name', render: (v: string | null) => v ?? '—' },
  { title: c.residentId, dataIndex: 'residentId' },
  { title: c.kind, dataIndex: 'allowanceKind', render: (v: string) => labelOf(ALLOWANCE_KIND_LABELS, v) },
  { title: c.region, dataIndex: 'region', render: (v: string | null) => v ?? '—' },
  { title: c.amount, dataIndex: 'amountFen', align: 'right', render: (v: number) => yuan(v) },
  { title: c.fromMonth, dataIndex: 'fromMonth', render: (v: string) => yearMonth(v) },
  { title: c.createdAt, dataIndex: 'createdAt', render: day },
  { title: c.status, dataIndex: 'status', render: (v: string) => <Tag>{labelOf(ELDER_OVERPAYMENT_STATUS_LABELS, v)}</Tag> },
  { title: c.actions, key: 'actions', render: (_: unknown, item) => <OpenPersonButton residentId={item.residentId} /> },
];

export function divorceColumns(today = todayInShanghai()): ColumnsType<DivorceItem> {
  return [
    {
      title: c.parties,
      key: 'parties',
      render: (_: unknown, item) => (
        <Space orientation="vertical" size={0}>
          {item.partyResidentIds.map((id, i) => (
            <span key={id}>
              {id} <OpenPersonButton residentId={id} label={c.party(i + 1)} />
            </span>
          ))}
        </Space>
      ),
    },
    { title: c.appliedOn, dataIndex: 'appliedOn', render: day },
    { title: c.coolingOffEndsOn, dataIndex: 'coolingOffEndsOn', render: day },
    { title: c.daysLeft, key: 'daysLeft', render: (_: unknown, item) => tw.days(daysBetween(today, item.coolingOffEndsOn)) },
    { title: c.windowOpensOn, dataIndex: 'certificateWindowOpensOn', render: day },
    { title: c.certificateDeadline, dataIndex: 'certificateDeadline', render: day },
    { title: c.office, dataIndex: 'divisionCode' },
    { title: c.status, dataIndex: 'state', render: (v: string) => <Tag>{labelOf(DIVORCE_STATE_LABELS, v)}</Tag> },
  ];
}
