import { SetMetadata } from '@nestjs/common';

export const CONFIDENTIAL_READ_KEY = 'auth:confidential-read';

/**
 * Marks a read that even the auditor may not make, saying why: the platform's rule is that every
 * read admits `auditor` (docs/security.md), and this is the one way to except a route from it. Meant
 * for material that must leave the service only to the people who act on it, such as a bank
 * disbursement file with every payee's account in full; the auditor still reads what describes it
 * (counts, totals, the file's hash) through ordinary routes. The role matrix shows the reason.
 */
export const ConfidentialRead = (reason: string): MethodDecorator => SetMetadata(CONFIDENTIAL_READ_KEY, reason);
