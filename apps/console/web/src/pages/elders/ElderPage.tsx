import { Card, Descriptions, Space } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { Link, useParams } from 'react-router-dom';
import { PATHS } from '../../app/paths';
import { FullPageSpin } from '../../components/PageResult';
import { ProblemAlert, problemOf } from '../../components/ProblemAlert';
import { labelOf } from '../person/labels/label';
import { DISCHARGE_REASON_LABELS } from '../person/labels/elderly-care.zh-CN';
import { SubTable } from '../person/sections/SubTable';
import { day } from '../person/show';
import { ElderAllowances } from './ElderAllowances';
import { ElderAssessments } from './ElderAssessments';
import { ElderOrders } from './ElderOrders';
import { ElderPlacement } from './ElderPlacement';
import { ORDER_RECORDERS } from './access';
import { hasAnyRole, useCurrentUser } from '../session/session';
import { ELDERS_LABELS as L } from './elders.zh-CN';
import { useElderFile, type ElderFile } from './queries';
import { elderState } from './RegistryPage';

const r = L.registry;
const e = L.elder;

function BasicFacts({ file }: { file: ElderFile }) {
  const elder = file.elder;
  return (
    <Card title={L.elder.basics} size="small" data-testid="elder-basics">
      <Descriptions
        size="small"
        bordered
        column={{ xs: 1, md: 3 }}
        items={[
          { key: 'name', label: r.name, children: file.name },
          { key: 'id', label: r.residentId, children: file.residentId },
          { key: 'age', label: r.age, children: file.age },
          { key: 'birth', label: r.birthDate, children: day(elder?.birthDate) },
          { key: 'region', label: r.region, children: elder?.region ?? '—' },
          { key: 'local', label: r.local, children: elder?.local ? L.common.yes : L.common.no },
          { key: 'status', label: r.status, children: elderState({ deceasedOn: file.deceasedOn, movedAwayOn: file.residenceChanges.at(-1)?.movedOn ?? null }) },
        ]}
      />
    </Card>
  );
}

const bedColumns: ColumnsType<ElderFile['homeCareBeds'][number]> = [
  { title: e.contractedOn, dataIndex: 'contractedOn', render: day },
  { title: e.visitsPerMonth, dataIndex: 'visitsPerMonth' },
  { title: e.endedOn, dataIndex: 'endedOn', render: day },
];
const stayColumns: ColumnsType<ElderFile['institutionStays'][number]> = [
  { title: e.institution, dataIndex: 'institutionName' },
  { title: e.bed, dataIndex: 'bedCode' },
  { title: e.admittedOn, dataIndex: 'admittedOn', render: day },
  { title: e.dischargedOn, dataIndex: 'dischargedOn', render: day },
  { title: e.dischargeReason, dataIndex: 'dischargeReason', render: (v: string | null) => (v ? labelOf(DISCHARGE_REASON_LABELS, v) : '—') },
];

/** 老人档案, reached by the registry's opaque id: facts, allowances and subsidies, assessments, home care, stays. */
export function ElderPage() {
  const { id = '' } = useParams();
  const file = useElderFile(id);
  const user = useCurrentUser();
  const f = file.data;
  return (
    <Card title={f ? `${f.name ?? ''} ${e.title}` : e.title} extra={<Link to={PATHS.elders}>{L.elder.back}</Link>}>
      <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
        <ProblemAlert problem={problemOf(file.error)} />
        {file.isPending && <FullPageSpin />}
        {f && <BasicFacts file={f} />}
        {f && <ElderAllowances file={f} />}
        {f && <ElderAssessments file={f} />}
        {f && <ElderOrders file={f} />}
        {f && !f.deceasedOn && hasAnyRole(user, ORDER_RECORDERS) && <ElderPlacement elderId={f.id} />}
        {f && (f.homeCareBeds.length > 0 || f.institutionStays.length > 0) && (
          <Card size="small" title={`${L.elder.homeCareBeds} / ${L.elder.stays}`}>
            <SubTable title={L.elder.homeCareBeds} rows={f.homeCareBeds} columns={bedColumns} rowKey={(b) => b.id} />
            <SubTable title={L.elder.stays} rows={f.institutionStays} columns={stayColumns} rowKey={(s) => s.id} />
          </Card>
        )}
      </Space>
    </Card>
  );
}
