// What the 发放名册 and 一卡通 scenario needs before and between its screens, through the console's
// API as a browser would call it: the sample banks, elders with their high-age allowance, payee
// accounts proposed by one person and confirmed by another (docs/payments.md §1), and waits for
// what other services do on their own (payments taking the approved lines, elderly-care learning
// the bank's outcomes).
import banks from '../../../seeds/reference/banks.json';
import { waitFor } from '../../support/wait-for';
import type { ConsoleCaller } from './console-seed';

/** The two sample banks of seeds/reference (an admin's call; already there is fine). */
export async function addSampleBanks(admin: ConsoleCaller): Promise<void> {
  for (const bank of banks.banks) await admin.call('payments', 'POST', '/api/v1/banks', { body: bank, expected: [201, 409] });
}

/** Registers elders and grants the month's high-age allowances (the monthly job, run on demand). */
export async function eldersWithAllowance(admin: ConsoleCaller, elders: Array<{ residentId: string; name: string; region: string }>, month: string): Promise<void> {
  const ndjson = elders.map((e) => JSON.stringify({ ...e, local: true })).join('\n');
  await admin.call('elderly-care', 'POST', '/api/v1/elders/import', { raw: { contentType: 'application/x-ndjson', text: `${ndjson}\n` } });
  await admin.call('elderly-care', 'POST', '/api/v1/allowances/high-age/run', { body: { month } });
}

/** A 惠民惠农 account in force: proposed with its evidence by one person, confirmed by another. */
export async function confirmedAccount(proposer: ConsoleCaller, checker: ConsoleCaller, account: { residentId: string; holderName: string; accountNumber: string; divisionCode: string }): Promise<void> {
  const proposed = await proposer.call<{ id: string }>('payments', 'POST', '/api/v1/payee-accounts', {
    body: { payeeKind: 'PERSON', bankCode: 'RCB', evidenceNote: '本人持社保卡到社区办理', ...account },
  });
  await checker.call('payments', 'POST', `/api/v1/payee-accounts/${proposed.body.id}/confirm`);
}

/** Resolves once payments holds every chunk of the month's approvals (elderly-care publishes them on approval). */
export async function approvalArrived(caller: ConsoleCaller, month: string): Promise<void> {
  await waitFor(`payments to receive the approval of ${month}`, async () => {
    const { body } = await caller.call<{ items: Array<{ chunkCount: number; chunksReceived: number }> }>('payments', 'GET', `/api/v1/approvals?month=${month}`);
    return body.items.length > 0 && body.items.every((a) => a.chunksReceived === a.chunkCount);
  });
}

export interface SentLine {
  reference: string;
  amountFen: number;
}

/** The lines a released batch sent to the bank, as the bank will quote them back. */
export async function linesSent(caller: ConsoleCaller, batchId: string): Promise<SentLine[]> {
  const { body } = await caller.call<{ items: SentLine[] }>('payments', 'GET', `/api/v1/batches/${batchId}/lines?pageSize=100`);
  return body.items.map(({ reference, amountFen }) => ({ reference, amountFen }));
}

/** Resolves once elderly-care shows the bank's outcome on `count` lines of the month's payroll. */
export async function outcomesReached(caller: ConsoleCaller, month: string, count: number): Promise<void> {
  await waitFor(`elderly-care to learn the bank's outcomes of ${month}`, async () => {
    const { body } = await caller.call<{ items: Array<{ paymentStatus: string | null }> }>('elderly-care', 'GET', `/api/v1/payrolls/${month}/lines?pageSize=100`);
    return body.items.filter((l) => l.paymentStatus !== null).length >= count;
  });
}
