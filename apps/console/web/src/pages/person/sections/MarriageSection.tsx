import { Descriptions, Tag } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { tf } from '../fields.zh-CN';
import type { FileState } from '../file-state';
import { DIVORCE_STATE_LABELS, MARITAL_STATUS_LABELS, MARRIAGE_KIND_LABELS, MARRIAGE_STATUS_LABELS } from '../labels/civil-registration.zh-CN';
import { labelOf } from '../labels/label';
import { day } from '../show';
import type { CivilRegistrationPerson } from '../types';
import { ServiceBlock } from './ServiceBlock';
import { SubTable } from './SubTable';

const f = tf.marriage;
type P = CivilRegistrationPerson;

const marriageColumns: ColumnsType<P['marriages'][number]> = [
  { title: f.kind, dataIndex: 'kind', render: (v: string) => labelOf(MARRIAGE_KIND_LABELS, v) },
  { title: f.registeredOn, dataIndex: 'registeredOn', render: day },
  { title: f.state, dataIndex: 'status', render: (v: string) => <Tag>{labelOf(MARRIAGE_STATUS_LABELS, v)}</Tag> },
  { title: f.dissolvedOn, dataIndex: 'dissolvedOn', render: day },
];

const divorceColumns: ColumnsType<P['divorces'][number]> = [
  { title: f.appliedOn, dataIndex: 'appliedOn', render: day },
  { title: f.state, dataIndex: 'state', render: (v: string) => <Tag>{labelOf(DIVORCE_STATE_LABELS, v)}</Tag> },
  { title: f.coolingOffEndsOn, dataIndex: 'coolingOffEndsOn', render: day },
  { title: f.certificateDeadline, dataIndex: 'certificateDeadline', render: day },
  { title: f.divorceRegisteredOn, dataIndex: 'registeredOn', render: day },
  { title: f.withdrawnOn, dataIndex: 'withdrawnOn', render: day },
];

function MarriageView({ person: p }: { person: P }) {
  return (
    <>
      <Descriptions size="small" column={1} items={[{ key: 'status', label: f.status, children: labelOf(MARITAL_STATUS_LABELS, p.maritalStatus) }]} style={{ marginBottom: 16 }} />
      <SubTable title={f.marriages} rows={p.marriages} columns={marriageColumns} rowKey={(m) => m.id} />
      <SubTable title={f.divorces} rows={p.divorces} columns={divorceColumns} rowKey={(d) => d.id} />
    </>
  );
}

/** 婚姻登记: the person's marriages and divorce applications in the register. */
export function MarriageSection({ state, onRetry }: { state: FileState<P>; onRetry: () => void }) {
  return (
    <ServiceBlock service="civilRegistration" state={state} onRetry={onRetry}>
      {(p) => (p.marriages.length + p.divorces.length > 0 ? <MarriageView person={p} /> : null)}
    </ServiceBlock>
  );
}
