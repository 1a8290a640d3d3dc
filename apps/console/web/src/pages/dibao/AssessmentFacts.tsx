import { Descriptions, Tag } from 'antd';
import type { components } from '../../api/generated/social-assistance';
import { labelOf } from '../../components/assistance/case-status';
import { yearMonth, yuan } from '../../format';
import { t } from '../../locale/zh-CN';

const td = t.dibao;

type Assessment = components['schemas']['AssessmentResponse'];

/**
 * The service's assessment of the household for the month it judged: eligible or not (and why),
 * and the monthly benefit (差额补助 plus 分类施保 add-ons), in yuan.
 */
export function AssessmentFacts({ assessment }: { assessment: Assessment }) {
  return (
    <Descriptions
      bordered
      size="small"
      column={1}
      data-testid="assessment"
      style={{ marginBottom: 16 }}
      items={[
        { key: 'month', label: td.assessmentMonth, children: yearMonth(assessment.month) },
        {
          key: 'eligible',
          label: td.eligible,
          children: assessment.eligible ? <Tag color="green">{td.eligibleYes}</Tag> : <Tag color="red">{td.eligibleNo}</Tag>,
        },
        ...(assessment.eligible ? [] : [{ key: 'why', label: td.ineligibility, children: labelOf(td.ineligibilities, assessment.ineligibility) }]),
        { key: 'benefit', label: td.benefit, children: <strong data-testid="benefit">{yuan(assessment.benefitFen)}</strong> },
      ]}
    />
  );
}
