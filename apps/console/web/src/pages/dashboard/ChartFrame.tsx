import { Card } from 'antd';
import ReactEChartsCore from 'echarts-for-react/lib/core';
import type { ReactNode } from 'react';
import { echarts } from './echarts';

interface Props {
  /** Names the chart in the page (data-chart). */
  id: string;
  title: string;
  extra?: ReactNode;
  /** The numbers drawn, as the wrapper's data-values: what the chart shows can be read back exactly. */
  values: unknown;
  option: object;
  onEvents?: Record<string, (params: never) => void>;
}

/** A chart of the dashboard in its card, drawn in SVG with the parts of ./echarts. */
export function ChartFrame({ id, title, extra, values, option, onEvents }: Props) {
  return (
    <Card size="small" title={title} extra={extra}>
      <div data-chart={id} data-values={JSON.stringify(values)}>
        <ReactEChartsCore echarts={echarts} option={option} notMerge opts={{ renderer: 'svg' }} style={{ height: 280 }} onEvents={onEvents ?? {}} />
      </div>
    </Card>
  );
}
