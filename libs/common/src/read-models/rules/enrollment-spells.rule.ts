// Coverage by 低保/特困 enrollments as other services see it: one spell per enrollment, in whole
// months. A start covers from the first day of fromMonth; a stop ends coverage on the first day
// of stopFromMonth. Either bound may be missing while its event has not arrived yet.

export interface EnrollmentSpell {
  /** First month covered, YYYY-MM; null while only the stop is known. */
  fromMonth: string | null;
  /** First month no longer covered, YYYY-MM; null while open. */
  stopFromMonth: string | null;
}

const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;
const DAY = /^\d{4}-(0[1-9]|1[0-2])-\d{2}$/;

/** 'YYYY-MM' or 'YYYY-MM-DD' -> 'YYYY-MM'. */
function monthOf(dateOrMonth: string): string {
  if (MONTH.test(dateOrMonth)) return dateOrMonth;
  if (DAY.test(dateOrMonth)) return dateOrMonth.slice(0, 7);
  throw new RangeError(`not a YYYY-MM month or YYYY-MM-DD date: ${dateOrMonth}`);
}

/** Whether `spell` covers the month of `dateOrMonth`. A spell whose start is unknown covers nothing. */
export function spellCovers(spell: EnrollmentSpell, dateOrMonth: string): boolean {
  const month = monthOf(dateOrMonth);
  return spell.fromMonth !== null && spell.fromMonth <= month && (spell.stopFromMonth === null || month < spell.stopFromMonth);
}

/** The first spell covering the month of `dateOrMonth`, if any. */
export function coveringSpell<S extends EnrollmentSpell>(spells: readonly S[], dateOrMonth: string): S | undefined {
  return spells.find((spell) => spellCovers(spell, dateOrMonth));
}

/** Whether any spell covers the month of `dateOrMonth` (a day or a month). */
export function coveredOn(spells: readonly EnrollmentSpell[], dateOrMonth: string): boolean {
  return coveringSpell(spells, dateOrMonth) !== undefined;
}

/**
 * The one merge rule of the read model, as the writer's SQL applies it: each bound keeps the
 * earliest month it has been told. Events may come in any order and more than once; the earliest
 * start and the earliest stop are what the enrollment's owner decided, and a stop is never undone
 * (a new enrollment has a new id).
 */
export function mergeSpell(known: EnrollmentSpell, told: EnrollmentSpell): EnrollmentSpell {
  return { fromMonth: earliest(known.fromMonth, told.fromMonth), stopFromMonth: earliest(known.stopFromMonth, told.stopFromMonth) };
}

function earliest(a: string | null, b: string | null): string | null {
  if (a === null) return b;
  if (b === null) return a;
  return a <= b ? a : b;
}
