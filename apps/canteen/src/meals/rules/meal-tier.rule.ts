// Which subsidy a meal gets (DOMAIN §7): the highest of the age band on the meal's date and the
// 低保/特困 (minimum living guarantee / extremely poor) amount. Amounts come from the policy
// parameter in force on the meal's date, never from code.
import { ageOn } from '@app/common/resident-id/resident-id';

export const MEAL_SUBSIDY_POLICY_KEY = 'canteen.meal-subsidy.tiers';

export type MealTier = string;
export const NO_TIER = 'NONE';
export const ASSISTANCE_TIER = 'ASSISTANCE';

export interface AgeBand {
  /** Label stored on the meal, e.g. AGE_80. */
  tier: string;
  /** Age in whole years from which the band applies (the birthday counts). */
  minAge: number;
  amountFen: number;
}

export interface MealSubsidyPolicy {
  ageBands: AgeBand[];
  /** Per meal for people covered by 低保 or 特困. */
  assistanceAmountFen: number;
}

export interface MealTierFacts {
  birthDate: string;
  mealDate: string;
  /** Covered by 低保 or 特困 on the meal's date. */
  assisted: boolean;
  /**
   * Local household registration (户籍); the subsidy is for local residents only. null: not yet
   * confirmed, so the diner eats at full price until it is (registration is never assumed).
   */
  localRegistration: boolean | null;
}

/** Why a meal gets no tier at all. */
export const FULL_PRICE_NOT_ELIGIBLE = 'NOT_ELIGIBLE';
export const FULL_PRICE_NOT_LOCAL = 'NOT_LOCAL_REGISTRATION';
export const FULL_PRICE_REGISTRATION_UNCONFIRMED = 'LOCAL_REGISTRATION_UNCONFIRMED';

export interface MealTierDecision {
  tier: MealTier;
  amountFen: number;
  /** Set when amountFen is 0: NOT_ELIGIBLE, NOT_LOCAL_REGISTRATION or LOCAL_REGISTRATION_UNCONFIRMED. */
  fullPriceReason?: string;
}

export class InvalidMealSubsidyPolicyError extends Error {
  constructor(detail: string) {
    super(`${MEAL_SUBSIDY_POLICY_KEY} is malformed: ${detail}`);
    this.name = 'InvalidMealSubsidyPolicyError';
  }
}

function isFen(value: unknown): value is number {
  return Number.isInteger(value) && (value as number) >= 0;
}

/** Checks the shape of the stored JSON value. */
export function parseMealSubsidyPolicy(value: unknown): MealSubsidyPolicy {
  const candidate = value as Partial<MealSubsidyPolicy> | null;
  if (!candidate || typeof candidate !== 'object') throw new InvalidMealSubsidyPolicyError('not an object');
  if (!isFen(candidate.assistanceAmountFen)) throw new InvalidMealSubsidyPolicyError('assistanceAmountFen must be whole fen');
  if (!Array.isArray(candidate.ageBands)) throw new InvalidMealSubsidyPolicyError('ageBands must be a list');
  for (const band of candidate.ageBands) {
    if (!band || typeof band.tier !== 'string' || band.tier.length === 0) throw new InvalidMealSubsidyPolicyError('every band needs a tier');
    if (!Number.isInteger(band.minAge) || band.minAge < 0) throw new InvalidMealSubsidyPolicyError(`band ${band.tier}: minAge must be a whole number`);
    if (!isFen(band.amountFen)) throw new InvalidMealSubsidyPolicyError(`band ${band.tier}: amountFen must be whole fen`);
  }
  return { ageBands: candidate.ageBands, assistanceAmountFen: candidate.assistanceAmountFen };
}

/**
 * The highest-paying tier that applies; NONE with 0 when none does. On a tie the age band wins
 * (listed first), which changes the label only, never the amount. The 低保/特困 amount raises the
 * subsidy of a diner who is in an age band; it never makes one of its own, so under the youngest
 * band's age (60) there is no subsidy at all (DOMAIN §7).
 */
export function selectMealTier(facts: MealTierFacts, policy: MealSubsidyPolicy): MealTierDecision {
  if (facts.localRegistration === false) return { tier: NO_TIER, amountFen: 0, fullPriceReason: FULL_PRICE_NOT_LOCAL };
  if (facts.localRegistration !== true) return { tier: NO_TIER, amountFen: 0, fullPriceReason: FULL_PRICE_REGISTRATION_UNCONFIRMED };
  const age = ageOn(facts.birthDate, facts.mealDate);
  const bands = policy.ageBands.filter((band) => age >= band.minAge);
  let best: MealTierDecision = { tier: NO_TIER, amountFen: 0 };
  for (const band of bands) {
    if (band.amountFen > best.amountFen) best = { tier: band.tier, amountFen: band.amountFen };
  }
  const inAnAgeBand = bands.length > 0;
  if (facts.assisted && inAnAgeBand && policy.assistanceAmountFen > best.amountFen) best = { tier: ASSISTANCE_TIER, amountFen: policy.assistanceAmountFen };
  return best.amountFen > 0 ? best : { ...best, fullPriceReason: FULL_PRICE_NOT_ELIGIBLE };
}
