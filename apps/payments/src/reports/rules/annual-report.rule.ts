// The year's money through 一卡通 for the bureau's annual report: per programme, the lines the banks
// paid and failed, by the bank's value date in the year (the cash view: an August payroll paid on
// 3 January counts in the new year). Pure.

export interface OutcomeAggregateRow {
  programme: string;
  outcome: 'PAID' | 'FAILED';
  lines: number;
  amountFen: number;
  payees: number;
}

export interface ProgrammeYear {
  programme: string;
  paidLines: number;
  paidFen: number;
  /** Distinct payees paid in the year. */
  payeesPaid: number;
  failedLines: number;
  failedFen: number;
}

export interface AnnualReport {
  year: number;
  paidLines: number;
  paidFen: number;
  failedLines: number;
  failedFen: number;
  byProgramme: ProgrammeYear[];
}

export function annualReport(year: number, rows: readonly OutcomeAggregateRow[]): AnnualReport {
  const programmes = new Map<string, ProgrammeYear>();
  for (const row of rows) {
    const line = programmes.get(row.programme) ?? { programme: row.programme, paidLines: 0, paidFen: 0, payeesPaid: 0, failedLines: 0, failedFen: 0 };
    if (row.outcome === 'PAID') {
      line.paidLines += row.lines;
      line.paidFen += row.amountFen;
      line.payeesPaid += row.payees;
    } else {
      line.failedLines += row.lines;
      line.failedFen += row.amountFen;
    }
    programmes.set(row.programme, line);
  }
  const byProgramme = [...programmes.values()].sort((a, b) => a.programme.localeCompare(b.programme));
  const sum = (key: 'paidLines' | 'paidFen' | 'failedLines' | 'failedFen') => byProgramme.reduce((n, p) => n + p[key], 0);
  return { year, paidLines: sum('paidLines'), paidFen: sum('paidFen'), failedLines: sum('failedLines'), failedFen: sum('failedFen'), byProgramme };
}
