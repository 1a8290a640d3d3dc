// Every key of the policy catalogues the console's 政策参数 screen offers, per service, for its
// locale test (apps/console/web/test/policy.spec.ts). The console may not import another app
// (.dependency-cruiser.cjs); scripts may, as ./not-eligible-reasons.ts does.
import { CANTEEN_POLICIES } from '../../apps/canteen/src/policy-catalogue';
import { CHILD_WELFARE_POLICIES } from '../../apps/child-welfare/src/policy-catalogue';
import { CIVIL_REGISTRATION_POLICIES } from '../../apps/civil-registration/src/policy-catalogue';
import { ELDERLY_CARE_POLICIES } from '../../apps/elderly-care/src/policy-catalogue';
import { SOCIAL_ASSISTANCE_POLICIES } from '../../apps/social-assistance/src/policy-catalogue';

export const POLICY_KEYS_BY_SERVICE: Readonly<Record<string, readonly string[]>> = Object.fromEntries(
  [CANTEEN_POLICIES, CHILD_WELFARE_POLICIES, CIVIL_REGISTRATION_POLICIES, ELDERLY_CARE_POLICIES, SOCIAL_ASSISTANCE_POLICIES].map((c) => [c.service, c.keys as string[]]),
);
