import { RISK_TIER_LABELS } from '../person/labels/child-welfare.zh-CN';
import { td } from './dashboard.zh-CN';
import { ChartFrame } from './ChartFrame';

const TIERS = ['RED', 'ORANGE', 'GREEN'] as const;
/** The tiers' colours (Ant Design's red, orange and green of the ledger's tags, darker); a bar is found by its colour. */
const TIER_COLORS: Readonly<Record<(typeof TIERS)[number], string>> = { RED: '#cf1322', ORANGE: '#d46b08', GREEN: '#389e0d' };

interface Props {
  counts: Readonly<Record<(typeof TIERS)[number], number | null>>;
  onTierClick: (tier: string) => void;
}

/** Today's active children by risk tier; a bar leads to the ledger (儿童台账) of that tier. */
export function TierChart({ counts, onTierClick }: Props) {
  const option = {
    animation: false,
    grid: { left: 16, right: 24, top: 16, bottom: 8, containLabel: true },
    tooltip: { trigger: 'item', formatter: (p: { name: string; value: number }) => `${p.name}：${p.value} ${td.charts.person}<br/>${td.charts.drillHint}` },
    xAxis: { type: 'category', data: TIERS.map((t) => RISK_TIER_LABELS[t]), axisLabel: { interval: 0, fontSize: 11 } },
    yAxis: { type: 'value', minInterval: 1 },
    series: [
      {
        type: 'bar',
        cursor: 'pointer',
        barMaxWidth: 56,
        label: { show: true, position: 'top' },
        data: TIERS.map((t) => ({ value: counts[t] ?? 0, itemStyle: { color: TIER_COLORS[t] } })),
      },
    ],
  };
  return <ChartFrame id="tiers" title={td.charts.tiers} values={counts} option={option} onEvents={{ click: (p: { dataIndex: number }) => onTierClick(TIERS[p.dataIndex]) }} />;
}
