import type { ServiceDefinition } from '@app/service-kit';
import { Bank, BankLayout } from './banks/bank.entity';
import { DisbursementBatch } from './batches/batch.entity';
import { CreatePaymentsTables1767300000000 } from './migrations/1767300000000-create-payments-tables';
import { RecoveryRequests1767400000000 } from './migrations/1767400000000-recovery-requests';
import { RecoveryBatchEmptied1767500000000 } from './migrations/1767500000000-recovery-batch-emptied';
import { BatchReferenceRanges1767600000000 } from './migrations/1767600000000-batch-reference-ranges';
import { PayeeAccount } from './payee-accounts/payee-account.entity';
import { FINANCE } from './payments-roles';
import { PAYMENTS_POLICIES } from './policy-catalogue';

export const SERVICE: ServiceDefinition = {
  name: 'payments',
  database: 'payments',
  port: 3006,
  description: 'Payee accounts, disbursement batches and bank files, bank returns and reconciliation (一卡通).',
  entities: [Bank, BankLayout, PayeeAccount, DisbursementBatch],
  migrations: [CreatePaymentsTables1767300000000, RecoveryRequests1767400000000, RecoveryBatchEmptied1767500000000, BatchReferenceRanges1767600000000],
  policies: PAYMENTS_POLICIES,
  // The finance officers import payee accounts as jobs and watch them.
  jobStarters: [FINANCE],
  // An approval chunk is up to 1,000 lines (~250 KB): 40 in flight and 10 per transaction keep
  // the consumer near 10 MB of messages and a transaction near 10,000 lines.
  messagingDefaults: { prefetch: 40, consumerBatchSize: 10 },
};
