// Bar charts of the annual report as inline SVG: the HTML stays one self-contained file (no
// script, no font or image to fetch). Horizontal bars, since the labels are Chinese programme
// names longer than a column would hold. Pure.
import { cellText, type FigureKind } from './report-model';
import { REPORT_TEXT } from './zh-CN';

export interface Bar {
  label: string;
  value: number;
}

export interface Chart {
  key: string;
  title: string;
  /** How the values print beside their bars (fen as 万元, a count …). */
  kind: FigureKind;
  /** The unit named under the title, e.g. 万元 or 人. */
  unit: string;
  bars: Bar[];
}

const WIDTH = 760;
const LABEL_WIDTH = 250;
const VALUE_WIDTH = 110;
const BAR_HEIGHT = 20;
const GAP = 10;
const TOP = 16;

function escapeXml(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** The chart as an <svg> element; bars scale to the largest value (a negative one draws as zero). */
export function barChartSvg(chart: Chart): string {
  const area = WIDTH - LABEL_WIDTH - VALUE_WIDTH;
  const max = Math.max(0, ...chart.bars.map((b) => b.value));
  const height = TOP + chart.bars.length * (BAR_HEIGHT + GAP) + GAP;
  const rows = chart.bars.map((bar, i) => {
    const y = TOP + i * (BAR_HEIGHT + GAP);
    const length = max > 0 ? Math.max(bar.value > 0 ? 1 : 0, Math.round((Math.max(bar.value, 0) / max) * area)) : 0;
    const value = cellText({ kind: chart.kind, value: bar.value });
    return [
      `<text x="${LABEL_WIDTH - 8}" y="${y + 15}" text-anchor="end">${escapeXml(bar.label)}</text>`,
      `<rect x="${LABEL_WIDTH}" y="${y}" width="${length}" height="${BAR_HEIGHT}" fill="#b8322a"><title>${escapeXml(`${bar.label} ${value}`)}</title></rect>`,
      `<text x="${LABEL_WIDTH + length + 6}" y="${y + 15}">${escapeXml(value)}</text>`,
    ].join('');
  });
  const label = `${chart.title}${REPORT_TEXT.unit(chart.unit)}`;
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" class="chart" role="img" aria-label="${escapeXml(label)}" width="${WIDTH}" height="${height}" viewBox="0 0 ${WIDTH} ${height}" font-size="13">`,
    `<line x1="${LABEL_WIDTH}" y1="${TOP - 6}" x2="${LABEL_WIDTH}" y2="${height - GAP + 4}" stroke="#888"/>`,
    ...rows,
    '</svg>',
  ].join('\n');
}
