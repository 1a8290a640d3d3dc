import { App, Button, Card, Space, Table, Tag } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useState } from 'react';
import { ProblemAlert, problemOf } from '../../components/ProblemAlert';
import { orDash, yuan } from '../../format';
import { hasAnyRole, useCurrentUser } from '../session/session';
import { SETTLEMENT_DECIDERS, SETTLEMENT_RECORDERS } from './access';
import { CANTEEN_LABELS as L, labelOf } from './canteen.zh-CN';
import { DisputeModal } from './DisputeModal';
import { tablePagination, usePagingParams } from './paging';
import { useDisputeLine, useResolveLine, useSettlementLines, type Settlement, type SettlementLine } from './queries';

const STATUS_COLOURS: Record<string, string> = { DISPUTED: 'orange', ACCEPTED: 'green', REJECTED: 'red' };

function useLineActions(settlementId: string) {
  const { message } = App.useApp();
  const dispute = useDisputeLine();
  const resolve = useResolveLine();
  const [disputing, setDisputing] = useState<SettlementLine | null>(null);
  const submitDispute = (reason: string) => {
    if (!disputing) return;
    dispute.mutate({ id: settlementId, lineId: disputing.id, reason }, { onSuccess: () => (setDisputing(null), void message.success(L.settlement.disputed)) });
  };
  const resolveLine = (line: SettlementLine, outcome: 'ACCEPT' | 'REJECT') =>
    resolve.mutate({ id: settlementId, lineId: line.id, outcome }, { onSuccess: () => void message.success(L.settlement.resolved) });
  return { dispute, resolve, disputing, setDisputing, submitDispute, resolveLine };
}

interface LineActionProps {
  mayDispute: boolean;
  mayResolve: boolean;
  busy: boolean;
  onDispute(line: SettlementLine): void;
  onResolve(line: SettlementLine, outcome: 'ACCEPT' | 'REJECT'): void;
}

function lineColumns(can: LineActionProps): ColumnsType<SettlementLine> {
  const columns: ColumnsType<SettlementLine> = [
    { key: 'mealDate', title: L.settlement.mealDate, dataIndex: 'mealDate' },
    { key: 'slot', title: L.meals.slot, render: (_, l) => labelOf(L.slots, l.slot) },
    { key: 'diner', title: L.meals.diner, dataIndex: 'dinerName' },
    { key: 'residentId', title: L.meals.residentId, dataIndex: 'residentId' },
    { key: 'tier', title: L.meals.tier, render: (_, l) => labelOf(L.tiers, l.tier) },
    { key: 'kind', title: L.settlement.kind, render: (_, l) => labelOf(L.lineKinds, l.kind) },
    { key: 'subsidy', title: L.meals.subsidy, align: 'right', render: (_, l) => yuan(l.subsidyFen) },
    { key: 'status', title: L.settlement.lineStatus, render: (_, l) => <Tag color={STATUS_COLOURS[l.status]}>{labelOf(L.lineStatuses, l.status)}</Tag> },
    { key: 'reason', title: L.settlement.reason, render: (_, l) => orDash(l.disputeReason) },
    {
      key: 'actions',
      title: L.settlement.actions,
      render: (_, l) => (
        <Space size="small">
          {can.mayDispute && (l.status === 'CLAIMED' || l.status === 'ACCEPTED') && (
            <Button size="small" disabled={can.busy} onClick={() => can.onDispute(l)}>
              {L.settlement.dispute}
            </Button>
          )}
          {can.mayResolve && l.status === 'DISPUTED' && (
            <>
              <Button size="small" disabled={can.busy} onClick={() => can.onResolve(l, 'ACCEPT')}>
                {L.settlement.accept}
              </Button>
              <Button size="small" danger disabled={can.busy} onClick={() => can.onResolve(l, 'REJECT')}>
                {L.settlement.reject}
              </Button>
            </>
          )}
        </Space>
      ),
    },
  ];
  // Nothing can be done on an approved settlement, or by a reader: no empty 操作 column.
  return can.mayDispute || can.mayResolve ? columns : columns.filter((c) => c.key !== 'actions');
}

/** 结算明细: the settlement's lines a page at a time; dispute (recorders) and resolve (deciders) while it is open. */
export function SettlementLines({ settlement }: { settlement: Settlement }) {
  const user = useCurrentUser();
  const paging = usePagingParams('lines');
  const lines = useSettlementLines(settlement.id, { page: paging.page, pageSize: paging.pageSize });
  const actions = useLineActions(settlement.id);
  const open = settlement.status === 'OPEN';
  const mayDispute = open && hasAnyRole(user, SETTLEMENT_RECORDERS);
  const mayResolve = open && hasAnyRole(user, SETTLEMENT_DECIDERS);
  const busy = actions.dispute.isPending || actions.resolve.isPending;
  const columns = lineColumns({ mayDispute, mayResolve, busy, onDispute: actions.setDisputing, onResolve: actions.resolveLine });
  return (
    <Card title={L.settlement.lines} size="small">
      <ProblemAlert problem={problemOf(lines.error ?? actions.dispute.error ?? actions.resolve.error)} />
      <Table<SettlementLine>
        rowKey="id"
        size="small"
        data-testid="settlement-lines"
        loading={lines.isFetching}
        dataSource={lines.data?.items ?? []}
        columns={columns}
        locale={{ emptyText: L.common.empty }}
        scroll={{ x: 'max-content' }}
        pagination={tablePagination(paging, lines.data?.total, L.common.total)}
      />
      <DisputeModal open={actions.disputing !== null} busy={actions.dispute.isPending} onSubmit={actions.submitDispute} onCancel={() => actions.setDisputing(null)} />
    </Card>
  );
}
