// The one reading of an upload's Content-Type for the line-by-line imports (elders, payee
// accounts, other departments' files): CSV with a header line, or JSON lines under any of the
// names in use for them.

export type LineFileFormat = 'csv' | 'ndjson';

const JSON_LINES = ['application/x-ndjson', 'application/jsonl', 'application/x-jsonlines'];

/** The format a Content-Type names (parameters such as charset ignored), or null for any other. */
export function lineFileFormat(contentType: string | undefined): LineFileFormat | null {
  const type = (contentType ?? '').split(';')[0].trim().toLowerCase();
  if (type === 'text/csv') return 'csv';
  return JSON_LINES.includes(type) ? 'ndjson' : null;
}
