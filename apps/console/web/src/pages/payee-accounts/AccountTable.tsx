import { Space, Table, Tag, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { date, orDash } from '../../format';
import { labelOf } from '../person/labels/label';
import { FAILURE_REASON_LABELS } from '../payments/payments.zh-CN';
import { hasAnyRole, useCurrentUser } from '../session/session';
import { UNMASK_ROLE } from '../person/unmask';
import { ACCOUNT_CHECKERS } from './access';
import { DecideProposal } from './DecideProposal';
import { ACCOUNT_LABELS as L, ACCOUNT_STATUS_COLOURS, ACCOUNT_STATUS_LABELS } from './payee-accounts.zh-CN';
import type { PayeeAccount } from './queries';
import { UnmaskAccount } from './UnmaskAccount';

const c = L.columns;

function columns(canUnmask: boolean, canDecide: boolean): ColumnsType<PayeeAccount> {
  return [
    { key: 'payee', title: c.payee, render: (_, a) => (a.payeeKind === 'PERSON' ? a.residentId : `${orDash(a.organisationName)}（${a.organisationId ?? ''}）`) },
    { key: 'status', title: c.status, render: (_, a) => <Tag color={ACCOUNT_STATUS_COLOURS[a.status]}>{labelOf(ACCOUNT_STATUS_LABELS, a.status)}</Tag> },
    { key: 'bank', title: c.bank, dataIndex: 'bankCode' },
    { key: 'accountNumber', title: c.accountNumber, dataIndex: 'accountNumber' },
    { key: 'holderName', title: c.holderName, dataIndex: 'holderName' },
    { key: 'division', title: c.division, dataIndex: 'divisionCode' },
    { key: 'evidence', title: c.evidence, width: 220, ellipsis: { showTitle: true }, render: (_, a) => [a.evidenceNote, a.evidenceReference].filter(Boolean).join(' / ') },
    { key: 'proposed', title: c.proposedBy, render: (_, a) => `${a.proposedBy} ${date(a.proposedAt)}` },
    { key: 'decided', title: c.decidedBy, render: (_, a) => (a.decidedBy ? `${a.decidedBy} ${a.decidedAt ? date(a.decidedAt) : ''}${a.rejectionReason ? `：${a.rejectionReason}` : ''}` : '—') },
    { key: 'unusable', title: c.unusable, render: (_, a) => (a.unusableReason ? <Tag color="red">{labelOf(FAILURE_REASON_LABELS, a.unusableReason)}</Tag> : '—') },
    {
      key: 'actions',
      title: c.actions,
      render: (_, a) => (
        <Space orientation="vertical">
          {canUnmask && <UnmaskAccount id={a.id} />}
          {canDecide && a.status === 'PROPOSED' && <DecideProposal id={a.id} />}
          {!canUnmask && !(canDecide && a.status === 'PROPOSED') && <Typography.Text type="secondary">—</Typography.Text>}
        </Space>
      ),
    },
  ];
}

interface Props {
  accounts: PayeeAccount[];
  total: number | undefined;
  loading: boolean;
  paging: { page: number; pageSize: number };
  onPage: (page: number, pageSize: number) => void;
  empty: string;
  testId: string;
}

/** Versions of payee accounts, a page the service cut, masked, with what the user may do with each. */
export function AccountTable({ accounts, total, loading, paging, onPage, empty, testId }: Props) {
  const user = useCurrentUser();
  return (
    <Table<PayeeAccount>
      rowKey="id"
      size="small"
      data-testid={testId}
      loading={loading}
      dataSource={accounts}
      columns={columns(hasAnyRole(user, [UNMASK_ROLE]), hasAnyRole(user, ACCOUNT_CHECKERS))}
      locale={{ emptyText: empty }}
      scroll={{ x: 'max-content' }}
      pagination={{ current: paging.page, pageSize: paging.pageSize, total: total ?? 0, showSizeChanger: true, showTotal: L.total, onChange: onPage }}
    />
  );
}
