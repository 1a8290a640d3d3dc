// 特困 of a minor (DOMAIN §2 [A]): admitted under 16, covered to 18; beyond 18 only while in
// full-time school, checked at 18 and each school year, to the in-school age limit. Nothing is
// decided at admission: a re-check falls due on the 18th birthday (then on each following
// birthday while in school); coverage runs through the month of the birthday reached, like the
// death month paid in full. A 29 February birthday falls on 1 March in common years. Pure.
import { ageOn } from '@app/common/resident-id/resident-id';
import { formatCalendarDate, isLeapYear } from '@app/common/time/calendar-date';
import type { MinorCoverage, TekunAgeLimits } from './tekun.rule';

/** The date of the `age`-th birthday. */
export function birthdayAt(birthDate: string, age: number): string {
  const year = Number(birthDate.slice(0, 4)) + age;
  const [month, day] = [Number(birthDate.slice(5, 7)), Number(birthDate.slice(8, 10))];
  if (month === 2 && day === 29 && !isLeapYear(year)) return formatCalendarDate(year, 3, 1);
  return formatCalendarDate(year, month, day);
}

const monthOf = (date: string): string => date.slice(0, 7);

/** At admission: the last month covered and the first school re-check, for a person admitted as a minor; null otherwise. */
export function minorAdmission(birthDate: string, ageAtApplication: number, limits: TekunAgeLimits, coverage: MinorCoverage): { coveredUntil: string; schoolRecheckDueOn: string } | null {
  if (ageAtApplication >= limits.minorUnder) return null;
  const due = birthdayAt(birthDate, coverage.untilAge);
  return { coveredUntil: monthOf(due), schoolRecheckDueOn: due };
}

/**
 * The school status recorded for the re-check due on `dueOn` (a birthday): in school → covered
 * through the next birthday's month (at most the in-school age limit's), re-checked then unless
 * that is the limit; not in school → covered through the month of this birthday, then stops.
 */
export function afterSchoolRecheck(birthDate: string, dueOn: string, inSchool: boolean, coverage: MinorCoverage): { coveredUntil: string; nextRecheckDueOn: string | null; stops: boolean } {
  const age = ageOn(birthDate, dueOn);
  if (!inSchool) return { coveredUntil: monthOf(birthdayAt(birthDate, age)), nextRecheckDueOn: null, stops: true };
  const next = Math.min(age + 1, coverage.inSchoolUntilAge);
  return { coveredUntil: monthOf(birthdayAt(birthDate, next)), nextRecheckDueOn: next < coverage.inSchoolUntilAge ? birthdayAt(birthDate, next) : null, stops: false };
}
