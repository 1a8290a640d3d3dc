// The month's money to the banks (一卡通, docs/payments.md §4): a few days after the payrolls, once
// every approval has reached payments, finance officer 1 assembles the month (its lines, and held
// lines whose payee now has an account) into batches per bank; an organisation the programmes pay
// for the first time (a home for the aged in central 特困 care) is on the held-lines work list
// without an account, so its corporate account is imported and confirmed and the month assembled
// again; then finance officer 2 releases each batch, which writes its bank file.
import type { Population } from '../../population/generate';
import { corporateAccount } from '../bank/accounts';
import type { DriveContext } from '../context';
import type { PaymentBatchesEvent } from '../events-payments';
import { settle } from '../settle';
import { DONE, PRESENT, refused, type Outcome } from '../tally';
import { allPages, asOutcome, importAccounts, monthBatches, PaymentsRefusal, readBanks, type ImportRow } from './payments-api';
import { problemCode } from '../api';

interface Assembly {
  batches: Array<{ batchNo: string; lineCount: number }>;
  heldLines: number;
  releasedFromHold: number;
}

interface HeldLine {
  payeeKind: 'PERSON' | 'ORGANISATION';
  organisationId?: string;
  organisationName: string | null;
  reason: string;
}

async function assemble(ctx: DriveContext, month: string): Promise<Assembly> {
  const res = await ctx.api.call('payments', 'POST', '/api/v1/batches', 'finance1', { month });
  if (res.status !== 201) throw new PaymentsRefusal(refused(problemCode(res), `assembly of ${month}: ${res.status} ${res.text.slice(0, 300)}`));
  return res.body as Assembly;
}

/** An institution's division is its township's (its name is the township's home for the aged); any other organisation is the city's. */
export function organisationDivision(population: Population, name: string): string {
  const home = population.households.find((h) => h.tekun?.institution === name);
  if (home) return home.regionCode;
  const township = population.elders[0]?.townshipCode;
  return township ? `${township.slice(0, 4)}00` : '000000';
}

/** Corporate accounts for the organisations held without one; how many were opened. */
async function openOrganisationAccounts(ctx: DriveContext, key: string): Promise<number> {
  const held = await allPages<HeldLine>(ctx.api, '/api/v1/work-lists/held-lines', 'the held lines');
  const organisations = new Map<string, string>();
  for (const line of held) if (line.payeeKind === 'ORGANISATION' && line.reason === 'NO_ACCOUNT' && line.organisationId) organisations.set(line.organisationId, line.organisationName ?? line.organisationId);
  if (organisations.size === 0) return 0;
  const banks = await readBanks(ctx.api);
  const rows: ImportRow[] = [...organisations].sort().map(([organisationId, name]) => ({
    payeeKind: 'ORGANISATION',
    organisationId,
    organisationName: name,
    divisionCode: organisationDivision(ctx.population, name),
    ...corporateAccount(organisationId, banks),
    holderName: name,
    evidenceNote: '单位银行开户许可证及开户银行出具的账户证明',
    evidenceReference: `YEAR-${key.toUpperCase()}`,
  }));
  const outcome = await importAccounts(ctx, rows, `${key} organisations`);
  if (outcome.result === 'refused') throw new PaymentsRefusal(outcome);
  return rows.length;
}

export async function drivePaymentBatches(event: PaymentBatchesEvent, ctx: DriveContext): Promise<Outcome> {
  return asOutcome(async () => {
    // Every approval of the month has reached payments once every service has published and handled its events.
    await settle(ctx.api, Object.keys(ctx.api.baseUrls));
    const assemblies = [await assemble(ctx, event.month)];
    if ((await openOrganisationAccounts(ctx, event.key)) > 0) assemblies.push(await assemble(ctx, event.month));
    const ready = await monthBatches(ctx.api, event.month, 'ASSEMBLED');
    for (const batch of ready) {
      const res = await ctx.api.call('payments', 'POST', `/api/v1/batches/${batch.id}/release`, 'finance2');
      if (res.status !== 200) return refused(problemCode(res), `release of ${batch.batchNo}: ${res.status} ${res.text.slice(0, 300)}`);
    }
    const batches = assemblies.flatMap((a) => a.batches);
    const last = assemblies[assemblies.length - 1];
    ctx.log(
      `${event.key}: ${batches.length} batch(es) of ${batches.reduce((n, b) => n + b.lineCount, 0)} lines released (${assemblies.reduce((n, a) => n + a.releasedFromHold, 0)} formerly held), ${last.heldLines} held`,
    );
    return batches.length > 0 || ready.length > 0 ? DONE : PRESENT;
  });
}
