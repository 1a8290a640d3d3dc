// Home care "10+N" order flow (DOMAIN §4): ordered → assigned to a provider → checked in →
// checked out (minimum duration) → confirmed by the elder → settled monthly with the provider.
// Pure: no clock, no I/O; instants are parameters.

export const MIN_VISIT_MINUTES_POLICY_KEY = 'elderly-care.home-care.min-visit-minutes';

export const ORDER_STATUSES = ['ORDERED', 'ASSIGNED', 'CHECKED_IN', 'CHECKED_OUT', 'CONFIRMED', 'SETTLED', 'CANCELLED'] as const;
export type OrderStatus = (typeof ORDER_STATUSES)[number];

export type OrderAction = 'assign' | 'check-in' | 'check-out' | 'confirm' | 'settle' | 'cancel';

const TRANSITIONS: Record<OrderAction, { from: readonly OrderStatus[]; to: OrderStatus }> = {
  assign: { from: ['ORDERED', 'ASSIGNED'], to: 'ASSIGNED' },
  'check-in': { from: ['ASSIGNED'], to: 'CHECKED_IN' },
  'check-out': { from: ['CHECKED_IN'], to: 'CHECKED_OUT' },
  confirm: { from: ['CHECKED_OUT'], to: 'CONFIRMED' },
  settle: { from: ['CONFIRMED'], to: 'SETTLED' },
  // A visit under way can still be called off; one that took place is paid.
  cancel: { from: ['ORDERED', 'ASSIGNED', 'CHECKED_IN'], to: 'CANCELLED' },
};

/** Statuses from which an order may still be cancelled (open orders, e.g. on a death). */
export const OPEN_ORDER_STATUSES: readonly OrderStatus[] = TRANSITIONS.cancel.from;

/** The status after `action`, or null when the action is not allowed from `current`. */
export function nextStatus(current: OrderStatus, action: OrderAction): OrderStatus | null {
  const t = TRANSITIONS[action];
  return t.from.includes(current) ? t.to : null;
}

export type CheckOutProblem = 'BEFORE_CHECK_IN' | 'TOO_SHORT';

/** Why a check-out at `checkedOutAt` is refused, or null. Whole minutes: 29:59 is not 30. */
export function checkOutProblem(checkedInAt: Date, checkedOutAt: Date, minMinutes: number): CheckOutProblem | null {
  const ms = checkedOutAt.getTime() - checkedInAt.getTime();
  if (ms < 0) return 'BEFORE_CHECK_IN';
  if (ms < minMinutes * 60_000) return 'TOO_SHORT';
  return null;
}

/** What the elder pays themselves: the price less the subsidy, never below zero. */
export function copayFen(priceFen: number, subsidyFen: number): number {
  return Math.max(0, priceFen - subsidyFen);
}
