import { encode } from 'iconv-lite';
import { residentIdCheckChar } from '@app/common/resident-id/resident-id';
import { InvalidEncodingError } from '@app/common/text/charsets';
import { blockChecker, type CheckContext } from './block-check';

const HEADER = 'recordType,residentId,name,eventDate,reference,ethnicity,placeOfDeath,disposal,destination';
const COVERED = '11010519491231002X';
const OTHER = `11010519700707051${residentIdCheckChar('11010519700707051')}`;
const death = (id: string, name = '王秀英') => `DEATH,${id},${name},2024-08-10,注销-1,HAN,家中,CREMATION,`;
const context = (over: Partial<CheckContext> = {}): CheckContext => ({
  format: 'csv',
  dataSet: 'HOUSEHOLD_REGISTRATION',
  charset: 'UTF-8',
  today: '2024-09-05',
  asOf: '2024-08-31',
  headerLine: null,
  covered: new Set([COVERED]),
  ...over,
});
const utf8 = (...lines: string[]) => Buffer.from(`${lines.join('\n')}\n`);

describe('blockChecker', () => {
  it('reads the header in the file’s first block and stages refusals and covered people with their line numbers', () => {
    const verdicts = blockChecker(context())(utf8(`\uFEFF${HEADER}`, death(OTHER), '', death(COVERED), 'DEATH,110105195003120021,钱某,2024-08-13,注销-2,HAN,家中,CREMATION,'), 1);
    expect(verdicts).toMatchObject({ lines: 5, records: 3, refused: 1, headerLine: HEADER, fileRefusal: null });
    const rows = verdicts.rows.split('\n');
    expect(rows).toHaveLength(3);
    expect(rows[0]).toBe(`4\tDEATH\t${COVERED}\t王秀英\t2024-08-10\t2024-08\t\\N\t注销-1\t2024-08-10\t{"ethnicity":"HAN","placeOfDeath":"家中","disposal":"CREMATION"}`);
    expect(rows[1]).toMatch(/^5\tREFUSED\t.*"code":"INVALID_RESIDENT_ID"/);
    expect(rows[2]).toBe('');
  });

  it('reads a later block by the header it is given, numbering from its first line', () => {
    const verdicts = blockChecker(context({ headerLine: HEADER }))(utf8(death(OTHER), death(COVERED, '李四')), 11_001);
    expect(verdicts).toMatchObject({ lines: 2, records: 2, refused: 0, headerLine: null });
    expect(verdicts.rows).toMatch(/^11002\tDEATH\t11010519491231002X\t李四\t/);
  });

  it('decodes GBK blocks', () => {
    const verdicts = blockChecker(context({ charset: 'GBK', headerLine: HEADER }))(encode(`${death(COVERED, '孙秀兰')}\r\n`, 'gbk'), 2);
    expect(verdicts.rows).toMatch(/^2\tDEATH\t11010519491231002X\t孙秀兰\t/);
  });

  it('refuses the whole file on a wrong header, and a block not valid in its charset', () => {
    expect(blockChecker(context())(utf8('recordType,residentId', death(COVERED)), 1).fileRefusal).toMatchObject({ code: 'HEADER_MISMATCH', field: 'name' });
    expect(() => blockChecker(context({ headerLine: HEADER }))(encode(`${death(COVERED, '孙某')}\n`, 'gbk'), 2)).toThrow(InvalidEncodingError);
  });

  it('reads NDJSON blocks without a header', () => {
    const line = JSON.stringify({ recordType: 'MOVE_OUT', residentId: COVERED, name: '王秀英', eventDate: '2024-08-15', reference: '迁出-1', destination: '广东省深圳市' });
    const verdicts = blockChecker(context({ format: 'ndjson' }))(utf8(line, '{"not":"closed"'), 40);
    expect(verdicts).toMatchObject({ lines: 2, records: 2, refused: 1 });
    expect(verdicts.rows).toMatch(/^40\tMOVE_OUT\t11010519491231002X\t王秀英\t2024-08-15\t2024-08\t/);
  });
});
