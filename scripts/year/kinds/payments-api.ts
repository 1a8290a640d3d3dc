// What the finance office and the banks do through payments' public API (docs/payments.md), shared
// by the year's 一卡通 kinds: the banks and their layouts, the month's batches, a batch's file as the
// bank reads it, an import of accounts confirmed by the second officer, and the month's failures
// as the bank chose them.
import { followJob, problemCode, YEAR_USERS, type YearApi } from '../api';
import { payeeDirectory, personalAccount, type BankAccountRules } from '../bank/accounts';
import { decodeBankFile, readDisbursementFile, type DisbursementLayout, type FileLine } from '../bank/disbursement-file';
import { chooseFailures, type ChosenFailure, type FailureCandidate } from '../bank/failures';
import type { ReturnLayout } from '../bank/return-file';
import type { DriveContext } from '../context';
import { DONE, PRESENT, refused, type Outcome } from '../tally';

export interface BankView extends BankAccountRules {
  currentLayout: { id: string; layout: DisbursementLayout; returnLayout: ReturnLayout };
  layouts: Array<{ id: string; layout: DisbursementLayout; returnLayout: ReturnLayout }>;
}

export interface BatchView {
  id: string;
  bankCode: string;
  month: string;
  batchNo: string;
  status: 'ASSEMBLED' | 'RELEASED' | 'RETURNED' | 'EMPTIED';
  lineCount: number;
  totalFen: number;
  layoutId: string | null;
}

/** Refused with the service's problem, for an answer that is not the one expected. */
export class PaymentsRefusal extends Error {
  constructor(readonly outcome: Outcome) {
    super(outcome.result === 'refused' ? `${outcome.code}: ${outcome.detail}` : outcome.result);
  }
}

const fail = (what: string, answer: { status: number; text: string; body: unknown }): PaymentsRefusal =>
  new PaymentsRefusal(refused(problemCode(answer as Parameters<typeof problemCode>[0]), `${what}: ${answer.status} ${answer.text.slice(0, 300)}`));

/** Every page of a paginated list (100 a page). */
export async function allPages<T>(api: YearApi, path: string, what: string): Promise<T[]> {
  const items: T[] = [];
  for (let page = 1; ; page++) {
    const res = await api.call('payments', 'GET', `${path}${path.includes('?') ? '&' : '?'}page=${page}&pageSize=100`, 'finance1');
    if (res.status !== 200) throw fail(what, res);
    const body = res.body as { items: T[]; total: number };
    items.push(...body.items);
    if (body.items.length === 0 || page * 100 >= body.total) return items;
  }
}

/** The banks with their account rules and layouts; refused when there is none (the reference records not loaded). */
export async function readBanks(api: YearApi): Promise<BankView[]> {
  const banks = await allPages<BankView>(api, '/api/v1/banks', 'the banks');
  if (banks.length === 0) throw new PaymentsRefusal(refused('YEAR.NO_BANK', 'payments has no bank: load the reference records (seeds/reference/banks.json) first'));
  return banks;
}

export const monthBatches = (api: YearApi, month: string, status?: BatchView['status']): Promise<BatchView[]> =>
  allPages<BatchView>(api, `/api/v1/batches?month=${month}${status ? `&status=${status}` : ''}`, `the batches of ${month}`);

/** The released file of a batch, as its bank reads it with the layout version it was written with. */
export async function batchFile(api: YearApi, batch: BatchView, banks: readonly BankView[]): Promise<{ bank: BankView; lines: FileLine[] }> {
  const bank = banks.find((b) => b.code === batch.bankCode);
  const version = bank?.layouts.find((l) => l.id === batch.layoutId);
  if (!bank || !version) throw new PaymentsRefusal(refused('YEAR.BANK_LAYOUT_UNKNOWN', `${batch.batchNo}: no layout ${batch.layoutId} of bank ${batch.bankCode}`));
  const res = await api.callBytes('payments', 'GET', `/api/v1/batches/${batch.id}/file`, 'finance1');
  if (res.status !== 200) throw fail(`the file of ${batch.batchNo}`, res);
  const reading = readDisbursementFile(decodeBankFile(res.bytes, version.layout.encoding), version.layout);
  if (!reading.ok) throw new PaymentsRefusal(refused('YEAR.BANK_FILE_UNREADABLE', `${batch.batchNo}: ${reading.problems.slice(0, 5).join('; ')}`));
  if (reading.lines.length !== batch.lineCount) throw new PaymentsRefusal(refused('YEAR.BANK_FILE_UNREADABLE', `${batch.batchNo}: ${reading.lines.length} lines in the file, ${batch.lineCount} in the batch`));
  return { bank, lines: reading.lines };
}

/** Each payee's account of the day the registers were loaded (generation 1): what the banks' failures are looked up by. */
export function firstAccounts(ctx: DriveContext, banks: readonly BankAccountRules[]): (residentId: string) => string | null {
  const { index } = payeeDirectory(ctx.population);
  return (residentId) => {
    const i = index.get(residentId);
    return i === undefined ? null : personalAccount(i, residentId, 1, banks).accountNumber;
  };
}

