import { Alert, Button, Card, Empty, Table, Tag } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useState } from 'react';
import { day } from '../person/show';
import { hasAnyRole, useCurrentUser } from '../session/session';
import { ASSESSMENT_RECORDERS } from './access';
import { AssessmentForm } from './AssessmentForm';
import { domainMax, type Domain } from './assessment-sheet';
import { ELDERS_LABELS as L } from './elders.zh-CN';
import type { AssessmentRecord, ElderFile } from './queries';

const a = L.assessment;

export const levelText = (level: number): string => L.levels[level] ?? String(level);

function domainText(scores: unknown): string {
  if (typeof scores !== 'object' || scores === null) return '—';
  return Object.entries(scores as Record<string, number>)
    .map(([domain, score]) => `${L.domains[domain] ?? domain} ${a.domainScore(score, domainMax(domain as Domain))}`)
    .join('；');
}

const columns: ColumnsType<AssessmentRecord> = [
  { title: a.assessedOn, dataIndex: 'assessedOn', render: day },
  { title: a.level, dataIndex: 'level', render: (v: number) => <Tag color={v >= 3 ? 'red' : v >= 1 ? 'orange' : 'green'}>{levelText(v)}</Tag> },
  { title: a.total, dataIndex: 'totalScore' },
  { title: a.preliminary, dataIndex: 'preliminaryLevel', render: levelText },
  { title: a.raiseReasons, dataIndex: 'raiseReasons', render: (v: string[]) => (v.length ? v.map((r) => L.raiseReasons[r] ?? r).join('、') : '—') },
  { title: a.domains, dataIndex: 'domainScores', render: domainText },
  { title: a.nextDue, dataIndex: 'nextDueOn', render: day },
  { title: a.assessedBy, dataIndex: 'assessedBy' },
];

/** 能力评估: the elder's assessments, newest first, and the 26-item sheet for a new one. */
export function ElderAssessments({ file }: { file: ElderFile }) {
  const user = useCurrentUser();
  const [open, setOpen] = useState(false);
  const [result, setResult] = useState<AssessmentRecord | null>(null);
  const mayAssess = hasAnyRole(user, ASSESSMENT_RECORDERS) && !file.deceasedOn;
  return (
    <Card
      title={L.elder.assessments}
      size="small"
      data-testid="elder-assessments"
      extra={mayAssess && !open && <Button onClick={() => { setResult(null); setOpen(true); }}>{L.elder.assess}</Button>}
    >
      {result && <Alert type="success" showIcon role="status" title={a.recorded(levelText(result.level), result.totalScore)} style={{ marginBottom: 16 }} />}
      {open && (
        <AssessmentForm
          elderId={file.id}
          onDone={(recorded) => {
            setResult(recorded);
            setOpen(false);
          }}
        />
      )}
      {file.assessments.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={L.elder.noAssessments} />
      ) : (
        <Table<AssessmentRecord> rowKey="id" size="small" dataSource={file.assessments} columns={columns} pagination={false} scroll={{ x: 'max-content' }} />
      )}
    </Card>
  );
}
