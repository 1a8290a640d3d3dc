// Moving away (DOMAIN §0 life-event sources, §4 stop timing). Pure: `today` is a parameter.
import { isCalendarDate } from '@app/common/time/calendar-date';
import { YearMonth } from '@app/common/time/year-month';

/** Who reported the move: public security (户籍), the household registry, civil registration, the village. */
export const MOVE_SOURCES = ['PUBLIC_SECURITY', 'REGISTRY', 'CIVIL_REGISTRATION', 'VILLAGE'] as const;
export type MoveSource = (typeof MOVE_SOURCES)[number];

export function isMoveSource(value: unknown): value is MoveSource {
  return MOVE_SOURCES.includes(value as MoveSource);
}

/** Why a move date cannot be recorded, or null: a real date, not in the future, not before birth. */
export function moveDateProblem(movedOn: string, birthDate: string, today: string): string | null {
  if (!isCalendarDate(movedOn)) return 'movedOn must be a real date YYYY-MM-DD';
  if (movedOn > today) return 'movedOn must not be in the future';
  if (movedOn < birthDate) return 'movedOn must not be before the birth date';
  return null;
}

/** Allowance and subsidy stop from the month after the move; the month of the move is paid. */
export function stopFromMonthAfterMove(movedOn: string): YearMonth {
  return YearMonth.fromDate(movedOn).next();
}