/** The month's failures as the banks chose them, from every released (or answered) file of the month. */
export async function monthFailures(
  ctx: DriveContext,
  month: string,
  candidates: readonly FailureCandidate[],
  count: number,
  banks: readonly BankView[],
): Promise<{ files: Array<{ batch: BatchView; bank: BankView; lines: FileLine[] }>; failures: ChosenFailure[] }> {
  const batches = (await monthBatches(ctx.api, month)).filter((b) => b.status === 'RELEASED' || b.status === 'RETURNED');
  const files = [];
  for (const batch of batches) files.push({ batch, ...(await batchFile(ctx.api, batch, banks)) });
  const failures = chooseFailures(
    files.flatMap((f) => f.lines),
    candidates,
    count,
    firstAccounts(ctx, banks),
  );
  return { files, failures };
}

export interface ImportReport {
  importId: string;
  accepted: number;
  refused: number;
  lines: Array<{ line: number; status: 'ACCEPTED' | 'REFUSED'; reason?: string }>;
}

/** The CSV columns of an account import (docs/payments.md §1 "Bulk import"). */
const COLUMNS = ['payeeKind', 'residentId', 'organisationId', 'organisationName', 'divisionCode', 'bankCode', 'accountNumber', 'holderName', 'evidenceNote', 'evidenceReference'] as const;
export type ImportRow = Partial<Record<(typeof COLUMNS)[number], string>>;

const csvField = (value: string): string => (/[",\r\n]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value);

/**
 * Finance officer 1 imports the accounts (CSV, followed as a job), officer 2 confirms the import.
 * Accounts already in force (a day driven again) are UNCHANGED: present, not refused.
 */
export async function importAccounts(ctx: DriveContext, rows: readonly ImportRow[], what: string): Promise<Outcome> {
  if (rows.length === 0) return PRESENT;
  const csv = [COLUMNS.join(','), ...rows.map((r) => COLUMNS.map((c) => csvField(r[c] ?? '')).join(','))].join('\n') + '\n';
  const started = await ctx.api.callBytes('payments', 'POST', '/api/v1/payee-account-imports', 'finance1', Buffer.from(csv, 'utf8'), { 'Content-Type': 'text/csv', Prefer: 'respond-async' });
  const answer = await followJob(ctx.api, 'payments', started, 'finance1');
  if (answer.status !== 200) return refused(problemCode(answer), `${what}: import ${answer.status} ${answer.text.slice(0, 300)}`);
  const report = answer.body as ImportReport;
  const open = report.lines.filter((l) => l.reason === 'PROPOSAL_OPEN').length;
  if (open > 0 && report.accepted === 0 && (await confirmOpenImports(ctx)) > 0) {
    ctx.log(`${what}: ${open} account(s) of an import made before (a day driven again) confirmed by finance 2`);
    return PRESENT;
  }
  const refusals = report.lines.filter((l) => l.status === 'REFUSED' && l.reason !== 'UNCHANGED');
  if (refusals.length > 0) {
    const byReason = new Map<string, number>();
    for (const r of refusals) byReason.set(r.reason ?? '?', (byReason.get(r.reason ?? '?') ?? 0) + 1);
    return refused(`PAYEE_ACCOUNT_IMPORT.${refusals[0].reason ?? 'REFUSED'}`, `${what}: ${[...byReason].map(([r, n]) => `${n} ${r}`).join(', ')} (first on line ${refusals[0].line})`);
  }
  if (report.accepted === 0) return PRESENT;
  const confirmed = await ctx.api.call('payments', 'POST', `/api/v1/payee-account-imports/${report.importId}/confirm`, 'finance2');
  if (confirmed.status !== 200) return refused(problemCode(confirmed), `${what}: confirm ${confirmed.status} ${confirmed.text.slice(0, 300)}`);
  ctx.log(`${what}: ${report.accepted} account(s) imported by finance 1 and confirmed by finance 2`);
  return DONE;
}

/**
 * A day driven again after finance 1's import and before finance 2 confirmed it (the year stopped
 * at once in between): its proposals are open, so finance 2 confirms the year's open imports, the
 * oldest first as the work list shows them. How many were confirmed.
 */
async function confirmOpenImports(ctx: DriveContext): Promise<number> {
  for (let confirmed = 0; ; confirmed++) {
    const res = await ctx.api.call('payments', 'GET', '/api/v1/work-lists/account-proposals?page=1&pageSize=100', 'finance2');
    if (res.status !== 200) throw fail('the account proposals awaiting confirmation', res);
    const open = (res.body as { items: Array<{ importId: string | null; proposedBy: string }> }).items.find((p) => p.importId !== null && p.proposedBy === YEAR_USERS.finance1.sub);
    if (!open) return confirmed;
    const done = await ctx.api.call('payments', 'POST', `/api/v1/payee-account-imports/${open.importId}/confirm`, 'finance2');
    if (done.status !== 200) throw fail(`the confirmation of import ${open.importId}`, done);
  }
}

/** An outcome from a thrown refusal; anything else thrown is thrown on. */
export async function asOutcome(drive: () => Promise<Outcome>): Promise<Outcome> {
  try {
    return await drive();
  } catch (err) {
    if (err instanceof PaymentsRefusal) return err.outcome;
    throw err;
  }
}
