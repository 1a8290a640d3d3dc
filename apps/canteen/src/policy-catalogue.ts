// Every policy parameter the canteen service reads (README "Policy parameters"): key -> the shape
// of its value, checked by the rules' own parsers when a value is posted and when it is read.
import { definePolicyCatalogue, parsedBy } from '@app/common/policy/policy-catalogue';
import { MEAL_DAILY_CAP_POLICY_KEY, parseDailyCapPolicy } from './meals/rules/daily-cap.rule';
import { MEAL_SLOT_WINDOWS_POLICY_KEY, parseSlotWindows } from './meals/rules/meal-slot.rule';
import { MEAL_SUBSIDY_POLICY_KEY, parseMealSubsidyPolicy } from './meals/rules/meal-tier.rule';

export const CANTEEN_POLICIES = definePolicyCatalogue('canteen', {
  /** Age bands and the 低保/特困 amount per meal, in force on the meal's date. */
  [MEAL_SUBSIDY_POLICY_KEY]: { schema: parsedBy(parseMealSubsidyPolicy) },
  /** Optional: without a period in force the city has no cap, only one subsidised meal per slot. */
  [MEAL_DAILY_CAP_POLICY_KEY]: { schema: parsedBy(parseDailyCapPolicy), optional: true },
  /** Optional: a slot without a window (or no period in force) is not restricted by time of day. */
  [MEAL_SLOT_WINDOWS_POLICY_KEY]: { schema: parsedBy(parseSlotWindows), optional: true },
});

export type CanteenPolicies = typeof CANTEEN_POLICIES;
