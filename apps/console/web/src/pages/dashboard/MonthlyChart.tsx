import { wanYuan, yuan } from '../../format';
import { td } from './dashboard.zh-CN';
import { ChartFrame } from './ChartFrame';

export interface ChartLine {
  /** `PROGRAMME.MEASURE`: names the line in the chart's data attribute and in a click. */
  key: string;
  name: string;
  values: number[];
  color: string;
  stack?: string;
}

interface Props {
  id: string;
  title: string;
  months: string[];
  lines: ChartLine[];
  unit: 'COUNT' | 'FEN';
  /** A click on a month's bar of a line; absent, the bars lead nowhere. */
  onBarClick?: (key: string, month: string) => void;
}

interface AxisParam {
  marker: string;
  seriesName: string;
  value: number;
  axisValue: string;
}

/**
 * Monthly bars of one or more programmes. Counts read as they are; money travels in fen and reads
 * in 万元 on the axis and in 元 in the tooltip.
 */
export function MonthlyChart({ id, title, months, lines, unit, onBarClick }: Props) {
  const money = unit === 'FEN';
  const format = (v: number) => (money ? yuan(Math.round(v)) : String(v));
  const option = {
    animation: false,
    color: lines.map((l) => l.color),
    grid: { left: 16, right: 16, top: money ? 52 : 40, bottom: 8, containLabel: true },
    legend: { top: 0, type: 'scroll' },
    tooltip: {
      trigger: 'axis',
      axisPointer: { type: 'shadow' },
      formatter: (params: AxisParam[]) => [params[0]?.axisValue, ...params.map((p) => `${p.marker}${p.seriesName}：${format(p.value)}`)].join('<br/>'),
    },
    xAxis: { type: 'category', data: months },
    yAxis: { type: 'value', name: money ? td.charts.yuanAxis : undefined, minInterval: 1, axisLabel: { formatter: (v: number) => (money ? wanYuan(Math.round(v)).replace('万元', '') : String(v)) } },
    series: lines.map((l) => ({ id: l.key, name: l.name, type: 'bar', data: l.values, stack: l.stack, cursor: onBarClick ? 'pointer' : 'default', emphasis: { focus: 'series' } })),
  };
  return (
    <ChartFrame
      id={id}
      title={title}
      extra={onBarClick ? td.charts.drillHint : undefined}
      values={Object.fromEntries(lines.map((l) => [l.key, l.values]))}
      option={option}
      onEvents={onBarClick ? { click: (p: { seriesId: string; name: string }) => onBarClick(p.seriesId, p.name) } : undefined}
    />
  );
}
