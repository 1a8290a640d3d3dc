import { abilityLevel, DOMAINS, domainScores, ITEM_MAX, itemProblem, nextDueOn, type AssessmentItems, type Domain } from './ability-level.rule';

const NONE = { dementia: false, mentalIllness: false, careRiskEvents: 0 };

/** Items summing to `total`, filled item by item in sheet order. */
function itemsFor(total: number): AssessmentItems {
  let left = total;
  const items = {} as Record<Domain, Record<string, number>>;
  for (const domain of DOMAINS) {
    items[domain] = {};
    for (const [item, max] of Object.entries(ITEM_MAX[domain] as Record<string, number>)) {
      const value = Math.min(max, left);
      items[domain][item] = value;
      left -= value;
    }
  }
  return items as unknown as AssessmentItems;
}

function withItem(domain: Domain, item: string, value: unknown): AssessmentItems {
  const items = itemsFor(40) as unknown as Record<Domain, Record<string, unknown>>;
  return { ...items, [domain]: { ...items[domain], [item]: value } } as unknown as AssessmentItems;
}

describe('the 26-item sheet', () => {
  it('has 26 items in domains of 32, 15, 28 and 15 points, 90 in all', () => {
    expect(DOMAINS.reduce((n, d) => n + Object.keys(ITEM_MAX[d]).length, 0)).toBe(26);
    expect(domainScores(itemsFor(90))).toEqual({ selfCare: 32, basicMobility: 15, mentalState: 28, perceptionSocial: 15 });
  });

  it.each<[Domain, string, number]>(DOMAINS.flatMap((d) => Object.entries(ITEM_MAX[d] as Record<string, number>).map(([item, max]) => [d, item, max] as [Domain, string, number])))(
    '%s.%s ranges 0-%i',
    (domain, item, max) => {
      expect(itemProblem(withItem(domain, item, 0))).toBeNull();
      expect(itemProblem(withItem(domain, item, max))).toBeNull();
      expect(itemProblem(withItem(domain, item, max + 1))).toBe(`${domain}.${item}`);
      expect(itemProblem(withItem(domain, item, -1))).toBe(`${domain}.${item}`);
      expect(itemProblem(withItem(domain, item, 0.5))).toBe(`${domain}.${item}`);
      expect(itemProblem(withItem(domain, item, undefined))).toBe(`${domain}.${item}`);
      expect(() => abilityLevel(withItem(domain, item, max + 1), NONE)).toThrow(RangeError);
    },
  );
});

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
    const result = abilityLevel(itemsFor(total), NONE);
    expect(result.totalScore).toBe(total);
    expect(result.preliminaryLevel).toBe(level);
    expect(result.level).toBe(level);
    expect(result.raiseReasons).toEqual([]);
  });

  it.each<[string, { dementia: boolean; mentalIllness: boolean; careRiskEvents: number; coma?: boolean }, number, number, number, string[]]>([
    // label, conditions, total, preliminary level, level, reasons
    ['dementia', { ...NONE, dementia: true }, 70, 1, 2, ['DEMENTIA']],
    ['mental illness', { ...NONE, mentalIllness: true }, 90, 0, 1, ['MENTAL_ILLNESS']],
    ['two care-risk events', { ...NONE, careRiskEvents: 2 }, 50, 2, 3, ['CARE_RISK_EVENTS']],
    ['one care-risk event does not raise', { ...NONE, careRiskEvents: 1 }, 50, 2, 2, []],
    ['several conditions raise by one only', { dementia: true, mentalIllness: true, careRiskEvents: 3 }, 66, 1, 2, ['DEMENTIA', 'MENTAL_ILLNESS', 'CARE_RISK_EVENTS']],
    ['never above 4', { ...NONE, dementia: true }, 10, 4, 4, ['DEMENTIA']],
    ['a coma is level 4 directly, whatever the total', { ...NONE, coma: true }, 90, 4, 4, []],
    ['a coma with dementia stays 4', { ...NONE, coma: true, dementia: true }, 60, 4, 4, ['DEMENTIA']],
  ])('%s', (_label, conditions, total, preliminary, level, reasons) => {
    const result = abilityLevel(itemsFor(total), conditions);
    expect(result.totalScore).toBe(total);
    expect(result.preliminaryLevel).toBe(preliminary);
    expect(result.level).toBe(level);
    expect(result.raiseReasons).toEqual(reasons);
    expect(result.coma).toBe(conditions.coma === true);
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
