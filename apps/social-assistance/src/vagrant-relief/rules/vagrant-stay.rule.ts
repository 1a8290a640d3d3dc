// 流浪乞讨 vagrant relief (DOMAIN §3 [N]): voluntary and free; a stay lasts at most N days (the
// intake day counts as day 1) unless extended with a recorded reason; minors go to the
// minor-protection centre (HANDED_OVER) unless a parent or guardian found by 寻亲 (family search)
// takes them home (RETURNED_HOME); adults leave home-bound or by their own choice.
import { addDays } from '@app/common/time/calendar-date';

export type VagrantOutcome = 'RETURNED_HOME' | 'HANDED_OVER' | 'LEFT';

/** The last day of a stay of `days` days starting on `from`. */
export function stayUntil(from: string, days: number): string {
  if (!Number.isInteger(days) || days < 1) throw new RangeError(`days must be a positive integer, got ${days}`);
  return addDays(from, days - 1);
}

export function isOverdue(until: string, today: string): boolean {
  return today > until;
}

/** A family-search attempt as far as the outcome cares: found, and whom. */
export interface FamilySearchResult {
  found: boolean;
  guardian?: { name: string; relation: string } | null;
}

/** Whether 寻亲 found a parent or guardian (a found entry naming them). */
export function guardianFound(entries: readonly FamilySearchResult[]): boolean {
  return entries.some((e) => e.found && !!e.guardian);
}

/**
 * Minors are handed over to the minor-protection centre, or go home with a parent or guardian
 * found by 寻亲; adults return home or leave.
 */
export function outcomeProblem(minor: boolean, outcome: VagrantOutcome, guardianWasFound: boolean): 'MINOR_MUST_BE_HANDED_OVER' | 'ONLY_MINORS_ARE_HANDED_OVER' | null {
  if (minor && outcome === 'RETURNED_HOME' && guardianWasFound) return null;
  if (minor && outcome !== 'HANDED_OVER') return 'MINOR_MUST_BE_HANDED_OVER';
  if (!minor && outcome === 'HANDED_OVER') return 'ONLY_MINORS_ARE_HANDED_OVER';
  return null;
}
