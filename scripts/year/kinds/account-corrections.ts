// The payees whose payment the bank returned FAILED bring a new card (一卡通, docs/payments.md §1
// "Unusable accounts"): later in the month one finance officer imports the corrected accounts and
// the other confirms them, so the programmes' next payrolls re-issue the failed lines into them.
// The payees are those the bank failed, found again from the month's files (bank/failures.ts).
import { payeeDirectory, personalAccount } from '../bank/accounts';
import type { FailureReason } from '../bank/return-file';
import type { DriveContext } from '../context';
import type { AccountCorrectionsEvent } from '../events-payments';
import { DONE, type Outcome } from '../tally';
import { personRow } from './payee-accounts';
import { asOutcome, importAccounts, monthFailures, readBanks } from './payments-api';

const EVIDENCE: Record<FailureReason, string> = {
  ACCOUNT_CLOSED: '原卡已销户，本人持新办社保卡及身份证到社区办理',
  ACCOUNT_NOT_FOUND: '原账号有误，本人持银行开户凭证到社区更正',
  NAME_MISMATCH: '户名与账号不符，按银行开户凭证重新登记账户',
  ACCOUNT_FROZEN: '原卡已冻结，本人持新卡及身份证到社区办理',
};

export async function driveAccountCorrections(event: AccountCorrectionsEvent, ctx: DriveContext): Promise<Outcome> {
  return asOutcome(async () => {
    const banks = await readBanks(ctx.api);
    const { failures } = await monthFailures(ctx, event.month, event.candidates, event.failures, banks);
    if (failures.length === 0) {
      ctx.log(`${event.key}: no payment failed in ${event.month}, nothing to correct`);
      return DONE;
    }
    const { payees, index } = payeeDirectory(ctx.population);
    const rows = failures.map((f) => {
      const i = index.get(f.residentId)!;
      return personRow(payees[i], personalAccount(i, f.residentId, 2, banks), EVIDENCE[f.reason], `YEAR-${event.key.toUpperCase()}`);
    });
    return importAccounts(ctx, rows, event.key);
  });
}
