// 收养 on the child's page: the registered adoption, or the assessments (paged by the service)
// and, for the county's registration staff while the case is open, the two forms.
import { Card, Descriptions, Space, Table } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { tablePagination, usePagingParams } from '../../components/paging';
import { ProblemAlert, problemOf } from '../../components/ProblemAlert';
import { labelOf } from '../person/labels/label';
import { day } from '../person/show';
import { hasAnyRole, useCurrentUser } from '../session/session';
import { ADOPTION_RECORDERS } from './access';
import { ta } from './adoption.zh-CN';
import { useAdoption, useAssessments } from './adoption-queries';
import { AssessmentForm, RegistrationForm } from './AdoptionForms';
import type { AssessmentRow, ChildRecord } from './types';

const columns: ColumnsType<AssessmentRow> = [
  { title: ta.assessedOn, dataIndex: 'assessedOn', render: day },
  { title: ta.adopters, dataIndex: 'adopterResidentIds', render: (ids: string[]) => ids.join('、') },
  { title: ta.outcome, dataIndex: 'outcome', render: (v: string) => labelOf(ta.outcomes, v) },
  { title: ta.notes, dataIndex: 'notes' },
  { title: ta.assessor, dataIndex: 'assessor' },
];

function Registered({ childId }: { childId: string }) {
  const adoption = useAdoption(childId, true);
  if (adoption.isError) return <ProblemAlert problem={problemOf(adoption.error)} />;
  const adopters = adoption.data?.adopters ?? [];
  return <Descriptions size="small" bordered column={1} items={[{ key: 'on', label: ta.title, children: ta.adopted(day(adoption.data?.registeredOn ?? null)) }, { key: 'who', label: ta.adopters, children: adopters.map((a) => `${a.name}（${a.residentId}）`).join('、') }]} />;
}

export function ChildAdoption({ child }: { child: ChildRecord }) {
  const paging = usePagingParams('a');
  const assessments = useAssessments(child.id, paging);
  const canRecord = hasAnyRole(useCurrentUser(), ADOPTION_RECORDERS) && child.status === 'ACTIVE' && !child.adoptedOn;
  const suitable = (assessments.data?.items ?? []).filter((a) => a.outcome === 'SUITABLE');
  return (
    <Card title={ta.title} size="small" role="region" aria-label={ta.title}>
      <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
        {child.adoptedOn && <Registered childId={child.id} />}
        <ProblemAlert problem={problemOf(assessments.error)} />
        <Table<AssessmentRow> size="small" rowKey="id" title={() => ta.assessments} loading={assessments.isFetching} dataSource={assessments.data?.items ?? []} columns={columns} locale={{ emptyText: ta.noAssessments }} scroll={{ x: 'max-content' }} pagination={tablePagination(paging, assessments.data?.total, ta.total)} />
        {canRecord && <AssessmentForm childId={child.id} />}
        {canRecord && <RegistrationForm childId={child.id} suitable={suitable} />}
      </Space>
    </Card>
  );
}
