import { abilityLevel, nextDueOn, scoreProblem, type DomainScores } from './ability-level.rule';

const NONE = { dementia: false, mentalIllness: false, careRiskEvents: 0 };

/** Scores summing to `total`, filled domain by domain. */
function scoresFor(total: number): DomainScores {
  const selfCare = Math.min(32, total);
  const basicMotor = Math.min(16, total - selfCare);
  const mentalState = Math.min(30, total - selfCare - basicMotor);
  return { selfCare, basicMotor, mentalState, perceptionSocial: total - selfCare - basicMotor - mentalState };
}

describe('abilityLevel', () => {
  it.each([
    [90, 0],
    [89, 1],
    [66, 1],
    [65, 2],
    [46, 2],
    [45, 3],
    [30, 3],
    [29, 4],
    [0, 4],
  ])('total %i -> level %i', (total, level) => {
    const result = abilityLevel(scoresFor(total), NONE);
    expect(result.totalScore).toBe(total);
    expect(result.preliminaryLevel).toBe(level);
    expect(result.level).toBe(level);
    expect(result.raiseReasons).toEqual([]);
  });

  it.each<[string, { dementia: boolean; mentalIllness: boolean; careRiskEvents: number }, number, number, string[]]>([
    ['dementia', { ...NONE, dementia: true }, 70, 2, ['DEMENTIA']],
    ['mental illness', { ...NONE, mentalIllness: true }, 90, 1, ['MENTAL_ILLNESS']],
    ['two care-risk events', { ...NONE, careRiskEvents: 2 }, 50, 3, ['CARE_RISK_EVENTS']],
    ['one care-risk event does not raise', { ...NONE, careRiskEvents: 1 }, 50, 2, []],
    ['several conditions raise by one only', { dementia: true, mentalIllness: true, careRiskEvents: 3 }, 66, 2, ['DEMENTIA', 'MENTAL_ILLNESS', 'CARE_RISK_EVENTS']],
    ['never above 4', { ...NONE, dementia: true }, 10, 4, ['DEMENTIA']],
  ])('raise: %s', (_label, conditions, total, level, reasons) => {
    const result = abilityLevel(scoresFor(total), conditions);
    expect(result.level).toBe(level);
    expect(result.raiseReasons).toEqual(reasons);
  });

  it.each<[Partial<DomainScores>, string]>([
    [{ selfCare: 33 }, 'selfCare'],
    [{ basicMotor: 17 }, 'basicMotor'],
    [{ mentalState: -1 }, 'mentalState'],
    [{ perceptionSocial: 1.5 }, 'perceptionSocial'],
  ])('refuses %j', (override, field) => {
    const scores = { ...scoresFor(40), ...override };
    expect(scoreProblem(scores)).toBe(field);
    expect(() => abilityLevel(scores, NONE)).toThrow(RangeError);
  });
});

describe('nextDueOn', () => {
  it.each([
    ['2024-03-15', 12, '2025-03-15'],
    ['2024-02-29', 12, '2025-02-28'],
    ['2024-01-31', 1, '2024-02-29'],
    ['2024-12-31', 6, '2025-06-30'],
  ])('%s + %i months -> %s', (on, months, expected) => {
    expect(nextDueOn(on, months)).toBe(expected);
  });
});
