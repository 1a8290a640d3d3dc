// The canteen service's codes the console labels (operating modes, the reasons a meal is at full
// price), read from its rules for the console's locale test (apps/console/web/test/canteen.spec.ts).
// The console may not import another app (.dependency-cruiser.cjs); scripts may.
export { OPERATING_MODES } from '../../apps/canteen/src/canteens/rules/operating-mode.rule';
export { FULL_PRICE_DAILY_CAP } from '../../apps/canteen/src/meals/rules/daily-cap.rule';
export { FULL_PRICE_NOT_ELIGIBLE, FULL_PRICE_NOT_LOCAL, FULL_PRICE_REGISTRATION_UNCONFIRMED } from '../../apps/canteen/src/meals/rules/meal-tier.rule';
