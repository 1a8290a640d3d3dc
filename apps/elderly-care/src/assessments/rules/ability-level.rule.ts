// Elderly ability assessment, GB/T 42195-2022 (老年人能力评估规范). Pure.
import { addDays } from '@app/common/time/calendar-date';

export const REASSESSMENT_MONTHS_POLICY_KEY = 'elderly-care.assessment.reassessment-months';

/**
 * The 26 items of GB/T 42195-2022 by domain, each with its highest score (all start at 0):
 * domains 32 / 15 / 28 / 15, together 90.
 */
export const ITEM_MAX = {
  // 自理能力 self-care
  selfCare: { eating: 4, grooming: 4, bathing: 4, dressingUpper: 4, dressingLower: 4, urinaryControl: 4, bowelControl: 4, toileting: 4 },
  // 基础运动能力 basic mobility
  basicMobility: { bedPositioning: 4, bedChairTransfer: 4, walking: 4, stairs: 3 },
  // 精神状态 mental state
  mentalState: { timeOrientation: 4, placeOrientation: 4, personOrientation: 4, memory: 4, comprehension: 4, expression: 4, aggression: 1, depression: 1, consciousness: 2 },
  // 感知觉与社会参与 perception and social participation
  perceptionSocial: { vision: 2, hearing: 2, dailyAffairs: 4, transport: 3, socialContact: 4 },
} as const;

export type Domain = keyof typeof ITEM_MAX;
export const DOMAINS = Object.keys(ITEM_MAX) as Domain[];
export type AssessmentItems = { [D in Domain]: { [I in keyof (typeof ITEM_MAX)[D]]: number } };
export type DomainScores = { [D in Domain]: number };

export interface RaiseConditions {
  dementia: boolean;
  /** Another mental illness diagnosed by a specialist. */
  mentalIllness: boolean;
  /** Falls, choking, self-harm, wandering in the last 30 days. */
  careRiskEvents: number;
  /** A person in a coma is rated level 4 directly. */
  coma?: boolean;
}

export type RaiseReason = 'DEMENTIA' | 'MENTAL_ILLNESS' | 'CARE_RISK_EVENTS';
export type AbilityLevel = 0 | 1 | 2 | 3 | 4;

export interface AbilityResult {
  domainScores: DomainScores;
  totalScore: number;
  preliminaryLevel: AbilityLevel;
  level: AbilityLevel;
  raiseReasons: RaiseReason[];
  coma: boolean;
}

/** Lowest total of each preliminary level: 0 (90), 1 (66-89), 2 (46-65), 3 (30-45), 4 (0-29). */
const BANDS: [number, AbilityLevel][] = [
  [90, 0],
  [66, 1],
  [46, 2],
  [30, 3],
  [0, 4],
];

/** The item (`domain.item`) that is missing or out of its range, or null. */
export function itemProblem(items: AssessmentItems): string | null {
  for (const domain of DOMAINS) {
    const max = ITEM_MAX[domain] as Record<string, number>;
    const given = (items?.[domain] ?? {}) as Record<string, unknown>;
    for (const item of Object.keys(max)) {
      const value = given[item];
      if (typeof value !== 'number' || !Number.isInteger(value) || value < 0 || value > max[item]) return `${domain}.${item}`;
    }
  }
  return null;
}

/** Each domain's score: the sum of its items. */
export function domainScores(items: AssessmentItems): DomainScores {
  const sum = (domain: Domain) => Object.values(items[domain] as Record<string, number>).reduce((n, v) => n + v, 0);
  return { selfCare: sum('selfCare'), basicMobility: sum('basicMobility'), mentalState: sum('mentalState'), perceptionSocial: sum('perceptionSocial') };
}

/**
 * Scores and level from the 26 items: the total sets the preliminary level, raised by one (at
 * most to 4) for dementia, another specialist-diagnosed mental illness or >= 2 care-risk events
 * in 30 days. A person in a coma is level 4 directly.
 */
export function abilityLevel(items: AssessmentItems, conditions: RaiseConditions): AbilityResult {
  const problem = itemProblem(items);
  if (problem) throw new RangeError(`${problem} out of range`);
  const scores = domainScores(items);
  const totalScore = scores.selfCare + scores.basicMobility + scores.mentalState + scores.perceptionSocial;
  const coma = conditions.coma === true;
  const preliminaryLevel = coma ? 4 : BANDS.find(([min]) => totalScore >= min)![1];
  const raiseReasons: RaiseReason[] = [];
  if (conditions.dementia) raiseReasons.push('DEMENTIA');
  if (conditions.mentalIllness) raiseReasons.push('MENTAL_ILLNESS');
  if (conditions.careRiskEvents >= 2) raiseReasons.push('CARE_RISK_EVENTS');
  // Raised by one at most, however many conditions hold; never above 4.
  const level = (raiseReasons.length > 0 ? Math.min(4, preliminaryLevel + 1) : preliminaryLevel) as AbilityLevel;
  return { domainScores: scores, totalScore, preliminaryLevel, level, raiseReasons, coma };
}

/** Reassessment date: `months` after the assessment, on the same day (end of month when shorter). */
export function nextDueOn(assessedOn: string, months: number): string {
  const [y, m, d] = assessedOn.split('-').map(Number);
  const index = y * 12 + (m - 1) + months;
  const year = Math.floor(index / 12);
  const month = (index % 12) + 1;
  const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
  const day = Math.min(d, last);
  return addDays(`${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`, 0);
}
