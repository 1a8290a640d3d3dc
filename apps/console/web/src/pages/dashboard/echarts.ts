// The parts of ECharts the dashboard draws with, and no more (echarts/core keeps the bundle small).
// SVG: each bar is an element of the page, crisp at any zoom and reachable by the browser tests.
import { BarChart, LineChart } from 'echarts/charts';
import { GridComponent, LegendComponent, TooltipComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { SVGRenderer } from 'echarts/renderers';

echarts.use([BarChart, LineChart, GridComponent, LegendComponent, TooltipComponent, SVGRenderer]);

export { echarts };
