// Every policy parameter the payments service reads. Bank layouts are reference data per bank, not
// dated policy, so the catalogue starts empty; dated figures (a recovery ceiling, say) go here.
import { definePolicyCatalogue } from '@app/common/policy/policy-catalogue';

export const PAYMENTS_POLICIES = definePolicyCatalogue('payments', {});

export type PaymentsPolicies = typeof PAYMENTS_POLICIES;
