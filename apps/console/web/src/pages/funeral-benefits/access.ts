// Who works 惠民殡葬: civil-registration's readers see the ledger and a benefit, its recorders
// record who receives it, its deciders approve the payment (libs/common/src/auth/roles.ts). The
// service still decides every request, including that the clerk who recorded the claimant may
// not approve.
import { DECIDERS, READERS, RECORDERS } from '../../../../../../libs/common/src/auth/roles';

export const FUNERAL_READERS: readonly string[] = READERS;
export const FUNERAL_RECORDERS: readonly string[] = RECORDERS;
export const FUNERAL_DECIDERS: readonly string[] = DECIDERS;
