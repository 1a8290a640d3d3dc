import { Alert, App, Button, Card, Descriptions, Popconfirm, Space, Spin, Tag } from 'antd';
import { Link, useParams } from 'react-router-dom';
import { PATHS } from '../../app/paths';
import { ProblemAlert, problemOf } from '../../components/ProblemAlert';
import { dateTime, orDash, yearMonth, yuan } from '../../format';
import { t } from '../../locale/zh-CN';
import { hasAnyRole, useCurrentUser } from '../session/session';
import { SETTLEMENT_DECIDERS } from './access';
import { CANTEEN_LABELS as L, labelOf } from './canteen.zh-CN';
import { useApproveSettlement, useCanteen, useSettlement, type Settlement } from './queries';
import { SettlementLines } from './SettlementLines';

function SettlementSummary({ settlement }: { settlement: Settlement }) {
  const { totals } = settlement;
  return (
    <Descriptions
      size="small"
      data-testid="settlement-summary"
      column={{ xs: 1, md: 3 }}
      items={[
        { key: 'status', label: L.settlements.status, children: <Tag color={settlement.status === 'APPROVED' ? 'green' : 'blue'}>{labelOf(L.settlementStatuses, settlement.status)}</Tag> },
        { key: 'mealCount', label: L.settlements.mealCount, children: totals.mealCount },
        { key: 'subsidy', label: L.settlements.subsidy, children: yuan(totals.subsidyFen) },
        { key: 'openDisputes', label: L.settlements.openDisputes, children: totals.openDisputes },
        { key: 'operator', label: L.settlements.operator, children: settlement.operator },
        { key: 'openedBy', label: L.settlements.openedBy, children: orDash(settlement.openedBy) },
        { key: 'approvedBy', label: L.settlements.approvedBy, children: orDash(settlement.approvedBy) },
        { key: 'approvedAt', label: L.settlements.approvedAt, children: settlement.approvedAt ? dateTime(settlement.approvedAt) : '—' },
      ]}
    />
  );
}

/** 审批通过, for deciders while the settlement is open; the service's refusal (制单人本人, 争议未处理) in Chinese. */
function ApproveAction({ settlement }: { settlement: Settlement }) {
  const { message } = App.useApp();
  const approve = useApproveSettlement();
  return (
    <Space orientation="vertical" style={{ width: '100%' }}>
      <ProblemAlert problem={problemOf(approve.error)} />
      {settlement.totals.openDisputes > 0 && <Alert type="warning" showIcon title={L.settlement.disputesBlock(settlement.totals.openDisputes)} />}
      <Popconfirm title={L.settlement.approveConfirm} okText={t.app.confirm} cancelText={t.app.cancel} onConfirm={() => approve.mutate(settlement.id, { onSuccess: () => void message.success(L.settlement.approved) })}>
        <Button type="primary" loading={approve.isPending}>
          {L.settlement.approve}
        </Button>
      </Popconfirm>
    </Space>
  );
}

/** One canteen's settlement of a month: totals, approval and the lines. */
export function SettlementPage() {
  const { id = '' } = useParams();
  const user = useCurrentUser();
  const settlement = useSettlement(id);
  const canteen = useCanteen(settlement.data?.canteenId ?? '', settlement.data !== undefined);
  const s = settlement.data;
  const title = s ? L.settlement.title(canteen.data?.name ?? '', yearMonth(s.month)) : L.settlements.title;
  return (
    <Card title={title} extra={<Link to={PATHS.canteenSettlements}>{L.settlement.back}</Link>}>
      <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
        <ProblemAlert problem={problemOf(settlement.error)} />
        {settlement.isPending && <Spin />}
        {s && (
          <Card title={L.settlement.totals} size="small">
            <SettlementSummary settlement={s} />
            {s.status === 'OPEN' && hasAnyRole(user, SETTLEMENT_DECIDERS) && <ApproveAction settlement={s} />}
          </Card>
        )}
        {s && <SettlementLines settlement={s} />}
      </Space>
    </Card>
  );
}
