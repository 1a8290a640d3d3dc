// The annual report as Markdown: the same chapters, sections and numbered tables as the HTML,
// without the charts (Markdown has none; the HTML and the workbook are the bureau's copies). Pure.
import { cellText, isFigure, type AnnualReport, type Section, type Table } from './report-model';
import { REPORT_TEXT, SOURCE_NAMES } from './zh-CN';

function mdCell(value: string): string {
  return value.replace(/\\/g, '\\\\').replace(/\|/g, '\\|').replace(/\r?\n/g, ' ');
}

function mdTable(table: Table, number: string): string {
  const lines = [`**${mdCell(`${number} ${table.caption}`)}**`, ''];
  if (table.rows.length === 0) return [...lines, REPORT_TEXT.noTables, ''].join('\n');
  const numeric = table.headers.map((_h, i) => i > 0 && table.rows.some((r) => r[i] !== undefined && isFigure(r[i])));
  lines.push(`| ${table.headers.map(mdCell).join(' | ')} |`);
  lines.push(`| ${numeric.map((n) => (n ? '---:' : '---')).join(' | ')} |`);
  for (const row of table.rows) lines.push(`| ${row.map((c) => mdCell(cellText(c))).join(' | ')} |`);
  if (table.note) lines.push('', `${REPORT_TEXT.note}${mdCell(table.note)}`);
  return [...lines, ''].join('\n');
}

function mdSection(section: Section, heading: string, numberOf: (index: number) => string): string {
  const lead = section.lead ? `\n${mdCell(section.lead)}\n` : '';
  const head = `${heading} ${section.title}\n\n_${REPORT_TEXT.source}${SOURCE_NAMES[section.source] ?? section.source}_\n${lead}`;
  if (section.unavailable !== undefined) return `${head}\n> **${REPORT_TEXT.unavailable}**：${mdCell(section.unavailable)}\n`;
  return `${head}\n${section.tables.map((t, i) => mdTable(t, numberOf(i))).join('\n')}`;
}

export function renderMarkdown(report: AnnualReport): string {
  const parts = [
    `# ${REPORT_TEXT.title(report.year)}`,
    '',
    REPORT_TEXT.scope(report.division),
    '',
    REPORT_TEXT.generated(report.generatedAt, report.year),
    REPORT_TEXT.units,
    ...(report.sample ? ['', `**${REPORT_TEXT.sample}**`] : []),
    '',
    `## ${REPORT_TEXT.partOne}`,
    '',
  ];
  report.chapters.forEach((chapter, c) => {
    parts.push(`### ${chapter.title}`, '');
    let first = 1;
    chapter.sections.forEach((section, s) => {
      const from = first;
      parts.push(mdSection(section, `#### ${s + 1}.`, (i) => REPORT_TEXT.tablePrefix(c + 1, from + i)));
      first += section.tables.length;
    });
    for (const note of chapter.notes ?? []) parts.push(`${REPORT_TEXT.note}${mdCell(note)}`, '');
  });
  if (report.appendix) parts.push(mdSection(report.appendix, '##', (i) => REPORT_TEXT.appendixTablePrefix(i + 1)));
  return parts.join('\n').replace(/\n{3,}/g, '\n\n').trimEnd() + '\n';
}
