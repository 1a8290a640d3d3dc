// Categories of a child (DOMAIN §5) from the facts and a date. Pure: no clock, no database.
import { ageOn } from '@app/common/resident-id/resident-id';
import { assertCalendarDate, daysInMonth, formatCalendarDate } from '@app/common/time/calendar-date';
import type { GuardianFacts, GuardianSituation } from './guardian-facts.rule';
import { specialDifficultyMet, type ChildSituation, type SpecialDifficultyCriteria } from './special-difficulty.rule';

export type ChildCategory = 'ORPHAN' | 'DE_FACTO_UNSUPPORTED' | 'SPECIAL_DIFFICULTY' | 'IN_DIFFICULTY' | 'RURAL_LEFT_BEHIND';
export const CHILD_CATEGORIES: readonly ChildCategory[] = ['ORPHAN', 'DE_FACTO_UNSUPPORTED', 'SPECIAL_DIFFICULTY', 'IN_DIFFICULTY', 'RURAL_LEFT_BEHIND'];

export type { GuardianFacts, GuardianRelation, GuardianSituation } from './guardian-facts.rule';

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
  /** The child's own and the household's situation (特殊困难儿童 criteria). */
  situations?: readonly ChildSituation[] | null;
}

export const CATEGORY_THRESHOLDS_POLICY_KEY = 'child-welfare.category-threshold-months';
export const CUSTODIAL_SENTENCE_POLICY_KEY = 'child-welfare.custodial-sentence-min-months';

/** Policy value of the minimum custodial sentence: a positive whole number of months. */
export function parseSentenceMonths(key: string, value: unknown): number {
  if (typeof value !== 'number' || !Number.isSafeInteger(value) || value <= 0) throw new RangeError(`${key} must be a positive whole number of months`);
  return value;
}

/**
 * Policy: months out of contact before a parent counts as incapable, and months in custody that
 * prove a sentence long enough when its length is not recorded (city: 6 and 6).
 */
export interface CategoryThresholds {
  missingMonths: number;
  jailedMonths: number;
}

/** Everything the category rule reads from policy on a day. */
export interface CategoryPolicy extends CategoryThresholds {
  /**
   * A parent serving a custodial sentence of at least this many months is incapable from the first
   * day of custody (city: 6). Absent: only the custody threshold of unrecorded sentences applies.
   */
  custodialSentenceMinMonths?: number;
  /** 特殊困难儿童 per city criteria. Absent: the category is not derived. */
  specialDifficulty?: SpecialDifficultyCriteria;
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

/**
 * In custody under a sentence long enough to count: from the first day of custody to the end of
 * the term when the sentence is recorded (time already served does not matter); when it is not,
 * once custody has lasted the threshold (that much custody proves the sentence).
 */
export function servingCustodialSentence(g: GuardianSituation, onDate: string, p: CategoryPolicy): boolean {
  if (g.jailedSince === null || g.jailedSince > onDate) return false;
  const sentence = g.sentenceMonths ?? null;
  if (sentence === null || p.custodialSentenceMinMonths === undefined) return lasted(g.jailedSince, p.jailedMonths, onDate);
  return sentence >= p.custodialSentenceMinMonths && onDate < addMonths(g.jailedSince, sentence);
}

/**
 * Dead or declared dead. A parent not on record counts as unknown and not found. A known parent
 * out of contact is not gone: that makes the child de facto unsupported, never an orphan.
 */
export function isGone(g: GuardianSituation | undefined, onDate: string): boolean {
  if (!g) return true;
  return g.deceasedOn !== null && g.deceasedOn <= onDate;
}

/**
 * Unable to raise the child (民发〔2019〕62号): severe disability, serious illness, serving a
 * custodial sentence that counts, out of contact (失联) for at least the threshold, guardianship revoked.
 */
export function isIncapable(g: GuardianSituation | undefined, onDate: string, p: CategoryPolicy): boolean {
  if (!g || isGone(g, onDate)) return false;
  return g.severelyDisabled || g.seriouslyIll || g.guardianshipRevoked || lasted(g.missingSince, p.missingMonths, onDate) || servingCustodialSentence(g, onDate, p);
}

function isAway(g: GuardianSituation | undefined, onDate: string, p: CategoryPolicy): boolean {
  return !!g && g.awayForWork && !isGone(g, onDate) && !isIncapable(g, onDate, p);
}

/** The categories that apply on `onDate`, in CHILD_CATEGORIES order. */
export function deriveCategories(facts: ChildFacts, onDate: string, t: CategoryPolicy): ChildCategory[] {
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
  const gone = parents.filter((p) => isGone(p, onDate)).length;
  const incapable = parents.filter((p) => isIncapable(p, onDate, t)).length;
  const away = parents.filter((p) => isAway(p, onDate, t)).length;

  const categories = new Set<ChildCategory>();
  if (gone === all) categories.add('ORPHAN');
  else if (gone + incapable === all) categories.add('DE_FACTO_UNSUPPORTED');
  // 困境儿童 [A]: a parent gone or incapable without the child being an orphan or unsupported.
  else if (gone + incapable >= 1) categories.add('IN_DIFFICULTY');
  if (age < LEFT_BEHIND_AGE_LIMIT && away >= 1 && away + incapable === all) categories.add('RURAL_LEFT_BEHIND');
  // 特殊困难儿童: the child's and the household's situation, beside the categories above.
  if (t.specialDifficulty && specialDifficultyMet({ situations: facts.situations, guardians }, t.specialDifficulty).length > 0) categories.add('SPECIAL_DIFFICULTY');
  return CHILD_CATEGORIES.filter((c) => categories.has(c));
}
