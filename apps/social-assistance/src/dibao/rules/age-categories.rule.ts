// Age-derived 分类施保 categories (DOMAIN §0): ELDERLY (60+) and MINOR (under 18) are never typed;
// they follow from the birth date in the resident ID, month by month. Which month a birthday
// changes them in is a dated policy parameter (`changesFrom`):
//   MONTH_AFTER_BIRTHDAY  age read on the last day of the previous month: ELDERLY from the month
//                         after the 60th birthday, MINOR through the month of the 18th birthday
//                         (as a minor's 特困 is paid through that month);
//   BIRTHDAY_MONTH        age read on the last day of the month: both change in the birthday month.
// A 29 February birthday falls on 1 March in common years (ageOn). Pure.
import { ageOn } from '@app/common/resident-id/resident-id';
import type { YearMonth } from '@app/common/time/year-month';

export const AGE_CATEGORIES = ['ELDERLY', 'MINOR'] as const;
export type AgeCategory = (typeof AGE_CATEGORIES)[number];

export interface AgeCategoryRule {
  elderlyFromAge: number;
  minorUnderAge: number;
  changesFrom: 'MONTH_AFTER_BIRTHDAY' | 'BIRTHDAY_MONTH';
}

/** The day on which a member's age counts for `month`. */
export function ageReadOn(month: YearMonth, rule: AgeCategoryRule): string {
  return rule.changesFrom === 'BIRTHDAY_MONTH' ? month.lastDay() : month.previous().lastDay();
}

/** Birth date (YYYY-MM-DD) of a valid, stored resident ID. */
export function birthDateOf(residentId: string): string {
  return `${residentId.slice(6, 10)}-${residentId.slice(10, 12)}-${residentId.slice(12, 14)}`;
}

export function ageCategoriesInMonth(birthDate: string, month: YearMonth, rule: AgeCategoryRule): AgeCategory[] {
  const on = ageReadOn(month, rule);
  // Born after the day read (this month): a newborn, a minor.
  const age = on < birthDate ? -1 : ageOn(birthDate, on);
  const categories: AgeCategory[] = [];
  if (age >= rule.elderlyFromAge) categories.push('ELDERLY');
  if (age < rule.minorUnderAge) categories.push('MINOR');
  return categories;
}

/**
 * A member's categories in `month`: the typed ones (a stored ELDERLY or MINOR from before these
 * were derived is ignored) plus the age-derived ones; none derived without a rule in force.
 */
export function categoriesInMonth(typed: readonly string[], residentId: string, month: YearMonth, rule: AgeCategoryRule | null): string[] {
  const kept = typed.filter((c) => !(AGE_CATEGORIES as readonly string[]).includes(c));
  return rule ? [...kept, ...ageCategoriesInMonth(birthDateOf(residentId), month, rule)] : kept;
}
