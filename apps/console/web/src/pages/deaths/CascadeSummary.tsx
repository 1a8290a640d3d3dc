import { Card, Col, Row, Statistic, Tag, Typography } from 'antd';
import { yuan } from '../../format';
import type { CascadeOutcome } from './cascade';
import { DEATHS_LABELS as L } from './deaths.zh-CN';

/** 处理结果: what the cascade came to so far — benefits stopped, money to recover, the funeral benefit. */
export function CascadeSummary({ outcome }: { outcome: CascadeOutcome }) {
  return (
    <Row gutter={16} data-testid="cascade-summary">
      <Col xs={24} md={6}>
        <Card title={L.summary.stops} size="small" data-testid="summary-stops">
          {outcome.stops.length > 0 ? outcome.stops.map((stop) => <Tag key={stop} color="red">{stop}</Tag>) : <Typography.Text type="secondary">{L.summary.noStops}</Typography.Text>}
        </Card>
      </Col>
      <Col xs={24} md={6}>
        <Card size="small" data-testid="summary-overpayment">
          <Statistic title={L.summary.overpayment} value={yuan(outcome.overpaymentFen)} />
        </Card>
      </Col>
      <Col xs={24} md={6}>
        <Card size="small" data-testid="summary-funeral-benefit">
          <Statistic title={L.summary.funeralBenefit} value={outcome.funeralBenefitFen === null ? L.summary.funeralPending : yuan(outcome.funeralBenefitFen)} />
        </Card>
      </Col>
      <Col xs={24} md={6}>
        <Card size="small" data-testid="summary-reassessments">
          <Statistic title={L.summary.reassessments} value={L.summary.reassessmentCount(outcome.reassessments)} />
        </Card>
      </Col>
    </Row>
  );
}
