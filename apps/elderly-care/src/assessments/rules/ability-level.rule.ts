// Elderly ability assessment, GB/T 42195-2022 (老年人能力评估规范). Pure.
import { addDays } from '@app/common/time/calendar-date';

export const REASSESSMENT_MONTHS_POLICY_KEY = 'elderly-care.assessment.reassessment-months';

/** Maximum score of each domain; together 90. */
export const DOMAIN_MAX = {
  selfCare: 32, // 自理能力
  basicMotor: 16, // 基础运动能力
  mentalState: 30, // 精神状态
  perceptionSocial: 12, // 感知觉与社会参与
} as const;

export type DomainScores = { [K in keyof typeof DOMAIN_MAX]: number };

export interface RaiseConditions {
  dementia: boolean;
  /** Another mental illness diagnosed by a specialist. */
  mentalIllness: boolean;
  /** Falls, choking, self-harm, wandering in the last 30 days. */
  careRiskEvents: number;
}

export type RaiseReason = 'DEMENTIA' | 'MENTAL_ILLNESS' | 'CARE_RISK_EVENTS';
export type AbilityLevel = 0 | 1 | 2 | 3 | 4;

export interface AbilityResult {
  totalScore: number;
  preliminaryLevel: AbilityLevel;
  level: AbilityLevel;
  raiseReasons: RaiseReason[];
}

/** Lowest total of each preliminary level: 0 (90), 1 (66-89), 2 (46-65), 3 (30-45), 4 (0-29). */
const BANDS: [number, AbilityLevel][] = [
  [90, 0],
  [66, 1],
  [46, 2],
  [30, 3],
  [0, 4],
];

/** Which domain score is out of range, or null. */
export function scoreProblem(scores: DomainScores): string | null {
  for (const key of Object.keys(DOMAIN_MAX) as (keyof DomainScores)[]) {
    const value = scores[key];
    if (!Number.isInteger(value) || value < 0 || value > DOMAIN_MAX[key]) return key;
  }
  return null;
}

export function abilityLevel(scores: DomainScores, conditions: RaiseConditions): AbilityResult {
  const problem = scoreProblem(scores);
  if (problem) throw new RangeError(`${problem} out of range`);
  const totalScore = scores.selfCare + scores.basicMotor + scores.mentalState + scores.perceptionSocial;
  const preliminaryLevel = BANDS.find(([min]) => totalScore >= min)![1];
  const raiseReasons: RaiseReason[] = [];
  if (conditions.dementia) raiseReasons.push('DEMENTIA');
  if (conditions.mentalIllness) raiseReasons.push('MENTAL_ILLNESS');
  if (conditions.careRiskEvents >= 2) raiseReasons.push('CARE_RISK_EVENTS');
  // Raised by one at most, however many conditions hold; never above 4.
  const level = (raiseReasons.length > 0 ? Math.min(4, preliminaryLevel + 1) : preliminaryLevel) as AbilityLevel;
  return { totalScore, preliminaryLevel, level, raiseReasons };
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
