import { coverMonth, DATA_SETS } from '../../data-sets/data-set-catalogue';
import { fileLineReader, headerProblem } from './file-lines.rule';

const TODAY = '2024-09-05';
const PS = DATA_SETS.HOUSEHOLD_REGISTRATION;
const HEADER = 'recordType,residentId,name,eventDate,reference,ethnicity,placeOfDeath,disposal,destination';

describe('headerProblem', () => {
  it('accepts the columns in any order', () => {
    expect(headerProblem(HEADER.split(',').reverse(), PS)).toBeNull();
  });

  it.each([
    [HEADER.replace(',destination', ''), 'destination'],
    [`${HEADER},extra`, 'extra'],
    [`${HEADER},name`, 'name'],
  ])('names the column at fault in %s', (header, field) => {
    expect(headerProblem(header.split(','), PS)).toMatchObject({ code: 'HEADER_MISMATCH', field });
  });
});

describe('fileLineReader', () => {
  it('reads a CSV death and move after the header, skipping blank lines', () => {
    const read = fileLineReader('csv', PS, TODAY);
    expect(read(`\uFEFF${HEADER}`)).toEqual({ kind: 'header' });
    expect(read('  ')).toEqual({ kind: 'skip' });
    expect(read('DEATH,11010519491231002X,王秀英,2024-08-10,注销-1,hui,家中,BURIAL,')).toEqual({
      kind: 'record',
      record: {
        kind: 'DEATH',
        residentId: '11010519491231002X',
        name: '王秀英',
        eventDate: '2024-08-10',
        amountFen: null,
        reference: '注销-1',
        factKey: '2024-08-10',
        details: { ethnicity: 'HUI', placeOfDeath: '家中', disposal: 'BURIAL' },
      },
    });
    expect(read('MOVE_OUT,11010519491231002X,王秀英,2024-08-10,迁出-9,,,,"广东省深圳市, 南山区"')).toMatchObject({
      kind: 'record',
      record: { kind: 'MOVE_OUT', factKey: '迁出-9', details: { destination: '广东省深圳市, 南山区' } },
    });
  });

  it('refuses a line with the wrong number of fields, and a move without a destination', () => {
    const read = fileLineReader('csv', PS, TODAY);
    read(HEADER);
    expect(read('DEATH,11010519491231002X')).toMatchObject({ kind: 'refused', refusal: { code: 'MALFORMED', field: null } });
    expect(read('MOVE_OUT,11010519491231002X,王秀英,2024-08-10,迁出-9,,,,')).toMatchObject({ kind: 'refused', refusal: { code: 'REQUIRED', field: 'destination' } });
  });

  it('refuses the whole file on a wrong header', () => {
    expect(fileLineReader('csv', PS, TODAY)('recordType,residentId')).toMatchObject({ kind: 'file-refused', refusal: { code: 'HEADER_MISMATCH', field: 'name' } });
  });

  it('reads NDJSON lines and refuses what is not an object', () => {
    const read = fileLineReader('ndjson', DATA_SETS.EMPLOYMENT, TODAY);
    const job = { residentId: '110105194407150133', name: '王建国', employer: '某公司', monthlyIncomeFen: 350000, startedOn: '2020-01-01', endedOn: '' };
    expect(read(JSON.stringify(job))).toMatchObject({ kind: 'record', record: { kind: 'EMPLOYMENT_INCOME', amountFen: 350_000, details: { summary: '某公司 月收入3500.00元' } } });
    expect(read(JSON.stringify({ ...job, endedOn: '2024-07-31' }))).toMatchObject({ kind: 'record', record: { kind: 'JOB_LOSS', eventDate: '2024-07-31', factKey: '某公司/2020-01-01/2024-07-31' } });
    expect(read('[1,2]')).toMatchObject({ kind: 'refused', refusal: { code: 'MALFORMED' } });
    expect(read('{oops')).toMatchObject({ kind: 'refused', refusal: { code: 'MALFORMED' } });
  });
});

describe('coverMonth', () => {
  it('is the month of a death or move, and the file’s month for a finding', () => {
    expect(coverMonth('DEATH', '2024-06-30', '2024-08-31')).toBe('2024-06');
    expect(coverMonth('MOVE_OUT', '2024-07-01', '2024-08-31')).toBe('2024-07');
    expect(coverMonth('VEHICLE', '2019-05-06', '2024-08-31')).toBe('2024-08');
  });
});
