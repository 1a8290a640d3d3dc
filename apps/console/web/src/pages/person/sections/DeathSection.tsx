import { Descriptions, Space, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { tf } from '../fields.zh-CN';
import type { FileState } from '../file-state';
import { DEATH_SOURCE_LABELS, DISPOSAL_LABELS, FUNERAL_BASIS_LABELS } from '../labels/civil-registration.zh-CN';
import { labelOf } from '../labels/label';
import { SERVICE_LABELS } from '../person.zh-CN';
import { day, money } from '../show';
import type { CivilRegistrationPerson, ServiceKey } from '../types';
import { ServiceBlock } from './ServiceBlock';
import { SubTable } from './SubTable';

const f = tf.death;
type P = CivilRegistrationPerson;

const benefitColumns: ColumnsType<P['funeralBenefits'][number]> = [
  { title: f.basis, dataIndex: 'basis', render: (v: string) => labelOf(FUNERAL_BASIS_LABELS, v) },
  { title: f.amount, dataIndex: 'amountFen', render: (v: number) => money(v) },
  { title: f.grantedOn, dataIndex: 'grantedOn', render: day },
];

function DeathView({ person: p }: { person: P }) {
  const death = p.death;
  return (
    <>
      {death && (
        <Descriptions
          size="small"
          bordered
          column={2}
          title={f.death}
          style={{ marginBottom: 16 }}
          items={[
            { key: 'date', label: f.dateOfDeath, children: day(death.dateOfDeath) },
            { key: 'place', label: f.placeOfDeath, children: death.placeOfDeath },
            { key: 'disposal', label: f.disposal, children: labelOf(DISPOSAL_LABELS, death.disposal) },
            { key: 'source', label: f.source, children: labelOf(DEATH_SOURCE_LABELS, death.source) },
            { key: 'received', label: f.receivedAt, children: day(death.receivedAt) },
          ]}
        />
      )}
      <SubTable title={f.benefits} rows={p.funeralBenefits} columns={benefitColumns} rowKey={(b) => b.id} />
    </>
  );
}

interface Props {
  state: FileState<P>;
  onRetry: () => void;
  /** Deaths the other services recorded (they hear of deaths from civil registration). */
  elsewhere: Array<{ service: ServiceKey; day: string }>;
}

/** 死亡与殡葬补贴: the death record and funeral benefits, and what the other services know of a death. */
export function DeathSection({ state, onRetry, elsewhere }: Props) {
  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <ServiceBlock service="civilRegistration" state={state} onRetry={onRetry}>
        {(p) => (p.death || p.funeralBenefits.length > 0 ? <DeathView person={p} /> : null)}
      </ServiceBlock>
      {elsewhere.length > 0 && (
        <Typography.Text>
          {f.knownTo}：{elsewhere.map((d) => `${SERVICE_LABELS[d.service]} ${day(d.day)}`).join('；')}
        </Typography.Text>
      )}
    </Space>
  );
}
