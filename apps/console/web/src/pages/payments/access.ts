// Who sees 一卡通代发 (apps/payments/src/payments-roles.ts, docs/security.md): every platform role
// and finance read batches, held lines and the reconciliation; only finance assembles, releases,
// downloads the bank's file and posts its return file. The service still decides every request
// (a batch is released by a finance officer other than who assembled it).
export const FINANCE: readonly string[] = ['finance'];
export const PAYMENT_READERS: readonly string[] = ['operator', 'reviewer', 'approver', 'auditor', 'admin', 'finance'];
/** The menu leads finance there, and the auditor and admin who check it; other readers may still open it. */
export const PAYMENT_MENU_ROLES: readonly string[] = ['finance', 'auditor', 'admin'];
