import { domainMax, fullMarks, runningTotal, SHEET } from '../src/pages/elders/assessment-sheet';
import { importFormatOf, withLineText } from '../src/pages/elders/import-lines';
import { visitInstant } from '../src/pages/elders/visit-time';

describe('the ability assessment sheet (GB/T 42195-2022)', () => {
  it('has 26 items in 4 domains of 32, 15, 28 and 15 points', () => {
    expect(SHEET.reduce((n, d) => n + d.items.length, 0)).toBe(26);
    expect(SHEET.map((d) => domainMax(d.domain))).toEqual([32, 15, 28, 15]);
  });

  it('starts at full marks, 90, and totals what the form holds', () => {
    expect(runningTotal(fullMarks() as never)).toBe(90);
    expect(runningTotal({ selfCare: { eating: 2, grooming: null }, basicMobility: { stairs: 3 } })).toBe(5);
    expect(runningTotal(undefined)).toBe(0);
  });
});

describe('the registry import as shown', () => {
  it('sends JSON lines when the list starts with an object, CSV otherwise', () => {
    expect(importFormatOf('\n{"residentId":"x"}\n')).toBe('application/x-ndjson');
    expect(importFormatOf('residentId,name,region,local\n')).toBe('text/csv');
  });

  it('puts each verdict beside its line, resident IDs masked', () => {
    const text = 'residentId,name,region,local\n11010519400303001X,王秀英,110105001001,是\nbad';
    expect(withLineText(text, [{ line: 2, status: 'ACCEPTED' }, { line: 3, status: 'REFUSED', reason: 'MALFORMED' }])).toEqual([
      { line: 2, status: 'ACCEPTED', content: '110***********001X,王秀英,110105001001,是' },
      { line: 3, status: 'REFUSED', reason: 'MALFORMED', content: 'bad' },
    ]);
  });
});

describe('the visit time as typed', () => {
  it('is Beijing time with its offset, or nothing (the service takes now)', () => {
    expect(visitInstant('2024-07-20 09:00')).toBe('2024-07-20T09:00:00+08:00');
    expect(visitInstant(' ')).toBeUndefined();
    expect(visitInstant('20/07/2024')).toBeUndefined();
  });
});
