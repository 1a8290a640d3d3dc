// The events of 一卡通 (docs/payments.md): the payees' accounts, the month's batches to the banks,
// the banks' return files, and the accounts corrected after a failure (kinds/payments-plan.ts).

/** A person the year brings in who may be paid (a child orphaned in the year), with the place their account is numbered by. */
export interface Newcomer {
  residentId: string;
  name: string;
  divisionCode: string;
  /** After the registers' payees (bank/accounts.ts numbers accounts by place). */
  place: number;
}

/**
 * 一卡通 accounts imported by one finance officer and confirmed by another (docs/payments.md §1):
 * on day 1 every payee of the registers but a few held back (REGISTERS: `residentIds` are those
 * left out), later in the year those few (LISTED: `residentIds` are those given one now), and
 * people brought in during the year on the day they come (NEWCOMERS: `newcomers`).
 */
export interface PayeeAccountsEvent {
  kind: 'payee-accounts';
  key: string;
  scope: 'REGISTERS' | 'LISTED' | 'NEWCOMERS';
  residentIds: string[];
  newcomers?: Newcomer[];
}

/** A few days after the payrolls: the month's batches assembled by one finance officer and released by the other. */
export interface PaymentBatchesEvent {
  kind: 'payment-batches';
  key: string;
  /** YYYY-MM */
  month: string;
}

/** Some days after the release: the banks' return files for the month's batches, a few payees' accounts failing. */
export interface BankReturnEvent {
  kind: 'bank-return';
  key: string;
  month: string;
  /** How many payees' accounts fail this month: the first of `candidates` the month's files pay (bank/failures.ts). */
  failures: number;
  candidates: Array<{ residentId: string; reason: 'ACCOUNT_CLOSED' | 'ACCOUNT_NOT_FOUND' | 'NAME_MISMATCH' | 'ACCOUNT_FROZEN' }>;
}

/** Later in the month: the payees whose payment failed bring a new card; imported by one finance officer, confirmed by the other. */
export interface AccountCorrectionsEvent {
  kind: 'account-corrections';
  key: string;
  /** The month of the return files, and its failures chosen as the bank chose them. */
  month: string;
  failures: number;
  candidates: BankReturnEvent['candidates'];
}

export type PaymentsEvent = PayeeAccountsEvent | PaymentBatchesEvent | BankReturnEvent | AccountCorrectionsEvent;

/** Last in a day: a card given on a batch day is in force before the month is assembled; the returns answer the released batches. */
export const PAYMENTS_KIND_ORDER = ['payee-accounts', 'payment-batches', 'bank-return', 'account-corrections'] as const satisfies ReadonlyArray<PaymentsEvent['kind']>;
