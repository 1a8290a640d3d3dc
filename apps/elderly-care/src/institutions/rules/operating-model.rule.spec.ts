import { OPERATING_MODEL_LABELS, OPERATING_MODELS, operatingModelCounts } from './operating-model.rule';

describe('operatingModelCounts', () => {
  it.each([
    ['no rows', [], [0, 0, 0]],
    ['one model', [{ operatingModel: 'PRIVATE', n: 4 }], [0, 0, 4]],
    [
      'rows of one model added up, an unknown model left out',
      [
        { operatingModel: 'PUBLIC', n: 9 },
        { operatingModel: 'PUBLIC_BUILT_PRIVATE_RUN', n: 2 },
        { operatingModel: 'PUBLIC', n: 1 },
        { operatingModel: 'COOPERATIVE', n: 7 },
      ],
      [10, 2, 0],
    ],
  ])('%s', (_case, rows, counts) => {
    expect(operatingModelCounts(rows).map((c) => c.count)).toEqual(counts);
  });

  it('lists every model in order with its Chinese label', () => {
    expect(operatingModelCounts([]).map((c) => [c.operatingModel, c.label])).toEqual([
      ['PUBLIC', '公办'],
      ['PUBLIC_BUILT_PRIVATE_RUN', '公建民营'],
      ['PRIVATE', '民办'],
    ]);
    expect(OPERATING_MODELS.every((m) => OPERATING_MODEL_LABELS[m].length > 0)).toBe(true);
  });
});
