// The payments service's own trade role next to the platform vocabulary (libs/common/src/auth/roles.ts).
import { ADMIN, APPROVER, READERS, RECORDERS, REVIEWER } from '@app/common/auth/roles';

/**
 * The bureau's finance officer (财务): assembles the month's disbursement batches, releases them
 * to the bank (not the one who assembled a batch), takes the bank file and posts the bank's
 * return file. The only role that may download a bank file, which carries every payee's account
 * in full.
 */
export const FINANCE = 'finance';

/** Every platform reader, and finance. */
export const PAYMENT_READERS = [...READERS, FINANCE] as const;
/** Who may propose a payee account (a change with its evidence) or import a list of them. */
export const ACCOUNT_PROPOSERS = [...RECORDERS, FINANCE] as const;
/** Who may confirm or reject someone else's proposal: the second person of the four eyes. */
export const ACCOUNT_CHECKERS = [REVIEWER, APPROVER, ADMIN, FINANCE] as const;
