// The annual report as one self-contained HTML file: inline CSS, inline SVG charts, no script and
// nothing fetched, so it can be mailed, archived and printed as it is. Pure: the same report gives
// the same text.
import { barChartSvg, type Chart } from './charts';
import { cellText, isFigure, type AnnualReport, type Cell, type Chapter, type Section, type Table } from './report-model';
import { REPORT_TEXT, SOURCE_NAMES } from './zh-CN';

export function escapeHtml(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');
}

function htmlCell(cell: Cell, first: boolean): string {
  const value = escapeHtml(cellText(cell));
  if (first) return `<th scope="row">${value}</th>`;
  return isFigure(cell) ? `<td class="num">${value}</td>` : `<td>${value}</td>`;
}

function htmlTable(table: Table, number: string): string {
  const caption = `<caption><span class="no">${escapeHtml(number)}</span> ${escapeHtml(table.caption)}</caption>`;
  const note = table.note ? `\n<p class="note">${REPORT_TEXT.note}${escapeHtml(table.note)}</p>` : '';
  if (table.rows.length === 0) return `<table>${caption}<tbody><tr><td class="empty">${REPORT_TEXT.noTables}</td></tr></tbody></table>${note}`;
  const head = `<thead><tr>${table.headers.map((h) => `<th scope="col">${escapeHtml(h)}</th>`).join('')}</tr></thead>`;
  const body = table.rows.map((row) => `<tr>${row.map((cell, i) => htmlCell(cell, i === 0)).join('')}</tr>`).join('\n');
  return `<table>${caption}${head}<tbody>\n${body}\n</tbody></table>${note}`;
}

function htmlChart(chart: Chart, number: string): string {
  return `<figure id="${escapeHtml(chart.key)}">${barChartSvg(chart)}<figcaption>${escapeHtml(`${number} ${chart.title}${REPORT_TEXT.unit(chart.unit)}`)}</figcaption></figure>`;
}

function htmlSection(section: Section, heading: string, numberOf: (index: number) => string): string {
  const source = `<p class="source">${REPORT_TEXT.source}${escapeHtml(SOURCE_NAMES[section.source] ?? section.source)}</p>`;
  const lead = section.lead ? `<p class="lead">${escapeHtml(section.lead)}</p>` : '';
  const head = `<section id="${escapeHtml(section.key)}">${heading}${source}${lead}`;
  if (section.unavailable !== undefined) {
    return `${head}<p class="unavailable"><strong>${REPORT_TEXT.unavailable}</strong>。${REPORT_TEXT.unavailableReasonPrefix}${escapeHtml(section.unavailable)}</p></section>`;
  }
  return `${head}\n${section.tables.map((t, i) => htmlTable(t, numberOf(i))).join('\n')}\n</section>`;
}

function htmlChapter(chapter: Chapter, chapterNo: number): string {
  let first = 1;
  const sections = chapter.sections.map((section, s) => {
    const from = first;
    first += section.tables.length;
    return htmlSection(section, `<h4>${s + 1}. ${escapeHtml(section.title)}</h4>`, (i) => REPORT_TEXT.tablePrefix(chapterNo, from + i));
  });
  const charts = (chapter.charts ?? []).map((chart, i) => htmlChart(chart, REPORT_TEXT.chartPrefix(chapterNo, i + 1)));
  const notes = (chapter.notes ?? []).map((n) => `<p class="note">${REPORT_TEXT.note}${escapeHtml(n)}</p>`);
  return [`<section class="chapter" id="chapter-${escapeHtml(chapter.key)}"><h3>${escapeHtml(chapter.title)}</h3>`, ...sections, ...charts, ...notes, '</section>'].join('\n');
}

const STYLE = `body{font-family:"Noto Sans CJK SC","Noto Sans SC","Source Han Sans SC","Microsoft YaHei",sans-serif;max-width:70rem;margin:2rem auto;padding:0 1.2rem;color:#222;line-height:1.6}
h1{text-align:center;font-size:1.7rem;margin-bottom:.4rem}h2{font-size:1.35rem;border-bottom:2px solid #b8322a;padding-bottom:.2rem;margin-top:2.2rem}
h3{font-size:1.2rem;margin-top:1.8rem}h4{font-size:1.05rem;margin:1.2rem 0 .2rem}.meta{text-align:center;color:#555;margin:.1rem 0;font-size:.92rem}.sample{color:#b8322a;font-weight:600}
table{border-collapse:collapse;margin:.4rem 0 1.2rem;min-width:26rem}caption{text-align:left;font-weight:600;padding:.3rem 0}.no{color:#b8322a}
th,td{border:1px solid #bbb;padding:.22rem .6rem}thead th{background:#f4e9e7}td.num{text-align:right;font-variant-numeric:tabular-nums;white-space:nowrap}
th[scope=row]{text-align:left;font-weight:normal}.source{color:#666;font-size:.88rem;margin:0}.note{color:#555;font-size:.88rem;margin:-.8rem 0 1rem}
.chapter>.note{margin:.4rem 0}.lead{margin:.4rem 0 .8rem}.unavailable{background:#fff4e5;border-left:4px solid #f0a020;padding:.5rem .8rem}.empty{text-align:left;color:#666}
#appendix th[scope=row]{min-width:13em}#appendix td:nth-child(2){white-space:nowrap}#appendix td:last-child{min-width:20em;font-size:.9rem}
figure{margin:.8rem 0 1.4rem}figcaption{font-weight:600;font-size:.95rem}svg.chart text{fill:#222}`;

/** The whole report as one HTML document. */
export function renderHtml(report: AnnualReport): string {
  const title = escapeHtml(REPORT_TEXT.title(report.year));
  const appendix = report.appendix ? htmlSection(report.appendix, `<h2>${escapeHtml(report.appendix.title)}</h2>`, (i) => REPORT_TEXT.appendixTablePrefix(i + 1)) : '';
  return `<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>${title}</title>
<style>
${STYLE}
</style>
</head>
<body>
<h1>${title}</h1>
<p class="meta">${escapeHtml(REPORT_TEXT.scope(report.division))}</p>
<p class="meta">${escapeHtml(REPORT_TEXT.generated(report.generatedAt, report.year))}</p>
<p class="meta">${escapeHtml(REPORT_TEXT.units)}</p>${report.sample ? `\n<p class="meta sample">${escapeHtml(REPORT_TEXT.sample)}</p>` : ''}
<h2>${escapeHtml(REPORT_TEXT.partOne)}</h2>
${report.chapters.map((c, i) => htmlChapter(c, i + 1)).join('\n')}
${appendix}
</body>
</html>
`;
}
