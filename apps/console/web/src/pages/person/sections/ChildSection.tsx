import { Descriptions, Tag, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { tf } from '../fields.zh-CN';
import type { FileState } from '../file-state';
import { labelOf, labelsOf } from '../labels/label';
import { CHILD_CARE_FORM_LABELS, CHILD_CATEGORY_LABELS, CHILD_STATUS_LABELS, GUARDIAN_RELATION_LABELS, GUARDIAN_SITUATION_LABELS, RISK_TIER_LABELS } from '../labels/child-welfare.zh-CN';
import { day } from '../show';
import type { ChildWelfarePerson } from '../types';
import { ServiceBlock } from './ServiceBlock';
import { SubTable } from './SubTable';

const f = tf.child;
type ChildFile = NonNullable<ChildWelfarePerson['child']>;
type Link = ChildWelfarePerson['guardianOf'][number];

const TIER_COLORS: Readonly<Record<string, string>> = { RED: 'red', ORANGE: 'orange', GREEN: 'green' };

/** The situations recorded for a parent or guardian that hold (a date, or true). */
export function situationText(situation: Record<string, unknown>): string {
  const holding = Object.entries(situation).filter(([, value]) => value === true || (typeof value === 'string' && value !== ''));
  return holding.length === 0 ? '—' : holding.map(([key]) => labelOf(GUARDIAN_SITUATION_LABELS, key)).join('、');
}

const guardianOfColumns: ColumnsType<Link> = [
  { title: f.childName, dataIndex: 'childName' },
  { title: f.childResidentId, dataIndex: 'childResidentId' },
  { title: f.relation, dataIndex: 'relation', render: (v: string) => labelOf(GUARDIAN_RELATION_LABELS, v) },
  { title: f.situation, dataIndex: 'situation', render: (v: Record<string, unknown>) => situationText(v) },
  { title: f.village, dataIndex: 'villageCode' },
  { title: f.status, dataIndex: 'status', render: (v: string) => labelOf(CHILD_STATUS_LABELS, v) },
];

function ChildFileView({ child }: { child: ChildFile }) {
  return (
    <div style={{ marginBottom: 16 }}>
      <Typography.Title level={5} style={{ marginTop: 0 }}>
        {f.file}
      </Typography.Title>
      <Descriptions
        size="small"
        bordered
        column={2}
        items={[
          { key: 'categories', label: f.categories, children: labelsOf(CHILD_CATEGORY_LABELS, child.categories) },
          { key: 'risk', label: f.riskTier, children: <Tag color={TIER_COLORS[child.riskTier]}>{labelOf(RISK_TIER_LABELS, child.riskTier)}</Tag> },
          { key: 'status', label: f.status, children: labelOf(CHILD_STATUS_LABELS, child.status) },
          { key: 'careForm', label: f.careForm, children: labelOf(CHILD_CARE_FORM_LABELS, child.careForm) },
          { key: 'village', label: f.village, children: child.villageCode },
          { key: 'registered', label: f.registeredOn, children: day(child.registeredOn) },
          { key: 'lastVisit', label: f.lastVisitOn, children: day(child.lastVisitOn) },
          { key: 'nextVisit', label: f.nextVisitDue, children: day(child.nextVisitDue) },
          { key: 'guardians', label: f.guardians, children: f.count(child.guardians.length) },
          { key: 'help', label: f.helpNeeds, children: f.count(child.helpNeeds.length) },
          { key: 'pairings', label: f.pairings, children: f.count(child.pairings.length) },
        ]}
      />
    </div>
  );
}

/** 儿童福利档案: the person as a child in the ledger, and as a parent or guardian of children. */
export function ChildSection({ state, onRetry }: { state: FileState<ChildWelfarePerson>; onRetry: () => void }) {
  return (
    <ServiceBlock service="childWelfare" state={state} onRetry={onRetry}>
      {(p) =>
        p.child || p.guardianOf.length > 0 ? (
          <>
            {p.child && <ChildFileView child={p.child} />}
            <SubTable title={f.guardianOf} rows={p.guardianOf} columns={guardianOfColumns} rowKey={(l) => l.childId} />
          </>
        ) : null
      }
    </ServiceBlock>
  );
}
