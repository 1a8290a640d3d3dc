import { Tag } from 'antd';
import { caseStatusColor, caseStatusLabel } from './case-status';

/** 申请中, 公示中, 已批准 … in the colour of the status. */
export function CaseStatusTag({ status }: { status: string }) {
  return (
    <Tag color={caseStatusColor(status)} data-testid="case-status">
      {caseStatusLabel(status)}
    </Tag>
  );
}
