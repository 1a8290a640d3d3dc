// Payee accounts of the year (一卡通, docs/payments.md §1): the registers' people get their
// 惠民惠农 accounts on day 1 (the banks' list, imported by one finance officer and confirmed by the
// other), but for a few still waiting for their card, whose lines payments holds until they bring
// it later in the year; people brought in during the year get theirs the day they come
// (kinds/payments-plan.ts).
import { payeeDirectory, personalAccount, type Account, type Payee } from '../bank/accounts';
import type { DriveContext } from '../context';
import type { PayeeAccountsEvent } from '../events-payments';
import { refused, type Outcome } from '../tally';
import { asOutcome, importAccounts, readBanks, type ImportRow } from './payments-api';

const EVIDENCE: Record<PayeeAccountsEvent['scope'], string> = {
  REGISTERS: '代发银行批量提供的惠民惠农“一卡通”开户清单，已与户籍信息核对',
  LISTED: '本人持新办理的社保卡及身份证原件到社区办理，已核对',
  NEWCOMERS: '纳入保障时由监护人或本人办理惠民惠农“一卡通”，已核对身份证件及银行开户凭证',
};

/** An import line for a person's account. */
export function personRow(payee: Payee, account: Account, evidenceNote: string, evidenceReference: string): ImportRow {
  return { payeeKind: 'PERSON', residentId: payee.residentId, divisionCode: payee.divisionCode, ...account, holderName: payee.name, evidenceNote, evidenceReference };
}

export async function drivePayeeAccounts(event: PayeeAccountsEvent, ctx: DriveContext): Promise<Outcome> {
  return asOutcome(async () => {
    const banks = await readBanks(ctx.api);
    const reference = `YEAR-${event.key.toUpperCase()}`;
    if (event.scope === 'NEWCOMERS') {
      const rows = (event.newcomers ?? []).map((n) => personRow(n, personalAccount(n.place, n.residentId, 1, banks), EVIDENCE.NEWCOMERS, reference));
      return importAccounts(ctx, rows, event.key);
    }
    const { payees, index } = payeeDirectory(ctx.population);
    const listed = new Set(event.residentIds);
    const chosen = payees.filter((p) => (event.scope === 'REGISTERS') !== listed.has(p.residentId));
    if (event.scope === 'LISTED' && chosen.length !== listed.size) return refused('YEAR.PAYEE_UNKNOWN', `${event.key}: ${listed.size - chosen.length} of the people listed are not of the registers`);
    const rows = chosen.map((p) => personRow(p, personalAccount(index.get(p.residentId)!, p.residentId, 1, banks), EVIDENCE[event.scope], reference));
    return importAccounts(ctx, rows, event.key);
  });
}
