// The banks' return files (一卡通, docs/payments.md §5): some days after the release each bank
// answers the file it was given, in its return layout (bank/return-file.ts): every line paid but
// those into the accounts of the month's failing payees (bank/failures.ts), failed with the bank's
// reason. A finance officer posts each file; payments tells the programmes, which re-issue the
// failed lines in their next payroll.
import { problemCode } from '../api';
import { encodeBankFile } from '../bank/disbursement-file';
import { returnEntries } from '../bank/failures';
import { writeReturnFile } from '../bank/return-file';
import type { DriveContext } from '../context';
import type { BankReturnEvent } from '../events-payments';
import { DONE, PRESENT, refused, type Outcome } from '../tally';
import { asOutcome, monthFailures, readBanks } from './payments-api';

interface ReturnReport {
  duplicate: boolean;
  paid: { lines: number };
  failed: { lines: number };
  reported: Array<{ line: number; reference: string; problem: string }>;
}

export async function driveBankReturn(event: BankReturnEvent, ctx: DriveContext): Promise<Outcome> {
  return asOutcome(async () => {
    const banks = await readBanks(ctx.api);
    const { files, failures } = await monthFailures(ctx, event.month, event.candidates, event.failures, banks);
    const tally = { posted: 0, paid: 0, failed: 0 };
    for (const { batch, bank, lines } of files) {
      if (batch.status !== 'RELEASED') continue;
      const { layout, returnLayout } = bank.currentLayout;
      const text = writeReturnFile(returnLayout, layout.lineEnding, ctx.day, returnEntries(lines, failures));
      const contentType = layout.format === 'DELIMITED' ? 'text/csv' : 'text/plain';
      const res = await ctx.api.callBytes('payments', 'POST', `/api/v1/bank-returns?bankCode=${bank.code}`, 'finance1', encodeBankFile(text, layout.encoding), { 'Content-Type': contentType });
      if (res.status !== 201 && res.status !== 200) return refused(problemCode(res), `return of ${batch.batchNo}: ${res.status} ${res.text.slice(0, 300)}`);
      const report = res.body as ReturnReport;
      if (report.reported.length > 0) return refused('YEAR.RETURN_LINES_NOT_APPLIED', `return of ${batch.batchNo}: ${report.reported.slice(0, 3).map((r) => `${r.reference} ${r.problem}`).join(', ')}`);
      if (report.duplicate) continue;
      tally.posted += 1;
      tally.paid += report.paid.lines;
      tally.failed += report.failed.lines;
    }
    ctx.log(`${event.key}: ${tally.posted} return file(s), ${tally.paid} lines paid, ${tally.failed} failed (${failures.length} of ${event.failures} payees planned to fail)`);
    return tally.posted > 0 ? DONE : PRESENT;
  });
}
