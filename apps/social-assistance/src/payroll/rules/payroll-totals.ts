import { sumFen } from '@app/common/money/fen';
import type { PayrollTotals } from '../payroll.entity';

export interface LineFacts {
  program: 'DIBAO' | 'TEKUN';
  amountFen: number;
}

/** Amount and number of lines per program. */
export function payrollTotals(lines: readonly LineFacts[]): PayrollTotals {
  const of = (program: LineFacts['program']) => {
    const mine = lines.filter((l) => l.program === program);
    return { amountFen: sumFen(mine.map((l) => l.amountFen)), lineCount: mine.length };
  };
  return { DIBAO: of('DIBAO'), TEKUN: of('TEKUN') };
}
