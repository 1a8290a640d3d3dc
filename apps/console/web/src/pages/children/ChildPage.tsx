import { Button, Card, Col, Descriptions, Row, Space, Table, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { Link, useParams } from 'react-router-dom';
import { PATHS } from '../../app/paths';
import { FullPageSpin } from '../../components/PageResult';
import { ProblemAlert, problemOf } from '../../components/ProblemAlert';
import { labelOf, labelsOf } from '../person/labels/label';
import { CHILD_CARE_FORM_LABELS, CHILD_CLOSED_REASON_LABELS, CHILD_STATUS_LABELS, GUARDIAN_RELATION_LABELS } from '../person/labels/child-welfare.zh-CN';
import { situationText } from '../person/sections/ChildSection';
import { day } from '../person/show';
import { hasAnyRole, useCurrentUser } from '../session/session';
import { CHILD_RECORDERS } from './access';
import { ChildAdoption } from './ChildAdoption';
import { ChildChanges, ChildVisits } from './ChildHistory';
import { ChildPlan } from './ChildPlan';
import { ChildSupport } from './ChildSupport';
import { CARER_RELATION_LABELS, CHILD_SITUATION_LABELS, tc } from './children.zh-CN';
import { useChild } from './queries';
import { CategoryTags, TierTag } from './TierTag';
import type { ChildRecord, Guardian } from './types';
import { VisitForm } from './VisitForm';

const f = tc.child;

const guardianColumns: ColumnsType<Guardian> = [
  { title: f.relation, dataIndex: 'relation', render: (v: string) => labelOf(GUARDIAN_RELATION_LABELS, v) },
  { title: f.guardianName, dataIndex: 'name' },
  { title: f.guardianResidentId, dataIndex: 'residentId' },
  { title: f.situation, key: 'situation', render: (_: unknown, g) => situationText({ ...g, relation: null, name: null, residentId: null, sentenceMonths: null }) },
];

function statusText(child: ChildRecord): string {
  if (child.status !== 'CLOSED') return labelOf(CHILD_STATUS_LABELS, child.status);
  return f.closed(day(child.closedOn), labelOf(CHILD_CLOSED_REASON_LABELS, child.closedReason));
}

function BasicFacts({ child }: { child: ChildRecord }) {
  return (
    <Card title={f.basic} size="small">
      <Descriptions
        size="small"
        bordered
        column={{ xs: 1, md: 2 }}
        items={[
          { key: 'id', label: f.residentId, children: child.residentId },
          { key: 'birth', label: f.birthDate, children: day(child.birthDate) },
          { key: 'village', label: f.village, children: child.villageCode },
          { key: 'township', label: f.township, children: child.townshipCode },
          { key: 'carer', label: f.carer, children: `${child.carer.name}（${labelOf(CARER_RELATION_LABELS, child.carer.relation)}）` },
          { key: 'careForm', label: f.careForm, children: labelOf(CHILD_CARE_FORM_LABELS, child.careForm) },
          { key: 'registered', label: f.registeredOn, children: day(child.registeredOn) },
          { key: 'status', label: f.status, children: statusText(child) },
          { key: 'situations', label: f.situations, children: labelsOf(CHILD_SITUATION_LABELS, child.situations) },
          {
            key: 'categories',
            label: f.categories,
            children: (
              <>
                {child.categories.length === 0 ? f.noCategory : <CategoryTags categories={child.categories} />}
                <Typography.Text type="secondary" style={{ display: 'block', fontSize: 12 }}>
                  {f.categoriesNote}
                </Typography.Text>
              </>
            ),
          },
        ]}
      />
    </Card>
  );
}

function RiskFacts({ child }: { child: ChildRecord }) {
  return (
    <Card title={f.risk} size="small" role="region" aria-label={f.risk}>
      <Descriptions
        size="small"
        bordered
        column={1}
        items={[
          { key: 'tier', label: f.tier, children: <TierTag tier={child.riskTier} /> },
          { key: 'reason', label: f.reason, children: child.riskReason },
          { key: 'rated', label: f.ratedOn, children: day(child.tierRatedOn) },
          { key: 'last', label: f.lastVisitOn, children: day(child.lastVisitOn) },
          { key: 'next', label: f.nextVisitDue, children: day(child.nextVisitDue) },
        ]}
      />
    </Card>
  );
}

/** 儿童档案: the child, their parents and guardians, the tier with 记录走访, and what the service keeps around them. */
export function ChildPage() {
  const { id = '' } = useParams();
  const child = useChild(id);
  const canRecord = hasAnyRole(useCurrentUser(), CHILD_RECORDERS);
  const back = (
    <Link to={PATHS.children}>
      <Button>{f.back}</Button>
    </Link>
  );
  if (child.isPending) return <FullPageSpin />;
  if (child.isError) {
    return (
      <Card title={tc.ledger.title} extra={back}>
        <ProblemAlert problem={problemOf(child.error)} />
      </Card>
    );
  }
  const c = child.data;
  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <Card title={f.title(c.name)} extra={back} size="small">
        <Row gutter={[16, 16]}>
          <Col xs={24} lg={14}>
            <BasicFacts child={c} />
          </Col>
          <Col xs={24} lg={10}>
            <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
              <RiskFacts child={c} />
              {canRecord && c.status === 'ACTIVE' && <VisitForm childId={c.id} currentTier={c.riskTier} />}
            </Space>
          </Col>
        </Row>
      </Card>
      <Card title={f.guardians} size="small">
        {c.guardians.length === 0 ? <Typography.Text type="secondary">{f.noGuardians}</Typography.Text> : <Table<Guardian> size="small" rowKey="residentId" dataSource={c.guardians} columns={guardianColumns} pagination={false} scroll={{ x: 'max-content' }} />}
      </Card>
      <ChildVisits childId={c.id} />
      <ChildChanges childId={c.id} />
      <ChildPlan childId={c.id} canRecord={canRecord && c.status === 'ACTIVE'} />
      <ChildSupport childId={c.id} />
      <ChildAdoption child={c} />
    </Space>
  );
}
