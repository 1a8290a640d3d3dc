// Categories of a child (DOMAIN §5) from the facts and a date. Pure: no clock, no database.
import { ageOn } from '@app/common/resident-id/resident-id';
import { assertCalendarDate, daysInMonth, formatCalendarDate } from '@app/common/time/calendar-date';

export type ChildCategory = 'ORPHAN' | 'DE_FACTO_UNSUPPORTED' | 'IN_DIFFICULTY' | 'RURAL_LEFT_BEHIND';
export const CHILD_CATEGORIES: readonly ChildCategory[] = ['ORPHAN', 'DE_FACTO_UNSUPPORTED', 'IN_DIFFICULTY', 'RURAL_LEFT_BEHIND'];

export type GuardianRelation = 'FATHER' | 'MOTHER' | 'GUARDIAN';

/** The situation of a parent or guardian. Dates are YYYY-MM-DD; null/false = not the case. */
export interface GuardianSituation {
  deceasedOn: string | null;
  missingSince: string | null;
  jailedSince: string | null;
  severelyDisabled: boolean;
  seriouslyIll: boolean;
  awayForWork: boolean;
  guardianshipRevoked: boolean;
}

export interface GuardianFacts extends GuardianSituation {
  relation: GuardianRelation;
}

export interface ChildFacts {
  birthDate: string;
  guardians: readonly GuardianFacts[];
  /**
   * Day an adoption was registered. From then on the adopters are the parents (Civil Code art.
   * 1111): only the FATHER/MOTHER on record count, and a single adopter's empty slot is not a
   * parent "not found".
   */
  adoptedOn?: string | null;
  /** The parents and guardians before the adoption, which decide the days before it. */
  guardiansBeforeAdoption?: readonly GuardianFacts[] | null;
}

export const CATEGORY_THRESHOLDS_POLICY_KEY = 'child-welfare.category-threshold-months';

/** Policy: months out of contact / in jail before a parent counts (city: 6 and 6). */
export interface CategoryThresholds {
  missingMonths: number;
  jailedMonths: number;
}

/** Civil Code age limits: law, not policy. */
export const ADULT_AGE = 18;
export const LEFT_BEHIND_AGE_LIMIT = 16;

/** Same day n months later; a day that month lacks falls on its last day (2024-08-31 + 6 = 2025-02-28). */
export function addMonths(date: string, months: number): string {
  const { year, month, day } = assertCalendarDate(date);
  const index = year * 12 + (month - 1) + months;
  const y = Math.floor(index / 12);
  const m = (index % 12) + 1;
  return formatCalendarDate(y, m, Math.min(day, daysInMonth(y, m)));
}

function lasted(since: string | null, months: number, onDate: string): boolean {
  return since !== null && since <= onDate && addMonths(since, months) <= onDate;
}

/** Dead, or out of contact for at least the threshold (查找不到). A parent not on record counts as not found. */
export function isGone(g: GuardianSituation | undefined, onDate: string, t: CategoryThresholds): boolean {
  if (!g) return true;
  return (g.deceasedOn !== null && g.deceasedOn <= onDate) || lasted(g.missingSince, t.missingMonths, onDate);
}

/** Unable to raise the child: severe disability, serious illness, jailed ≥ threshold, guardianship revoked. */
export function isIncapable(g: GuardianSituation | undefined, onDate: string, t: CategoryThresholds): boolean {
  if (!g || isGone(g, onDate, t)) return false;
  return g.severelyDisabled || g.seriouslyIll || g.guardianshipRevoked || lasted(g.jailedSince, t.jailedMonths, onDate);
}

function isAway(g: GuardianSituation | undefined, onDate: string, t: CategoryThresholds): boolean {
  return !!g && g.awayForWork && !isGone(g, onDate, t);
}

/** The categories that apply on `onDate`, in CHILD_CATEGORIES order. */
export function deriveCategories(facts: ChildFacts, onDate: string, t: CategoryThresholds): ChildCategory[] {
  if (onDate < facts.birthDate) return [];
  const age = ageOn(facts.birthDate, onDate);
  if (age >= ADULT_AGE) return [];
  const adopted = facts.adoptedOn != null && facts.adoptedOn <= onDate;
  const guardians = facts.adoptedOn != null && !adopted && facts.guardiansBeforeAdoption ? facts.guardiansBeforeAdoption : facts.guardians;
  const father = guardians.find((g) => g.relation === 'FATHER');
  const mother = guardians.find((g) => g.relation === 'MOTHER');
  const parents = adopted ? [father, mother].filter((p) => p !== undefined) : [father, mother];
  if (parents.length === 0) return [];
  const all = parents.length;
  const gone = parents.filter((p) => isGone(p, onDate, t)).length;
  const incapable = parents.filter((p) => isIncapable(p, onDate, t)).length;
  const away = parents.filter((p) => isAway(p, onDate, t)).length;

  const categories = new Set<ChildCategory>();
  if (gone === all) categories.add('ORPHAN');
  else if (gone + incapable === all) categories.add('DE_FACTO_UNSUPPORTED');
  // 困境儿童 [A]: a parent gone or incapable without the child being an orphan or unsupported.
  else if (gone + incapable >= 1) categories.add('IN_DIFFICULTY');
  if (age < LEFT_BEHIND_AGE_LIMIT && away >= 1 && away + incapable === all) categories.add('RURAL_LEFT_BEHIND');
  return CHILD_CATEGORIES.filter((c) => categories.has(c));
}
