import { Descriptions, Space, Statistic } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { tf } from '../fields.zh-CN';
import type { FileState } from '../file-state';
import { MEAL_SLOT_LABELS, MEAL_STATUS_LABELS, MEAL_TIER_LABELS } from '../labels/canteen.zh-CN';
import { labelOf } from '../labels/label';
import { PROGRAM_LABELS } from '../labels/social-assistance.zh-CN';
import { tp } from '../person.zh-CN';
import { day, money, month } from '../show';
import type { CanteenPerson } from '../types';
import { ServiceBlock } from './ServiceBlock';
import { SubTable } from './SubTable';

const f = tf.canteen;

const mealColumns: ColumnsType<CanteenPerson['meals'][number]> = [
  { title: f.mealDate, dataIndex: 'mealDate', render: day },
  { title: f.slot, dataIndex: 'slot', render: (v: string) => labelOf(MEAL_SLOT_LABELS, v) },
  { title: f.canteen, dataIndex: 'canteenName' },
  { title: f.tier, dataIndex: 'tier', render: (v: string) => labelOf(MEAL_TIER_LABELS, v) },
  { title: f.subsidyFen, key: 'subsidy', render: (_: unknown, m) => money(m.subsidised ? m.subsidyFen : 0) },
  { title: f.status, dataIndex: 'status', render: (v: string) => labelOf(MEAL_STATUS_LABELS, v) },
];

function localText(p: CanteenPerson): string {
  if (p.diner.localRegistration === null) return f.unconfirmed;
  return p.diner.localRegistration ? tf.basic.yes : tf.basic.no;
}

function coverageText(p: CanteenPerson): string {
  if (p.assistanceCoverage.length === 0) return '—';
  return p.assistanceCoverage.map((c) => `${labelOf(PROGRAM_LABELS, c.program)} ${month(c.fromMonth)} – ${c.stopFromMonth ? month(c.stopFromMonth) : ''}`).join('；');
}

function DinerView({ person: p }: { person: CanteenPerson }) {
  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <Space size="large" wrap>
        <Statistic title={f.mealCount} value={f.times(p.mealCount)} />
        <Statistic title={f.subsidisedMealCount} value={f.times(p.subsidisedMealCount)} />
        <Statistic title={f.subsidy} value={money(p.subsidyFen)} />
      </Space>
      <Descriptions
        size="small"
        bordered
        column={2}
        title={f.diner}
        items={[
          { key: 'canteen', label: f.canteen, children: `${p.diner.canteenName}（${p.diner.canteenRegion}）` },
          { key: 'card', label: f.cardNumber, children: p.diner.cardNumber },
          { key: 'active', label: f.active, children: p.diner.active ? tp.search.dinerActive : tp.search.dinerInactive },
          { key: 'local', label: f.local, children: localText(p) },
          { key: 'coverage', label: f.coverage, children: coverageText(p), span: 2 },
        ]}
      />
      <SubTable title={f.meals(p.meals.length)} rows={p.meals} columns={mealColumns} rowKey={(m) => m.id} pageSize={10} />
    </Space>
  );
}

/** 助餐: the diner's registration, meals and subsidy totals at the canteens. */
export function CanteenSection({ state, onRetry }: { state: FileState<CanteenPerson>; onRetry: () => void }) {
  return (
    <ServiceBlock service="canteen" state={state} onRetry={onRetry}>
      {(p) => <DinerView person={p} />}
    </ServiceBlock>
  );
}
