import type { Problem } from '../src/api/problem';
import { RETURN_FAULT_LABELS, RETURN_FIELD_LABELS } from '../src/pages/payments/payments.zh-CN';
import { returnFileFaults } from '../src/pages/payments/return-problem';
import { isMonth } from '../src/pages/payroll/month-param';

const refusal = (fields: Problem['fields']): Problem => ({ status: 422, code: 'RETURN_FILE.INVALID', fields, extensions: {} });

describe('a refused return file, line by line', () => {
  it.each([
    ['lines.7.amount', 'BAD_AMOUNT', { line: 7, field: 'amount', code: 'BAD_AMOUNT' }],
    ['lines.12.trailer.count', 'TRAILER_COUNT_MISMATCH', { line: 12, field: 'trailer.count', code: 'TRAILER_COUNT_MISMATCH' }],
    ['file', 'encoding', { line: null, field: 'file', code: 'encoding' }],
  ])('reads %s as its line and field', (field, code, expected) => {
    expect(returnFileFaults(refusal([{ field, code, message: 'x' }]))).toEqual([expected]);
  });

  it('has a Chinese label for every field and fault the service names', () => {
    for (const field of ['reference', 'status', 'amount', 'valueDate', 'recordType', 'trailer.count', 'trailer.total', 'file']) expect(RETURN_FIELD_LABELS[field]).toMatch(/[\u4e00-\u9fff]/);
    for (const code of ['BAD_AMOUNT', 'BAD_COUNT', 'BAD_DATE', 'BAD_STATUS', 'MISSING_FIELD', 'NO_HEADER', 'NO_TRAILER', 'TRAILER_COUNT_MISMATCH', 'TRAILER_TOTAL_MISMATCH', 'UNKNOWN_RECORD_TYPE']) {
      expect(RETURN_FAULT_LABELS[code]).toMatch(/[\u4e00-\u9fff]/);
    }
  });
});

describe('the month of 发放名册 and 一卡通代发', () => {
  it.each([
    ['2024-08', true],
    ['2024-12', true],
    ['2024-13', false],
    ['2024-00', false],
    ['2024-8', false],
    ['', false],
    [null, false],
  ])('%s is a month: %s', (value, expected) => {
    expect(isMonth(value)).toBe(expected);
  });
});
