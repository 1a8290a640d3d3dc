// Dead letters as a table for a terminal: fixed columns, the error cut to fit, Chinese characters
// counted as two columns wide as a terminal shows them. Pure.
import type { DeadLetterSummary } from './dead-letters';

const ERROR_WIDTH = 60;

/** Columns a string takes in a terminal: East Asian wide and full-width characters take two. */
export function displayWidth(text: string): number {
  let width = 0;
  for (const char of text) {
    const code = char.codePointAt(0)!;
    const wide =
      (code >= 0x1100 && code <= 0x115f) ||
      (code >= 0x2e80 && code <= 0xa4cf) ||
      (code >= 0xac00 && code <= 0xd7a3) ||
      (code >= 0xf900 && code <= 0xfaff) ||
      (code >= 0xfe30 && code <= 0xfe4f) ||
      (code >= 0xff00 && code <= 0xff60) ||
      (code >= 0xffe0 && code <= 0xffe6) ||
      (code >= 0x20000 && code <= 0x3fffd);
    width += wide ? 2 : 1;
  }
  return width;
}

function cut(text: string, width: number): string {
  const oneLine = text.replace(/\s+/g, ' ').trim();
  if (displayWidth(oneLine) <= width) return oneLine;
  let out = '';
  for (const char of oneLine) {
    if (displayWidth(out + char) > width - 1) break;
    out += char;
  }
  return `${out}…`;
}

const pad = (text: string, width: number) => text + ' '.repeat(Math.max(0, width - displayWidth(text)));

/** The dead letters as rows under a header, with a last line counting them (and what was done, if anything). */
export function deadLetterTable(letters: readonly DeadLetterSummary[], done?: string): string {
  const header = ['messageId', 'type', 'reason', 'retries', 'failedAt', 'error'];
  const rows = letters.map((l) => [l.messageId, l.type || l.originalRoutingKey, l.reason, String(l.retries), l.failedAt, cut(l.error, ERROR_WIDTH)]);
  const widths = header.map((h, i) => Math.max(displayWidth(h), ...rows.map((r) => displayWidth(r[i]))));
  const line = (cells: string[]) => cells.map((c, i) => (i === cells.length - 1 ? c : pad(c, widths[i]))).join('  ').trimEnd();
  const count = `${letters.length} dead letter${letters.length === 1 ? '' : 's'}${done ? ` ${done}` : ''}`;
  if (letters.length === 0) return count;
  return [line(header), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line), count].join('\n');
}
