// Which allowance starts and stops to announce (DOMAIN §5: the child allowance takes precedence
// over 低保/特困, so social-assistance must learn when it starts and stops). Pure: it compares
// the spell already announced with the allowance rule's answer on `asOf`; it never re-derives
// the allowance itself, so the months announced are the months the payroll pays.
import { YearMonth } from '@app/common/time/year-month';
import type { CategoryPolicy } from '../../categories/rules/child-category.rule';
import { allowanceForMonth, allowanceStatusOn, type AllowanceCategory, type AllowanceFacts, type NotDueReason } from './child-allowance.rule';

export interface AnnouncedSpell {
  category: AllowanceCategory;
  fromMonth: string;
}

export type StopReason = Exclude<NotDueReason, 'NOT_YET_DUE'>;

export type AllowanceTransition =
  | { kind: 'STARTED'; category: AllowanceCategory; fromMonth: YearMonth }
  | { kind: 'STOPPED'; category: AllowanceCategory; reason: StopReason; stopFromMonth: YearMonth };

/** The first month after `from` that the announced spell no longer pays (a stop month itself is never paid). */
function stopMonthOf(facts: AllowanceFacts, from: YearMonth, asOf: string, thresholdsOn: (date: string) => CategoryPolicy): { month: YearMonth; reason: StopReason } {
  const last = YearMonth.fromDate(asOf).next();
  for (let month = from; !month.isAfter(last); month = month.next()) {
    const decision = allowanceForMonth(facts, month, thresholdsOn(month.previous().lastDay()));
    if (!decision.due && decision.reason !== 'NOT_YET_DUE') return { month, reason: decision.reason };
    // A new spell began: the old one ended with the month before it.
    if (decision.due && decision.fromMonth.isAfter(from)) return { month: decision.fromMonth, reason: 'NOT_IN_CATEGORY' };
  }
  return { month: last, reason: 'NOT_IN_CATEGORY' };
}

/**
 * The events that bring the announced spell in line with the facts on `asOf`: nothing when they
 * already agree (so a replayed fact announces nothing twice), a stop when the child no longer
 * qualifies, a start when a spell began, or a stop and a start when one spell replaced another.
 */
export function allowanceTransitions(
  facts: AllowanceFacts,
  announced: AnnouncedSpell | null,
  asOf: string,
  thresholdsOn: (date: string) => CategoryPolicy,
): AllowanceTransition[] {
  const now = allowanceStatusOn(facts, asOf, thresholdsOn(asOf));
  const transitions: AllowanceTransition[] = [];
  if (announced) {
    const from = YearMonth.parse(announced.fromMonth);
    const sameSpell = now.fromMonth !== null && now.fromMonth.equals(from);
    if (sameSpell) return [];
    const stop = stopMonthOf(facts, from, asOf, thresholdsOn);
    const reason = now.category === null && now.reason !== null && now.reason !== 'NOT_YET_DUE' ? now.reason : stop.reason;
    // A parent regaining capacity replaces the guardian record and leaves no date behind, so the
    // facts can no longer say when the spell ended: the month of the change is paid in full.
    const stopFromMonth = reason === 'NOT_IN_CATEGORY' ? YearMonth.fromDate(asOf).next() : stop.month;
    transitions.push({ kind: 'STOPPED', category: announced.category, reason, stopFromMonth });
  }
  if (now.category !== null && now.fromMonth !== null) {
    transitions.push({ kind: 'STARTED', category: now.category, fromMonth: now.fromMonth });
  }
  return transitions;
}
