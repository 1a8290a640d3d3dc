import { purposeCounts } from './assessment-purpose.rule';

describe('purposeCounts', () => {
  it.each<[string, { purpose: string | null; n: number }[], number[], number]>([
    ['no assessments', [], [0, 0, 0], 0],
    [
      'home beds and institution admissions',
      [
        { purpose: 'HOME_BED', n: 533 },
        { purpose: 'INSTITUTION', n: 577 },
      ],
      [533, 0, 577],
      0,
    ],
    [
      'assessments from before the purpose was recorded',
      [
        { purpose: 'HOME_SERVICE', n: 3 },
        { purpose: null, n: 12 },
      ],
      [0, 3, 0],
      12,
    ],
  ])('%s', (_case, rows, counts, unrecorded) => {
    const result = purposeCounts(rows);
    expect(result.byPurpose.map((p) => p.assessments)).toEqual(counts);
    expect(result.unrecorded).toBe(unrecorded);
  });

  it('labels each purpose in Chinese, in a fixed order', () => {
    expect(purposeCounts([]).byPurpose.map((p) => [p.purpose, p.label])).toEqual([
      ['HOME_BED', '家庭养老床位'],
      ['HOME_SERVICE', '居家服务'],
      ['INSTITUTION', '机构入住'],
    ]);
  });
});
