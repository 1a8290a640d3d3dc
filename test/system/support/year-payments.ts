import { maskResidentId } from '@app/common/resident-id/resident-id';
import type { YearApi } from '../../../scripts/year/api';
import type { PayeeAccountsEvent } from '../../../scripts/year/events-payments';
import type { YearPlan } from '../../../scripts/year/plan';

// What the tiny year's 一卡通 must show, read through the public APIs as the bureau's auditor reads
// them: payments' work lists, reconciliation, lines and annual report, and the programmes' payroll
// lines with the bank's outcome of each.

type Json = Record<string, unknown>;

async function pages<T>(api: YearApi, service: string, path: string): Promise<T[]> {
  const items: T[] = [];
  for (let page = 1; ; page++) {
    const res = await api.call(service, 'GET', `${path}${path.includes('?') ? '&' : '?'}page=${page}&pageSize=100`, 'auditor');
    if (res.status !== 200) throw new Error(`${service} ${path}: ${res.status} ${res.text.slice(0, 300)}`);
    const body = res.body as { items: T[]; total: number };
    items.push(...body.items);
    if (body.items.length === 0 || page * 100 >= body.total) return items;
  }
}

export const MONTHS = Array.from({ length: 12 }, (_v, i) => `2024-${String(i + 1).padStart(2, '0')}`);

/** The people the plan leaves without an account on day 1, with the day they get one. */
export function withheldPayees(plan: YearPlan): Array<{ residentId: string; accountOn: string }> {
  return plan.days.flatMap((d) =>
    d.events.filter((e): e is PayeeAccountsEvent => e.kind === 'payee-accounts' && e.scope === 'LISTED').flatMap((e) => e.residentIds.map((residentId) => ({ residentId, accountOn: d.date }))),
  );
}

export interface HeldLine {
  payeeKind: string;
  residentId?: string;
  month: string;
  reason: string;
}

export const heldLines = (api: YearApi): Promise<HeldLine[]> => pages<HeldLine>(api, 'payments', '/api/v1/work-lists/held-lines');

/** The held lines' payees (masked, as payments shows them) and reasons. */
export function heldPayees(lines: readonly HeldLine[]): string[] {
  return [...new Set(lines.map((l) => `${l.payeeKind} ${l.residentId ?? ''} ${l.reason}`))].sort();
}

export const masked = (ids: readonly string[]): string[] => ids.map((id) => `PERSON ${maskResidentId(id)} NO_ACCOUNT`).sort();

export interface Tally {
  lines: number;
  amountFen: number;
}
export interface MonthReconciliation {
  month: string;
  balanced: boolean;
  total: Record<'approved' | 'paid' | 'failed' | 'pending' | 'held' | 'awaiting' | 'refused', Tally>;
  differences: Array<{ lineId: string; state: string; reason: string | null }>;
  differenceCount: number;
}

export async function reconciliations(api: YearApi): Promise<MonthReconciliation[]> {
  const out: MonthReconciliation[] = [];
  for (const month of MONTHS) {
    const res = await api.call('payments', 'GET', `/api/v1/reconciliation?month=${month}&limit=1000`, 'auditor');
    if (res.status !== 200) throw new Error(`reconciliation ${month}: ${res.status} ${res.text}`);
    out.push({ month, ...(res.body as Omit<MonthReconciliation, 'month'>) });
  }
  return out;
}

/** A programme's payroll line as its service shows it, in one shape. */
export interface ProgrammeLine {
  service: string;
  lineId: string;
  programme: string;
  lineType: string;
  /** The month the money belongs to. */
  period: string;
  amountFen: number;
  paymentStatus: string | null;
}

const PROGRAMME_SERVICES = ['social-assistance', 'elderly-care', 'child-welfare'] as const;
const EC_PROGRAMMES: Record<string, string> = { HIGH_AGE: 'HIGH_AGE_ALLOWANCE', SERVICE_SUBSIDY: 'SERVICE_SUBSIDY' };

function programmeLine(service: string, l: Json): ProgrammeLine {
  const base = { service, lineId: String(l.lineId), period: String(l.month), amountFen: Number(l.amountFen), paymentStatus: (l.paymentStatus as string | null) ?? null };
  if (service === 'social-assistance') return { ...base, programme: String(l.program), lineType: String(l.lineType) };
  if (service === 'elderly-care') return { ...base, programme: EC_PROGRAMMES[String(l.kind)] ?? String(l.kind), lineType: String(l.lineType) };
  return { ...base, programme: 'CHILD_ALLOWANCE', lineType: String(l.kind) };
}

/** Every payroll line of the year that pays money (a line of 0 fen is no payable). */
export async function programmeLines(api: YearApi): Promise<ProgrammeLine[]> {
  const lines: ProgrammeLine[] = [];
  for (const service of PROGRAMME_SERVICES) {
    for (const month of MONTHS) lines.push(...(await pages<Json>(api, service, `/api/v1/payrolls/${month}/lines`)).map((l) => programmeLine(service, l)));
  }
  return lines.filter((l) => l.amountFen > 0);
}

export interface PayableLine {
  lineId: string;
  residentId?: string;
  state: string;
  reissueOf: string | null;
}

export async function payableLine(api: YearApi, lineId: string): Promise<PayableLine> {
  const res = await api.call('payments', 'GET', `/api/v1/payable-lines/${lineId}`, 'auditor');
  if (res.status !== 200) throw new Error(`payable line ${lineId}: ${res.status} ${res.text}`);
  return res.body as PayableLine;
}

/** Sum of fen per programme. */
export function fenByProgramme(lines: ReadonlyArray<{ programme: string; amountFen: number }>): Record<string, number> {
  const sums: Record<string, number> = {};
  for (const l of lines) sums[l.programme] = (sums[l.programme] ?? 0) + l.amountFen;
  return sums;
}

/** Where each kind of settlement is listed per month, and its money paid through 一卡通. */
const SETTLEMENTS = [
  { programme: 'CANTEEN_SETTLEMENT', service: 'canteen', path: '/api/v1/settlements', fen: 'subsidyFen' },
  { programme: 'HOME_CARE_SETTLEMENT', service: 'elderly-care', path: '/api/v1/home-care/settlements', fen: 'subsidyFen' },
  { programme: 'SERVICE_PROVIDER_SETTLEMENT', service: 'social-assistance', path: '/api/v1/cash-plus/settlements', fen: 'amountFen' },
] as const;

/** The settlements the programmes approved in the year (canteens, home-care and 物质+服务 providers), fen per programme; none where none was. */
export async function approvedSettlements(api: YearApi, services: readonly string[]): Promise<Record<string, number>> {
  const totals: Record<string, number> = {};
  for (const { programme, service, path, fen } of SETTLEMENTS.filter((k) => services.includes(k.service))) {
    for (const month of MONTHS) {
      for (const s of await pages<Json>(api, service, `${path}?month=${month}`)) if (s.status === 'APPROVED' && Number(s[fen]) > 0) totals[programme] = (totals[programme] ?? 0) + Number(s[fen]);
    }
  }
  return totals;
}
