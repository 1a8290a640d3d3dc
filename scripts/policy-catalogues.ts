// The policy catalogue of every service, by service name: what the reference data is checked
// against before it is loaded, and by seeds/reference/policy-parameters.spec.ts.
import type { AnyPolicyCatalogue } from '../libs/common/src/policy/policy-catalogue';
import type { ServiceName } from '../libs/contracts/src/services';
import { CANTEEN_POLICIES } from '../apps/canteen/src/policy-catalogue';
import { CHILD_WELFARE_POLICIES } from '../apps/child-welfare/src/policy-catalogue';
import { CIVIL_REGISTRATION_POLICIES } from '../apps/civil-registration/src/policy-catalogue';
import { DATA_EXCHANGE_POLICIES } from '../apps/data-exchange/src/policy-catalogue';
import { ELDERLY_CARE_POLICIES } from '../apps/elderly-care/src/policy-catalogue';
import { PAYMENTS_POLICIES } from '../apps/payments/src/policy-catalogue';
import { SOCIAL_ASSISTANCE_POLICIES } from '../apps/social-assistance/src/policy-catalogue';

export const POLICY_CATALOGUES: Readonly<Record<ServiceName, AnyPolicyCatalogue>> = {
  'civil-registration': CIVIL_REGISTRATION_POLICIES,
  'social-assistance': SOCIAL_ASSISTANCE_POLICIES,
  'elderly-care': ELDERLY_CARE_POLICIES,
  'child-welfare': CHILD_WELFARE_POLICIES,
  canteen: CANTEEN_POLICIES,
  payments: PAYMENTS_POLICIES,
  'data-exchange': DATA_EXCHANGE_POLICIES,
};
