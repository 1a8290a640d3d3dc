// The child allowance inside child-welfare's person view: the service declares it as an open
// object, so it is read here field by field, and anything of another shape reads as missing. Pure.
import type { ChildAllowanceStatus, ChildWelfarePerson } from './types';

type Loose = Record<string, unknown>;

function isRecord(value: unknown): value is Loose {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

const text = (value: unknown): string | null => (typeof value === 'string' ? value : null);
const fen = (value: unknown): number | null => (typeof value === 'number' && Number.isSafeInteger(value) ? value : null);

function currentMonthOf(value: unknown): ChildAllowanceStatus['currentMonth'] {
  if (!isRecord(value) || typeof value.month !== 'string') return null;
  return { month: value.month, due: value.due === true, ...(typeof value.reason === 'string' ? { reason: value.reason } : {}) };
}

function paymentsOf(value: unknown): ChildAllowanceStatus['payments'] {
  if (!Array.isArray(value)) return [];
  return value.filter(isRecord).flatMap((p) => {
    const amountFen = fen(p.amountFen);
    const month = text(p.month);
    return amountFen === null || month === null ? [] : [{ month, kind: text(p.kind) ?? 'REGULAR', amountFen, paidWithMonth: text(p.paidWithMonth) }];
  });
}

export function childAllowanceOf(person: ChildWelfarePerson | null): ChildAllowanceStatus | null {
  return allowanceStatusOf(person?.child?.allowance);
}

/** `GET /api/v1/children/:id/allowance` as read above (the child page reads it on its own). */
export function allowanceStatusOf(raw: unknown): ChildAllowanceStatus | null {
  if (!isRecord(raw)) return null;
  return {
    careForm: text(raw.careForm),
    category: text(raw.category),
    qualifyingSince: text(raw.qualifyingSince),
    fromMonth: text(raw.fromMonth),
    notEntitledReason: text(raw.notEntitledReason),
    monthlyAmountFen: fen(raw.monthlyAmountFen),
    currentMonth: currentMonthOf(raw.currentMonth),
    payments: paymentsOf(raw.payments),
  };
}

/** What was paid in all, arrears included. */
export function totalPaidFen(allowance: ChildAllowanceStatus): number {
  return allowance.payments.reduce((sum, p) => sum + p.amountFen, 0);
}
