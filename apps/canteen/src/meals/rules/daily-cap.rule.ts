// Optional daily cap of subsidised meals per person across slots and canteens (DOMAIN §7).

/**
 * Policy parameter `{ "maxSubsidisedMealsPerDay": 2 }`. Optional: when no period is in force the
 * city has no cap and only the one-per-slot rule applies.
 */
export const MEAL_DAILY_CAP_POLICY_KEY = 'canteen.meal-subsidy.daily-cap';
export const FULL_PRICE_DAILY_CAP = 'DAILY_CAP_REACHED';

export interface DailyCapPolicy {
  maxSubsidisedMealsPerDay: number;
}

export class InvalidDailyCapPolicyError extends Error {
  constructor(detail: string) {
    super(`${MEAL_DAILY_CAP_POLICY_KEY} is malformed: ${detail}`);
    this.name = 'InvalidDailyCapPolicyError';
  }
}

export function parseDailyCapPolicy(value: unknown): DailyCapPolicy {
  const max = (value as Partial<DailyCapPolicy> | null)?.maxSubsidisedMealsPerDay;
  if (!Number.isInteger(max) || (max as number) < 1) throw new InvalidDailyCapPolicyError('maxSubsidisedMealsPerDay must be a whole number of at least 1');
  return { maxSubsidisedMealsPerDay: max as number };
}

/** Whether one more subsidised meal fits under the cap, given those the person already had that day. */
export function withinDailyCap(alreadySubsidisedToday: number, cap: DailyCapPolicy | null): boolean {
  return cap === null || alreadySubsidisedToday < cap.maxSubsidisedMealsPerDay;
}
