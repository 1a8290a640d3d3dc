import { col } from '../columns';
import { readRow } from './read-row.rule';

const TODAY = '2024-09-05';
const columns = [col('residentId', 'residentId'), col('on', 'date'), col('month', 'month'), col('fen', 'fen'), col('area', 'decimal'), col('kind', { oneOf: ['DEATH', 'MOVE_OUT'] }), col('note', 'text', true)];
const good = { residentId: '11010519491231002x', on: '2024-08-10', month: '2024-08', fen: '120000', area: '86.5', kind: 'death', note: '' };

describe('readRow', () => {
  it('reads every kind of column: ID upper-case, fen as a number, enum upper-case, empty optional as null', () => {
    expect(readRow(good, columns, TODAY)).toEqual({
      ok: true,
      values: { residentId: '11010519491231002X', on: '2024-08-10', month: '2024-08', fen: 120_000, area: '86.5', kind: 'DEATH', note: null },
    });
  });

  it('accepts numbers for NDJSON fields', () => {
    expect(readRow({ ...good, fen: 5 }, columns, TODAY)).toMatchObject({ ok: true, values: { fen: 5 } });
  });

  it.each([
    ['residentId', '11010519491231002Y', 'INVALID_RESIDENT_ID'],
    ['on', '2024-02-30', 'INVALID_DATE'],
    ['on', '2024-09-06', 'DATE_IN_FUTURE'],
    ['month', '2024-13', 'INVALID_MONTH'],
    ['fen', '12.5', 'INVALID_AMOUNT'],
    ['fen', '-1', 'INVALID_AMOUNT'],
    ['area', 'abc', 'INVALID_AMOUNT'],
    ['kind', 'BIRTH', 'NOT_ALLOWED'],
    ['residentId', '', 'REQUIRED'],
  ])('%s = %j is refused as %s', (field, value, code) => {
    expect(readRow({ ...good, [field]: value }, columns, TODAY)).toEqual({ ok: false, refusal: expect.objectContaining({ field, code }) });
  });

  it('refuses an object where text belongs', () => {
    expect(readRow({ ...good, note: { a: 1 } }, columns, TODAY)).toEqual({ ok: false, refusal: expect.objectContaining({ field: 'note', code: 'MALFORMED' }) });
  });
});
