// Markdown and HTML renderings of the annual report. Pure: the same report gives the same text.
import type { AnnualReport, Section, Table } from './report-model';

const TITLE = (year: number): string => `Civil Affairs Bureau — annual summary ${year} (民政工作年度统计)`;

function mdCell(value: string): string {
  return value.replace(/\\/g, '\\\\').replace(/\|/g, '\\|').replace(/\r?\n/g, ' ');
}

function mdTable(table: Table): string {
  const lines = [`**${mdCell(table.caption)}**`, ''];
  if (table.rows.length === 0) return [...lines, '_No figures reported._', ''].join('\n');
  lines.push(`| ${table.headers.map(mdCell).join(' | ')} |`);
  lines.push(`| ${table.headers.map((_h, i) => (i === 0 ? '---' : '---:')).join(' | ')} |`);
  for (const row of table.rows) lines.push(`| ${row.map(mdCell).join(' | ')} |`);
  return [...lines, ''].join('\n');
}

function mdSection(section: Section): string {
  const head = `## ${section.title}\n\n_Source: ${section.source}_\n`;
  if (section.unavailable !== undefined) return `${head}\n> **Not available**: ${mdCell(section.unavailable)}\n`;
  return `${head}\n${section.tables.map(mdTable).join('\n')}`;
}

export function renderMarkdown(report: AnnualReport): string {
  const missing = report.sections.filter((s) => s.unavailable !== undefined).length;
  const intro = [
    `# ${TITLE(report.year)}`,
    '',
    `Generated ${report.generatedAt} from each service's \`GET /api/v1/reports/annual?year=${report.year}\`. Money in yuan; — marks a figure the service did not report.`,
    missing > 0 ? `\n${missing} of ${report.sections.length} sections are not available (see below).` : '',
    '',
  ].join('\n');
  return `${intro}\n${report.sections.map(mdSection).join('\n')}`.replace(/\n{3,}/g, '\n\n').trimEnd() + '\n';
}

export function escapeHtml(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');
}

function htmlTable(table: Table): string {
  const caption = `<caption>${escapeHtml(table.caption)}</caption>`;
  if (table.rows.length === 0) return `<table>${caption}<tbody><tr><td class="empty">No figures reported.</td></tr></tbody></table>`;
  const head = `<thead><tr>${table.headers.map((h) => `<th scope="col">${escapeHtml(h)}</th>`).join('')}</tr></thead>`;
  const body = table.rows.map((row) => `<tr>${row.map((cell, i) => (i === 0 ? `<th scope="row">${escapeHtml(cell)}</th>` : `<td>${escapeHtml(cell)}</td>`)).join('')}</tr>`).join('\n');
  return `<table>${caption}${head}<tbody>\n${body}\n</tbody></table>`;
}

function htmlSection(section: Section): string {
  const head = `<section id="${escapeHtml(section.key)}"><h2>${escapeHtml(section.title)}</h2><p class="source">Source: ${escapeHtml(section.source)}</p>`;
  if (section.unavailable !== undefined) return `${head}<p class="unavailable"><strong>Not available</strong>: ${escapeHtml(section.unavailable)}</p></section>`;
  return `${head}\n${section.tables.map(htmlTable).join('\n')}\n</section>`;
}

const STYLE = `body{font-family:system-ui,"Noto Sans CJK SC",sans-serif;max-width:60rem;margin:2rem auto;padding:0 1rem;color:#222}
table{border-collapse:collapse;margin:0 0 1.5rem;min-width:24rem}caption{text-align:left;font-weight:600;padding:.3rem 0}
th,td{border:1px solid #ccc;padding:.25rem .6rem}td{text-align:right;font-variant-numeric:tabular-nums}th[scope=row]{text-align:left;font-weight:normal}
.source{color:#666;font-size:.9rem}.unavailable{background:#fff4e5;border-left:4px solid #f0a020;padding:.5rem .8rem}.empty{text-align:left;color:#666}`;

export function renderHtml(report: AnnualReport): string {
  return `<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>${escapeHtml(TITLE(report.year))}</title>
<style>
${STYLE}
</style>
</head>
<body>
<h1>${escapeHtml(TITLE(report.year))}</h1>
<p>Generated ${escapeHtml(report.generatedAt)} from each service's <code>GET /api/v1/reports/annual?year=${report.year}</code>. Money in yuan; — marks a figure the service did not report.</p>
${report.sections.map(htmlSection).join('\n')}
</body>
</html>
`;
}
