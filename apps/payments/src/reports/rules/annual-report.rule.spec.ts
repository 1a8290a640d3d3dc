import { annualReport } from './annual-report.rule';

describe('annualReport', () => {
  it('folds paid and failed lines per programme, with totals', () => {
    const report = annualReport(2024, [
      { programme: 'DIBAO', outcome: 'PAID', lines: 10, amountFen: 735_000, payees: 5 },
      { programme: 'DIBAO', outcome: 'FAILED', lines: 1, amountFen: 73_500, payees: 1 },
      { programme: 'CANTEEN_SETTLEMENT', outcome: 'PAID', lines: 2, amountFen: 1_083_000, payees: 1 },
    ]);
    expect(report).toEqual({
      year: 2024,
      paidLines: 12,
      paidFen: 1_818_000,
      failedLines: 1,
      failedFen: 73_500,
      byProgramme: [
        { programme: 'CANTEEN_SETTLEMENT', paidLines: 2, paidFen: 1_083_000, payeesPaid: 1, failedLines: 0, failedFen: 0 },
        { programme: 'DIBAO', paidLines: 10, paidFen: 735_000, payeesPaid: 5, failedLines: 1, failedFen: 73_500 },
      ],
    });
  });

  it('reports an empty year as zeros', () => {
    expect(annualReport(2023, [])).toEqual({ year: 2023, paidLines: 0, paidFen: 0, failedLines: 0, failedFen: 0, byProgramme: [] });
  });
});
