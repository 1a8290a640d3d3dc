import { tallyByKey, type KeyedSum } from './programme-figures.rule';

const STAGES = ['PRESCHOOL', 'COMPULSORY', 'SENIOR_HIGH', 'VOCATIONAL'] as const;

describe('tallyByKey', () => {
  it.each<[string, KeyedSum[], Record<string, [number, number]>, [number, number]]>([
    ['no rows: every stage at zero', [], { PRESCHOOL: [0, 0], COMPULSORY: [0, 0], SENIOR_HIGH: [0, 0], VOCATIONAL: [0, 0] }, [0, 0]],
    [
      'database strings become numbers',
      [{ key: 'COMPULSORY', count: '3', amountFen: '150000' }, { key: 'VOCATIONAL', count: 1, amountFen: 100000 }],
      { PRESCHOOL: [0, 0], COMPULSORY: [3, 150000], SENIOR_HIGH: [0, 0], VOCATIONAL: [1, 100000] },
      [4, 250000],
    ],
    [
      'two rows of one key add up',
      [{ key: 'PRESCHOOL', count: 2, amountFen: 60000 }, { key: 'PRESCHOOL', count: 1, amountFen: 30000 }],
      { PRESCHOOL: [3, 90000], COMPULSORY: [0, 0], SENIOR_HIGH: [0, 0], VOCATIONAL: [0, 0] },
      [3, 90000],
    ],
  ])('%s', (_, rows, byKey, total) => {
    const tally = tallyByKey(STAGES, rows);
    expect(Object.fromEntries(Object.entries(tally.byKey).map(([k, t]) => [k, [t.count, t.amountFen]]))).toEqual(byKey);
    expect([tally.total.count, tally.total.amountFen]).toEqual(total);
  });

  it('refuses a key it cannot label', () => {
    expect(() => tallyByKey(STAGES, [{ key: 'UNIVERSITY', count: 1, amountFen: 1 }])).toThrow(RangeError);
  });
});
