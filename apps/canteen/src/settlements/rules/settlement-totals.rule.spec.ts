import { settlementTotals, totalsByOperator } from './settlement-totals.rule';

describe('settlementTotals', () => {
  it.each([
    ['no lines', [], { mealCount: 0, subsidyFen: 0, openDisputes: 0 }],
    ['claimed lines are paid', [{ status: 'CLAIMED', subsidyFen: 200 }, { status: 'CLAIMED', subsidyFen: 500 }], { mealCount: 2, subsidyFen: 700, openDisputes: 0 }],
    ['an accepted dispute is paid', [{ status: 'ACCEPTED', subsidyFen: 300 }], { mealCount: 1, subsidyFen: 300, openDisputes: 0 }],
    ['a rejected line is not paid', [{ status: 'REJECTED', subsidyFen: 300 }, { status: 'CLAIMED', subsidyFen: 200 }], { mealCount: 1, subsidyFen: 200, openDisputes: 0 }],
    ['an open dispute is counted and not paid', [{ status: 'DISPUTED', subsidyFen: 300 }], { mealCount: 0, subsidyFen: 0, openDisputes: 1 }],
    [
      'a correction takes back an earlier month without counting as a meal',
      [{ status: 'CLAIMED', subsidyFen: 500 }, { status: 'CLAIMED', subsidyFen: -300, kind: 'CORRECTION' }],
      { mealCount: 1, subsidyFen: 200, openDisputes: 0 },
    ],
    ['a rejected correction takes nothing back', [{ status: 'CLAIMED', subsidyFen: 200, kind: 'CLAIM' }, { status: 'REJECTED', subsidyFen: -200, kind: 'CORRECTION' }], { mealCount: 1, subsidyFen: 200, openDisputes: 0 }],
  ] as const)('%s', (_what, lines, totals) => {
    expect(settlementTotals(lines)).toEqual(totals);
  });
});

describe('totalsByOperator', () => {
  it('adds up the canteens of each operator', () => {
    expect(
      totalsByOperator([
        { operator: 'B', mealCount: 2, subsidyFen: 400 },
        { operator: 'A', mealCount: 1, subsidyFen: 300 },
        { operator: 'B', mealCount: 3, subsidyFen: 1500 },
      ]),
    ).toEqual([
      { operator: 'A', mealCount: 1, subsidyFen: 300 },
      { operator: 'B', mealCount: 5, subsidyFen: 1900 },
    ]);
  });

  it('gives nothing for no settlements', () => {
    expect(totalsByOperator([])).toEqual([]);
  });
});
