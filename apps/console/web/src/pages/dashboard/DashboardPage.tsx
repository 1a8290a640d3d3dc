import { Card, Col, Row, Space, Spin, Typography } from 'antd';
import { useNavigate } from 'react-router-dom';
import { ProblemAlert, problemOf } from '../../components/ProblemAlert';
import { useCurrentUser } from '../session/session';
import { PROGRAMME_LABELS, MEASURE_LABELS, SERVICE_LABELS, td } from './dashboard.zh-CN';
import { ledgerPath, seriesPath } from './drill';
import { figureOf, valuesOf, type Dashboard, type Measure } from './figures';
import { MonthlyChart, type ChartLine } from './MonthlyChart';
import { useDashboards } from './queries';
import { monthsBetween, useDashboardRange } from './range';
import { RangeForm } from './RangeForm';
import { SummaryCards } from './SummaryCards';
import { TierChart } from './TierChart';
import { WorkFigures } from './WorkFigures';

const COLORS: Readonly<Record<string, string>> = {
  DIBAO: '#1677ff',
  TEKUN: '#722ed1',
  HIGH_AGE: '#fa8c16',
  SERVICE_SUBSIDY: '#d4b106',
  CHILD_LEDGER: '#13c2c2',
  CHILD_ALLOWANCE: '#52c41a',
  CANTEEN: '#eb2f96',
};
/** Stops in a colour of their own beside the starts of the same programme. */
const STOP_COLORS: Readonly<Record<string, string>> = { DIBAO: '#ff7875', TEKUN: '#f759ab' };
const CASELOADS = ['DIBAO', 'TEKUN', 'HIGH_AGE', 'SERVICE_SUBSIDY', 'CHILD_LEDGER', 'CHILD_ALLOWANCE', 'CANTEEN'];
const PAID = ['DIBAO', 'TEKUN', 'HIGH_AGE', 'SERVICE_SUBSIDY', 'CHILD_ALLOWANCE', 'CANTEEN'];
const WORK = ['AWAITING_INVESTIGATION', 'AWAITING_APPROVAL', 'REVIEWS_DUE', 'SCHOOL_RECHECKS_DUE', 'OVERDUE_VISITS', 'SETTLEMENTS_OPEN'] as const;

function linesOf(dashboards: ReadonlyArray<Dashboard | undefined>, months: string[], programmes: string[], measure: Measure, stack?: string): ChartLine[] {
  return programmes.map((p) => ({
    key: `${p}.${measure}`,
    name: measure === 'CASELOAD' || measure === 'PAID' ? PROGRAMME_LABELS[p] : `${PROGRAMME_LABELS[p]}${MEASURE_LABELS[measure]}`,
    values: valuesOf(dashboards, p, measure, months),
    color: measure === 'STOPPED' ? STOP_COLORS[p] : COLORS[p],
    stack,
  }));
}

/**
 * 数据看板: per division and month, the caseloads of the programmes, 低保 and 特困 starts and stops,
 * the money paid, today's at-risk children by tier and the work waiting. A bar leads to the list
 * it counts (the month's 发放名册, the ledger of a tier, 工作台's list).
 */
export function DashboardPage() {
  const user = useCurrentUser();
  const navigate = useNavigate();
  const { range, setRange } = useDashboardRange();
  const { assistance, elderly, children, canteens } = useDashboards(range);
  const months = monthsBetween(range.from, range.to);
  const all = [assistance.data, elderly.data, children.data, canteens.data];
  const division = range.division ?? user.division;
  const drill = (key: string, month: string) => {
    const path = seriesPath(key.split('.')[0], month, range.division);
    if (path) void navigate(path);
  };
  const failures = [
    ['social-assistance', assistance.error],
    ['elderly-care', elderly.error],
    ['child-welfare', children.error],
    ['canteen', canteens.error],
  ] as const;
  // While a range loads, the previous one stays drawn (keepPreviousData): say so, to eyes and to tests.
  const busy = [assistance, elderly, children, canteens].some((q) => q.isFetching);
  const movement = [...linesOf(all, months, ['DIBAO', 'TEKUN'], 'STARTED', 'started'), ...linesOf(all, months, ['DIBAO', 'TEKUN'], 'STOPPED', 'stopped')];
  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <Card title={td.title} extra={<Typography.Text type="secondary">{td.scope(division, range.from, range.to)}</Typography.Text>}>
        <RangeForm range={range} ownDivision={user.division} onChange={setRange} />
      </Card>
      {failures.map(([service, error]) => (
        <ProblemAlert key={service} problem={problemOf(error)} description={td.unavailable(SERVICE_LABELS[service])} />
      ))}
      <Spin spinning={busy} delay={200}>
        <div aria-busy={busy} data-dashboard={`${division}/${range.from}/${range.to}`}>
          <SummaryCards dashboards={all} months={months} />
          <Row gutter={[12, 12]} style={{ marginTop: 12 }}>
            <Col xs={24} lg={12}>
              <MonthlyChart id="caseload" title={td.charts.caseload} months={months} unit="COUNT" lines={linesOf(all, months, CASELOADS, 'CASELOAD')} onBarClick={drill} />
            </Col>
            <Col xs={24} lg={12}>
              <MonthlyChart id="paid" title={td.charts.paid} months={months} unit="FEN" lines={linesOf(all, months, PAID, 'PAID', 'paid')} onBarClick={drill} />
            </Col>
            <Col xs={24} lg={10}>
              <MonthlyChart id="movement" title={td.charts.movement} months={months} unit="COUNT" lines={movement} />
            </Col>
            <Col xs={24} lg={6}>
              <TierChart
                counts={{ RED: figureOf(all, 'TIER_RED'), ORANGE: figureOf(all, 'TIER_ORANGE'), GREEN: figureOf(all, 'TIER_GREEN') }}
                onTierClick={(tier) => void navigate(ledgerPath(range.division, tier))}
              />
            </Col>
            <Col xs={24} lg={8}>
              <WorkFigures figures={WORK.map((key) => ({ key, value: figureOf(all, key) }))} asOf={assistance.data?.asOf ?? children.data?.asOf} />
            </Col>
          </Row>
        </div>
      </Spin>
    </Space>
  );
}
