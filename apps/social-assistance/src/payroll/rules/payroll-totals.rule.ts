import { sumFen } from '@app/common/money/fen';
import type { PayrollTotals } from '../payroll.entity';

export type Program = 'DIBAO' | 'TEKUN';

/** Amount and number of lines per program, from partial sums (batches of lines summed by the database; amounts as decimal text). */
export function totalsFromSums(sums: ReadonlyArray<{ program: Program; lineCount: number; amountFen: string | number }>): PayrollTotals {
  const of = (program: Program) => {
    const mine = sums.filter((s) => s.program === program);
    return { amountFen: sumFen(mine.map((s) => Number(s.amountFen))), lineCount: mine.reduce((n, s) => n + s.lineCount, 0) };
  };
  return { DIBAO: of('DIBAO'), TEKUN: of('TEKUN') };
}
