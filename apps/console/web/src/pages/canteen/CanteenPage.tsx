import { Card, Descriptions, Space, Spin, Table } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { Link, useParams } from 'react-router-dom';
import { PATHS } from '../../app/paths';
import { ProblemAlert, problemOf } from '../../components/ProblemAlert';
import { date, dateTime, orDash, yuan } from '../../format';
import { hasAnyRole, useCurrentUser } from '../session/session';
import { FUNDING_READERS } from './access';
import { CANTEEN_LABELS as L, labelOf } from './canteen.zh-CN';
import { slotsText } from './CanteensPage';
import { DayMeals } from './DayMeals';
import { useCanteen, useFunding, type Canteen, type Funding } from './queries';

function CanteenDetails({ canteen }: { canteen: Canteen }) {
  return (
    <Card title={L.canteen.details} size="small" data-testid="canteen-details">
      <Descriptions
        size="small"
        column={{ xs: 1, md: 2 }}
        items={[
          { key: 'name', label: L.canteens.name, children: canteen.name },
          { key: 'code', label: L.canteens.code, children: orDash(canteen.code) },
          { key: 'operator', label: L.canteens.operator, children: canteen.operator },
          { key: 'operatingMode', label: L.canteens.operatingMode, children: labelOf(L.operatingModes, canteen.operatingMode) },
          { key: 'address', label: L.canteens.address, children: canteen.address },
          { key: 'region', label: L.canteens.region, children: canteen.region },
          { key: 'slots', label: L.canteens.slots, children: slotsText(canteen.slots) },
          { key: 'openedOn', label: L.canteens.openedOn, children: date(canteen.openedOn) },
          { key: 'createdAt', label: L.canteens.createdAt, children: dateTime(canteen.createdAt) },
        ]}
      />
    </Card>
  );
}

const fundingColumns: ColumnsType<Funding> = [
  { key: 'kind', title: L.canteen.fundingKind, render: (_, f) => labelOf(L.fundingKinds, f.kind) },
  { key: 'amount', title: L.canteen.fundingAmount, align: 'right', render: (_, f) => yuan(f.amountFen) },
  { key: 'fundedOn', title: L.canteen.fundedOn, dataIndex: 'fundedOn' },
  { key: 'source', title: L.canteen.fundingSource, render: (_, f) => orDash(f.source) },
  { key: 'evidenceNote', title: L.canteen.evidenceNote, dataIndex: 'evidenceNote' },
];

/** 资金来源: a canteen has a handful of funding records, answered whole by the service. */
function CanteenFunding({ canteenId }: { canteenId: string }) {
  const funding = useFunding(canteenId);
  const total = (funding.data ?? []).reduce((sum, f) => sum + f.amountFen, 0);
  return (
    <Card title={L.canteen.funding} size="small" extra={funding.data && funding.data.length > 0 ? L.canteen.fundingTotal(yuan(total)) : null} data-testid="canteen-funding">
      <ProblemAlert problem={problemOf(funding.error)} />
      <Table<Funding> rowKey="id" size="small" loading={funding.isFetching} dataSource={funding.data ?? []} columns={fundingColumns} pagination={false} locale={{ emptyText: L.canteen.noFunding }} scroll={{ x: 'max-content' }} />
    </Card>
  );
}

/** One canteen: its details and operating mode, its funding, and its meals of a chosen day. */
export function CanteenPage() {
  const { id = '' } = useParams();
  const user = useCurrentUser();
  const canteen = useCanteen(id);
  return (
    <Card title={canteen.data?.name ?? L.canteens.title} extra={<Link to={PATHS.canteens}>{L.canteens.title}</Link>}>
      <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
        <ProblemAlert problem={problemOf(canteen.error)} />
        {canteen.isPending && <Spin />}
        {canteen.data && <CanteenDetails canteen={canteen.data} />}
        {canteen.data && hasAnyRole(user, FUNDING_READERS) && <CanteenFunding canteenId={id} />}
        {canteen.data && <DayMeals canteenId={id} />}
      </Space>
    </Card>
  );
}
