import { lineFileFormat } from './line-file-format';

describe('lineFileFormat', () => {
  it.each([
    ['text/csv', 'csv'],
    ['text/csv; charset=GBK', 'csv'],
    ['application/x-ndjson', 'ndjson'],
    ['Application/JSONL', 'ndjson'],
    ['application/x-jsonlines; charset=utf-8', 'ndjson'],
    ['application/json', null],
    [undefined, null],
  ])('%s → %s', (contentType, format) => {
    expect(lineFileFormat(contentType)).toBe(format);
  });
});
