// "物质+服务" cash plus services (DOMAIN §3 [P]): services bought from providers for dispersed
// (分散供养) 特困 people and economically difficult people aged 80+. Economically difficult is
// what this service knows of a person's means: a 低保 enrollment, or a dynamic monitoring spell
// (低保边缘 or low income) in the month. Elders' own facts live in elderly-care, so an 80+
// person outside those registers is not seen here. Age is read on the last day of the month: a
// person turning 80 in the month is served from that month [A].
import { ageOn } from '@app/common/resident-id/resident-id';
import { YearMonth } from '@app/common/time/year-month';

/** What the service holds about one person in one month. */
export interface CashPlusFacts {
  birthDate: string;
  /** A death notice was received (any date): nobody plans services for the deceased. */
  deceasedOn: string | null;
  /** An open 特困 enrollment in the month on a case of 分散供养. */
  dispersedTekun: boolean;
  /** An open 特困 enrollment in the month on a case of 集中供养: the institution cares for them. */
  centralTekun: boolean;
  /** An open 低保 enrollment in the month. */
  dibao: boolean;
  /** A dynamic monitoring spell (低保边缘, low income) open in the month. */
  monitored: boolean;
}

export interface CashPlusEligibilityPolicy {
  /** social-assistance.cash-plus.elder-from-age: 80. */
  elderFromAge: number;
}

export type CashPlusCategory = 'TEKUN' | 'ELDER';
export type CashPlusIneligibility = 'DECEASED' | 'CENTRAL_CARE' | 'UNDER_ELDER_AGE' | 'NOT_IN_TARGET_GROUP';
export type CashPlusEligibility = { eligible: true; category: CashPlusCategory } | { eligible: false; reason: CashPlusIneligibility };

/** Who is served in `month`; a dispersed 特困 person counts as 特困 whatever their age. */
export function cashPlusEligibility(facts: CashPlusFacts, month: string, policy: CashPlusEligibilityPolicy): CashPlusEligibility {
  if (facts.deceasedOn !== null) return { eligible: false, reason: 'DECEASED' };
  if (facts.dispersedTekun) return { eligible: true, category: 'TEKUN' };
  if (facts.centralTekun) return { eligible: false, reason: 'CENTRAL_CARE' };
  if (!facts.dibao && !facts.monitored) return { eligible: false, reason: 'NOT_IN_TARGET_GROUP' };
  const lastDay = YearMonth.parse(month).lastDay();
  if (lastDay < facts.birthDate || ageOn(facts.birthDate, lastDay) < policy.elderFromAge) return { eligible: false, reason: 'UNDER_ELDER_AGE' };
  return { eligible: true, category: 'ELDER' };
}
