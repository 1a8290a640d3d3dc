import { z } from 'zod';
import { amountFenSchema, uuidSchema, yearMonthSchema } from '../shared/primitives';

const programTotal = z.object({
  amountFen: amountFenSchema,
  lineCount: z.int({ error: 'must be a whole number' }).min(0, { error: 'must not be negative' }),
});

export const payrollClosedV1Schema = z
  .object({
    payrollId: uuidSchema,
    month: yearMonthSchema,
    totals: z
      .object({ DIBAO: programTotal, TEKUN: programTotal })
      .describe('Amount paid and number of payment lines per program, arrears lines included.'),
  })
  .meta({
    title: 'PayrollClosedV1',
    description: 'The monthly payroll of 低保 and 特困 was computed and closed for month; paid through the one-card account (一卡通).',
  });

export type PayrollClosedV1 = z.infer<typeof payrollClosedV1Schema>;
