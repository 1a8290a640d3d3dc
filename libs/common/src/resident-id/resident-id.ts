// Resident ID number (居民身份证号码), GB 11643-1999. It is the key that joins one person across
// services, so every service must accept and reject exactly the same numbers.
import { assertCalendarDate, calendarDateParts } from '../time/calendar-date';

export type Sex = 'M' | 'F';

export interface ResidentIdInfo {
  /** Normalised: upper-case X. */
  id: string;
  /** Region of first issue (digits 1-6). Not the place of residence. */
  regionCode: string;
  /** YYYY-MM-DD */
  birthDate: string;
  sex: Sex;
}

export type ResidentIdErrorCode = 'FORMAT' | 'CHECKSUM' | 'BIRTH_DATE_INVALID' | 'BIRTH_DATE_IMPLAUSIBLE' | 'BIRTH_DATE_IN_FUTURE';

/**
 * No one alive, and no one a benefit could be paid to, was born before this day. The standard's
 * own format example (born 1880) passes the check character, which is exactly why a date check
 * is needed: a typo in the year digits keeps a valid-looking number otherwise.
 */
export const EARLIEST_PLAUSIBLE_BIRTH_DATE = '1900-01-01';

const MESSAGES: Record<ResidentIdErrorCode, string> = {
  FORMAT: 'must be 17 digits followed by a digit or X',
  CHECKSUM: 'check character does not match',
  BIRTH_DATE_INVALID: 'birth date is not a real date',
  BIRTH_DATE_IMPLAUSIBLE: `birth date is before ${EARLIEST_PLAUSIBLE_BIRTH_DATE}`,
  BIRTH_DATE_IN_FUTURE: 'birth date is in the future',
};

export class InvalidResidentIdError extends Error {
  // The message never contains the number itself: it is personal data and messages end up in logs.
  constructor(readonly code: ResidentIdErrorCode) {
    super(`Invalid resident ID: ${MESSAGES[code]}`);
    this.name = 'InvalidResidentIdError';
  }
}

const SHAPE = /^\d{17}[\dXx]$/;
const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const CHECK_CHARS = '10X98765432';

/** The 18th character for the first 17 digits (exported for test data and seed generators). */
export function residentIdCheckChar(first17: string): string {
  if (!/^\d{17}$/.test(first17)) throw new RangeError('residentIdCheckChar needs exactly 17 digits');
  return checkCharOf(first17);
}

/** The check character of a string whose first 17 characters are known to be digits (a bulk file checks millions). */
function checkCharOf(digits: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += WEIGHTS[i] * (digits.charCodeAt(i) - 48);
  return CHECK_CHARS[sum % 11];
}

export type ResidentIdCheck = { ok: true; info: ResidentIdInfo } | { ok: false; code: ResidentIdErrorCode };

/** Everything that does not need today's date: shape, check character, real birth date. */
function checkWithoutClock(raw: string): ResidentIdCheck {
  if (typeof raw !== 'string' || !SHAPE.test(raw)) return { ok: false, code: 'FORMAT' };
  const id = raw.toUpperCase();
  if (checkCharOf(id) !== id[17]) return { ok: false, code: 'CHECKSUM' };
  // The digits are checked already: a real date written this way is already in canonical form.
  const birthDate = `${id.slice(6, 10)}-${id.slice(10, 12)}-${id.slice(12, 14)}`;
  if (!calendarDateParts(birthDate)) return { ok: false, code: 'BIRTH_DATE_INVALID' };
  if (birthDate < EARLIEST_PLAUSIBLE_BIRTH_DATE) return { ok: false, code: 'BIRTH_DATE_IMPLAUSIBLE' };
  return {
    ok: true,
    info: {
      id,
      regionCode: id.slice(0, 6),
      birthDate,
      sex: Number(id[16]) % 2 === 1 ? 'M' : 'F',
    },
  };
}

/**
 * Full check. `today` (YYYY-MM-DD, from the injected Clock) is required so that this stays a
 * pure function and tests and back-office runs can act as of any date.
 */
export function checkResidentId(raw: string, today: string): ResidentIdCheck {
  assertCalendarDate(today, 'today');
  const result = checkWithoutClock(raw);
  if (result.ok && result.info.birthDate > today) return { ok: false, code: 'BIRTH_DATE_IN_FUTURE' };
  return result;
}

/** checkResidentId with `today` checked once, for checking a whole file's lines against one date. */
export function residentIdCheckerFor(today: string): (raw: string) => ResidentIdCheck {
  assertCalendarDate(today, 'today');
  return (raw) => {
    const result = checkWithoutClock(raw);
    return result.ok && result.info.birthDate > today ? { ok: false, code: 'BIRTH_DATE_IN_FUTURE' } : result;
  };
}

/** Like checkResidentId but throws InvalidResidentIdError. */
export function parseResidentId(raw: string, today: string): ResidentIdInfo {
  const result = checkResidentId(raw, today);
  if (!result.ok) throw new InvalidResidentIdError(result.code);
  return result.info;
}

/**
 * Shape, check character and a real birth date, but no future-date check: usable in request and
 * event schemas, which have no clock. Accepts a lower-case x.
 */
export function isValidResidentIdFormat(raw: string): boolean {
  return checkWithoutClock(raw).ok;
}

/**
 * Default masking for responses and logs (DOMAIN §9): `110***********1234`. Anything that is not
 * 18 characters is masked as a whole except its ends, so a malformed number never leaks either.
 */
export function maskResidentId(id: string): string {
  if (id.length < 8) return '*'.repeat(id.length);
  return `${id.slice(0, 3)}${'*'.repeat(id.length - 7)}${id.slice(-4)}`;
}

/**
 * Age in whole years on `onDate`. The birthday counts on the day itself; a 29 February birthday
 * turns a year older on 1 March in non-leap years (the day after 28 February), which is how age
 * thresholds (marriage age, 80+ allowance) are usually read.
 */
export function ageOn(birthDate: string, onDate: string): number {
  const birth = assertCalendarDate(birthDate, 'birthDate');
  const on = assertCalendarDate(onDate, 'onDate');
  if (onDate < birthDate) throw new RangeError(`onDate ${onDate} is before birthDate ${birthDate}`);
  const hadBirthdayThisYear = on.month > birth.month || (on.month === birth.month && on.day >= birth.day);
  return on.year - birth.year - (hadBirthdayThisYear ? 0 : 1);
}
