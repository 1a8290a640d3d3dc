import { Card, Col, Row, Statistic, Tooltip } from 'antd';
import { wanYuan, yuan } from '../../format';
import { td } from './dashboard.zh-CN';
import { lastOf, sumOf, valuesOf, type Dashboard } from './figures';

interface Props {
  dashboards: ReadonlyArray<Dashboard | undefined>;
  months: string[];
}

const PAID_PROGRAMMES = ['DIBAO', 'TEKUN', 'HIGH_AGE', 'SERVICE_SUBSIDY', 'CHILD_ALLOWANCE', 'CANTEEN'];

/** The totals above the charts: the caseloads at the last month's end, the range's starts, stops and money. */
export function SummaryCards({ dashboards, months }: Props) {
  const c = td.cards;
  const last = months[months.length - 1] ?? '';
  const caseload = (programme: string) => lastOf(valuesOf(dashboards, programme, 'CASELOAD', months));
  const summed = (programmes: string[], measure: 'STARTED' | 'STOPPED' | 'PAID') => sumOf(programmes.map((p) => sumOf(valuesOf(dashboards, p, measure, months))));
  const paid = summed(PAID_PROGRAMMES, 'PAID');
  const cards = [
    { key: 'dibao', title: c.dibao, value: String(caseload('DIBAO')), note: c.atMonthEnd(last) },
    { key: 'tekun', title: c.tekun, value: String(caseload('TEKUN')), note: c.atMonthEnd(last) },
    { key: 'highAge', title: c.highAge, value: String(caseload('HIGH_AGE')), note: c.atMonthEnd(last) },
    { key: 'children', title: c.children, value: String(caseload('CHILD_LEDGER')), note: c.atMonthEnd(last) },
    { key: 'diners', title: c.diners, value: String(caseload('CANTEEN')), note: last },
    { key: 'started', title: c.started, value: String(summed(['DIBAO', 'TEKUN'], 'STARTED')), note: c.overRange },
    { key: 'stopped', title: c.stopped, value: String(summed(['DIBAO', 'TEKUN'], 'STOPPED')), note: c.overRange },
    { key: 'paid', title: c.paid, value: wanYuan(paid), note: yuan(paid) },
  ];
  return (
    <Row gutter={[12, 12]}>
      {cards.map((card) => (
        <Col key={card.key} flex="1 1 120px">
          <Card size="small" data-figure={card.key}>
            <Tooltip title={card.note}>
              <Statistic title={card.title} value={card.value} styles={{ content: { fontSize: 22 } }} />
            </Tooltip>
          </Card>
        </Col>
      ))}
    </Row>
  );
}
