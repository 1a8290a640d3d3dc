import type { EventOf } from '../event-map';
import { SAMPLE_RESIDENT_IDS as ids } from './sample-resident-ids';

type RecoveryKey = 'elderly-care.recovery.requested.v1' | 'payments.recovery.settled.v1';

/** Samples of the overpayment recovery (冲正) events (spread into sampleEvents). */
export const RECOVERY_SAMPLES: { readonly [K in RecoveryKey]: EventOf<K> } = {
  'elderly-care.recovery.requested.v1': {
    recoveryId: '3c9e1f20-6a4b-4d7c-8e15-9f0a1b2c3d41',
    overpaymentId: '3c9e1f20-6a4b-4d7c-8e15-9f0a1b2c3d42',
    programme: 'HIGH_AGE_ALLOWANCE',
    residentId: ids.elderMan,
    amountFen: 20_000,
    periods: ['2024-09', '2024-10'],
    paymentLineIds: ['3c9e1f20-6a4b-4d7c-8e15-9f0a1b2c3d43', '3c9e1f20-6a4b-4d7c-8e15-9f0a1b2c3d44'],
    requestedBy: 'officer-110105-08',
    approvedBy: 'approver-110105-01',
  },
  'payments.recovery.settled.v1': {
    ownerService: 'elderly-care',
    batchId: '3c9e1f20-6a4b-4d7c-8e15-9f0a1b2c3d51',
    returnFileId: '3c9e1f20-6a4b-4d7c-8e15-9f0a1b2c3d52',
    settledOn: '2024-11-12',
    recoveries: [
      {
        recoveryId: '3c9e1f20-6a4b-4d7c-8e15-9f0a1b2c3d41',
        overpaymentId: '3c9e1f20-6a4b-4d7c-8e15-9f0a1b2c3d42',
        outcome: 'FAILED',
        amountFen: 20_000,
        reason: 'ACCOUNT_CLOSED',
        bankMessage: '账户已销户',
      },
    ],
  },
};
