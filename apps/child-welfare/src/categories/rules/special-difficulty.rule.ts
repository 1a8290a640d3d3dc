// 特殊困难儿童 (special difficulty) per city criteria (DOMAIN §5 [P]). The criteria are policy
// data: each names the situations that must hold together (every group of `allOf` needs one of
// its situations), and a child under 18 meeting any criterion is in the category. Pure.
import type { GuardianFacts } from './guardian-facts.rule';

export const SPECIAL_DIFFICULTY_POLICY_KEY = 'child-welfare.special-difficulty-criteria';

/** Situations recorded on the child (staff record them; the household's status too). */
export const RECORDED_SITUATIONS = [
  'DISABLED', // holds a disability certificate (残疾证), any grade
  'SEVERELY_DISABLED', // grade 1 or 2 (一、二级); implies DISABLED
  'SERIOUSLY_ILL', // serious illness (重病、大病)
  'DIBAO_HOUSEHOLD', // the household receives 低保
  'TEKUN_HOUSEHOLD', // 特困 support
  'BORDERLINE_HOUSEHOLD', // 低保边缘
] as const;
export type RecordedSituation = (typeof RECORDED_SITUATIONS)[number];

/** Situations read from the parents on record (FATHER/MOTHER). */
export const PARENT_SITUATIONS = ['PARENT_SEVERELY_DISABLED', 'PARENT_SERIOUSLY_ILL'] as const;

export const CHILD_SITUATIONS = [...RECORDED_SITUATIONS, ...PARENT_SITUATIONS] as const;
export type ChildSituation = (typeof CHILD_SITUATIONS)[number];

export interface SpecialDifficultyCriterion {
  /** Stable code, e.g. SEVERE_DISABILITY. */
  code: string;
  /** The city's wording. */
  label: string;
  /** Every group must hold; a group holds when any of its situations does. */
  allOf: ChildSituation[][];
}

export interface SpecialDifficultyCriteria {
  criteria: SpecialDifficultyCriterion[];
}

export interface SituationFacts {
  situations?: readonly ChildSituation[] | null;
  guardians: readonly GuardianFacts[];
}

function situationsOf(facts: SituationFacts): Set<ChildSituation> {
  const held = new Set<ChildSituation>(facts.situations ?? []);
  if (held.has('SEVERELY_DISABLED')) held.add('DISABLED');
  const parents = facts.guardians.filter((g) => g.relation === 'FATHER' || g.relation === 'MOTHER');
  if (parents.some((p) => p.severelyDisabled)) held.add('PARENT_SEVERELY_DISABLED');
  if (parents.some((p) => p.seriouslyIll)) held.add('PARENT_SERIOUSLY_ILL');
  return held;
}

/** The codes of the criteria the child meets, in the policy's order. */
export function specialDifficultyMet(facts: SituationFacts, criteria: SpecialDifficultyCriteria): string[] {
  const held = situationsOf(facts);
  return criteria.criteria.filter((c) => c.allOf.every((group) => group.some((s) => held.has(s)))).map((c) => c.code);
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Checks the shape of the policy value; a criterion that could never or would always match is refused. */
export function parseSpecialDifficultyCriteria(key: string, value: unknown): SpecialDifficultyCriteria {
  const bad = (why: string) => new RangeError(`${key}: ${why}`);
  if (!isObject(value) || !Array.isArray(value.criteria)) throw bad('must be { criteria: [...] }');
  const codes = new Set<string>();
  for (const c of value.criteria as unknown[]) {
    if (!isObject(c) || typeof c.code !== 'string' || c.code.length === 0 || typeof c.label !== 'string') throw bad('each criterion needs a code and a label');
    if (codes.has(c.code)) throw bad(`criterion ${c.code} appears twice`);
    codes.add(c.code);
    if (!Array.isArray(c.allOf) || c.allOf.length === 0) throw bad(`criterion ${c.code} needs at least one group in allOf`);
    for (const group of c.allOf as unknown[]) {
      if (!Array.isArray(group) || group.length === 0) throw bad(`criterion ${c.code} has an empty group`);
      for (const s of group) if (!(CHILD_SITUATIONS as readonly unknown[]).includes(s)) throw bad(`criterion ${c.code}: unknown situation ${String(s)}`);
    }
  }
  return value as unknown as SpecialDifficultyCriteria;
}
