import { YearMonth } from '@app/common/time/year-month';
import { birthdayAt, firstMonthAtAge, grantFromMonth, highAgeSegments, highAgeTierForMonth, segmentsToGrant, parseHighAgeTiers, parseStartRule, type StartRule } from './high-age-allowance.rule';

const CITY = parseHighAgeTiers({
  tiers: [
    { tier: 'AGE_80_99', minAge: 80, monthlyAmountFen: 5000 },
    { tier: 'AGE_100_PLUS', minAge: 100, monthlyAmountFen: 100000 },
  ],
});

describe('firstMonthAtAge', () => {
  it.each<[string, number, StartRule, string]>([
    ['1944-07-15', 80, 'MONTH_AFTER_BIRTHDAY', '2024-08'],
    ['1944-07-15', 80, 'BIRTHDAY_MONTH', '2024-07'],
    ['1944-12-31', 80, 'MONTH_AFTER_BIRTHDAY', '2025-01'],
    ['1944-12-31', 80, 'BIRTHDAY_MONTH', '2024-12'],
    ['1945-01-01', 80, 'MONTH_AFTER_BIRTHDAY', '2025-02'],
    ['1924-03-01', 100, 'MONTH_AFTER_BIRTHDAY', '2024-04'],
    ['1944-02-29', 80, 'BIRTHDAY_MONTH', '2024-02'],
    ['1944-02-29', 80, 'MONTH_AFTER_BIRTHDAY', '2024-03'],
    // 2100 is not a leap year: the 29 February birthday counts on 1 March.
    ['2020-02-29', 80, 'BIRTHDAY_MONTH', '2100-03'],
    ['2020-02-29', 80, 'MONTH_AFTER_BIRTHDAY', '2100-04'],
    // Approved in the birthday month at the earliest, paid from the month after.
    ['1944-07-15', 80, 'MONTH_AFTER_APPROVAL', '2024-08'],
    ['1944-07-01', 80, 'MONTH_AFTER_APPROVAL', '2024-08'],
    ['1944-07-31', 80, 'MONTH_AFTER_APPROVAL', '2024-08'],
    ['1944-12-31', 80, 'MONTH_AFTER_APPROVAL', '2025-01'],
    ['1944-07-01', 80, 'MONTH_AFTER_BIRTHDAY', '2024-08'],
    ['1944-07-01', 80, 'BIRTHDAY_MONTH', '2024-07'],
    ['1944-07-31', 80, 'MONTH_AFTER_BIRTHDAY', '2024-08'],
    ['1944-07-31', 80, 'BIRTHDAY_MONTH', '2024-07'],
    ['1944-06-30', 80, 'BIRTHDAY_MONTH', '2024-06'],
    ['1944-06-30', 80, 'MONTH_AFTER_BIRTHDAY', '2024-07'],
  ])('born %s, age %i, %s -> %s', (birth, age, rule, expected) => {
    expect(firstMonthAtAge(birth, age, rule).toString()).toBe(expected);
  });

  it('puts a non-leap 29 February birthday on 1 March', () => {
    expect(birthdayAt('1948-02-29', 81)).toBe('2029-03-01');
    expect(birthdayAt('1948-02-29', 80)).toBe('2028-02-29');
  });
});

describe('highAgeTierForMonth', () => {
  it.each<[string, string, StartRule, string | null, number | null]>([
    // Born 1944-07-15: 80 on 2024-07-15.
    ['1944-07-15', '2024-07', 'MONTH_AFTER_BIRTHDAY', null, null],
    ['1944-07-15', '2024-08', 'MONTH_AFTER_BIRTHDAY', 'AGE_80_99', 5000],
    ['1944-07-15', '2024-06', 'BIRTHDAY_MONTH', null, null],
    ['1944-07-15', '2024-07', 'BIRTHDAY_MONTH', 'AGE_80_99', 5000],
    // 100th birthday 2024-05-20: the tier moves up by the same rule.
    ['1924-05-20', '2024-05', 'MONTH_AFTER_BIRTHDAY', 'AGE_80_99', 5000],
    ['1924-05-20', '2024-06', 'MONTH_AFTER_BIRTHDAY', 'AGE_100_PLUS', 100000],
    ['1924-05-20', '2024-04', 'BIRTHDAY_MONTH', 'AGE_80_99', 5000],
    ['1924-05-20', '2024-05', 'BIRTHDAY_MONTH', 'AGE_100_PLUS', 100000],
    ['1950-01-01', '2024-12', 'MONTH_AFTER_BIRTHDAY', null, null],
    // MONTH_AFTER_APPROVAL: the grant for the birthday month (the approval) is possible, not before.
    ['1944-07-15', '2024-06', 'MONTH_AFTER_APPROVAL', null, null],
    ['1944-07-15', '2024-07', 'MONTH_AFTER_APPROVAL', 'AGE_80_99', 5000],
    ['1924-05-20', '2024-04', 'MONTH_AFTER_APPROVAL', 'AGE_80_99', 5000],
    ['1924-05-20', '2024-05', 'MONTH_AFTER_APPROVAL', 'AGE_100_PLUS', 100000],
  ])('born %s in %s under %s -> %s', (birth, month, rule, tier, amount) => {
    const result = highAgeTierForMonth(birth, YearMonth.parse(month), rule, CITY);
    expect(result?.tier ?? null).toBe(tier);
    expect(result?.monthlyAmountFen ?? null).toBe(amount);
  });

  it('under MONTH_AFTER_APPROVAL pays from the month after the approval, however late', () => {
    expect(highAgeTierForMonth('1944-07-15', YearMonth.parse('2024-07'), 'MONTH_AFTER_APPROVAL', CITY)?.firstMonth.toString()).toBe('2024-08');
    expect(grantFromMonth('MONTH_AFTER_APPROVAL', YearMonth.parse('2024-07')).toString()).toBe('2024-08');
    expect(grantFromMonth('MONTH_AFTER_APPROVAL', YearMonth.parse('2024-12')).toString()).toBe('2025-01');
    expect(grantFromMonth('MONTH_AFTER_BIRTHDAY', YearMonth.parse('2024-10')).toString()).toBe('2024-10');
    expect(grantFromMonth('BIRTHDAY_MONTH', YearMonth.parse('2024-10')).toString()).toBe('2024-10');
  });

  it('reports the first month of the tier', () => {
    expect(highAgeTierForMonth('1924-05-20', YearMonth.parse('2025-01'), 'MONTH_AFTER_BIRTHDAY', CITY)?.firstMonth.toString()).toBe('2024-06');
  });
});

describe('policy parsing', () => {
  // Tier names are data: any number of tiers, any name of capitals, digits and _.
  it.each([
    [null],
    [{ tiers: [] }],
    [{ tiers: [{ tier: 'AGE_80_99', minAge: 80, monthlyAmountFen: 1.5 }] }],
    [{ tiers: [{ tier: 'age 90', minAge: 90, monthlyAmountFen: 1 }] }],
    [{ tiers: [{ tier: 'A_VERY_LONG_TIER_NAME_1', minAge: 90, monthlyAmountFen: 1 }] }],
    [{ tiers: [{ tier: 'AGE_80', minAge: 80, monthlyAmountFen: 1 }, { tier: 'AGE_80', minAge: 90, monthlyAmountFen: 2 }] }],
    [{ tiers: [{ tier: 'AGE_80', minAge: 80, monthlyAmountFen: 1 }, { tier: 'AGE_90', minAge: 80, monthlyAmountFen: 2 }] }],
  ])(
    'refuses %j',
    (value) => {
      expect(() => parseHighAgeTiers(value)).toThrow();
    },
  );

  it('reads any number of named tiers, lowest age first', () => {
    const tiers = parseHighAgeTiers({
      tiers: [
        { tier: 'AGE_100_PLUS', minAge: 100, monthlyAmountFen: 100000 },
        { tier: 'AGE_80_89', minAge: 80, monthlyAmountFen: 5000 },
        { tier: 'AGE_90_99', minAge: 90, monthlyAmountFen: 10000 },
      ],
    });
    expect(tiers.tiers.map((t) => t.tier)).toEqual(['AGE_80_89', 'AGE_90_99', 'AGE_100_PLUS']);
    expect(highAgeTierForMonth('1934-03-10', YearMonth.parse('2024-05'), 'MONTH_AFTER_BIRTHDAY', tiers)?.tier).toBe('AGE_90_99');
  });

  it.each<[unknown, string]>([
    ['BIRTHDAY_MONTH', 'BIRTHDAY_MONTH'],
    [{ rule: 'MONTH_AFTER_BIRTHDAY' }, 'MONTH_AFTER_BIRTHDAY'],
    ['MONTH_AFTER_APPROVAL', 'MONTH_AFTER_APPROVAL'],
  ])('reads the start rule %j', (value, expected) => {
    expect(parseStartRule(value)).toBe(expected);
  });

  it('refuses an unknown start rule', () => {
    expect(() => parseStartRule('MONTH_OF_APPLICATION')).toThrow();
    expect(() => parseStartRule(null)).toThrow();
  });
});

describe('highAgeSegments: a late registration is paid from the first month due, back to the look-back', () => {
  const THREE = parseHighAgeTiers({
    tiers: [
      { tier: 'AGE_80_89', minAge: 80, monthlyAmountFen: 5000 },
      { tier: 'AGE_90_99', minAge: 90, monthlyAmountFen: 10000 },
      { tier: 'AGE_100_PLUS', minAge: 100, monthlyAmountFen: 100000 },
    ],
  });
  const m = (s: string) => YearMonth.parse(s);
  it.each<[string, string, string, StartRule, number, string | null, typeof CITY, [string, string, string | null][]]>([
    // label, birth, grant month, rule, look-back, end (first month not paid), tiers, expected [tier, from, stopFrom]
    ['turned 80 in March, registered in May: paid from April', '1944-03-10', '2024-05', 'MONTH_AFTER_BIRTHDAY', 12, null, CITY, [['AGE_80_99', '2024-04', null]]],
    ['turned 80 years ago: back to the look-back', '1930-01-05', '2024-05', 'MONTH_AFTER_BIRTHDAY', 12, null, CITY, [['AGE_80_99', '2023-05', null]]],
    ['look-back 0: from the month of the run', '1930-01-05', '2024-05', 'MONTH_AFTER_BIRTHDAY', 0, null, CITY, [['AGE_80_99', '2024-05', null]]],
    ['crossed 100 within the look-back: both tiers, the lower one ends', '1924-01-20', '2024-05', 'MONTH_AFTER_BIRTHDAY', 12, null, CITY, [['AGE_80_99', '2023-05', '2024-02'], ['AGE_100_PLUS', '2024-02', null]]],
    ['100 before the look-back: only the top tier', '1920-01-20', '2024-05', 'MONTH_AFTER_BIRTHDAY', 12, null, CITY, [['AGE_100_PLUS', '2023-05', null]]],
    ['three tiers, two within the look-back', '1933-10-02', '2024-05', 'MONTH_AFTER_BIRTHDAY', 12, null, THREE, [['AGE_80_89', '2023-05', '2023-11'], ['AGE_90_99', '2023-11', null]]],
    ['BIRTHDAY_MONTH starts in the birthday month', '1944-03-10', '2024-05', 'BIRTHDAY_MONTH', 12, null, CITY, [['AGE_80_99', '2024-03', null]]],
    ['not yet 80', '1944-07-15', '2024-05', 'MONTH_AFTER_BIRTHDAY', 12, null, CITY, []],
    ['moved away or died before: stops at the end', '1930-01-05', '2024-05', 'MONTH_AFTER_BIRTHDAY', 12, '2024-02', CITY, [['AGE_80_99', '2023-05', '2024-02']]],
    ['ended before the look-back: nothing', '1930-01-05', '2024-05', 'MONTH_AFTER_BIRTHDAY', 12, '2023-05', CITY, []],
    ['MONTH_AFTER_APPROVAL pays no back months', '1930-01-05', '2024-05', 'MONTH_AFTER_APPROVAL', 12, null, CITY, [['AGE_80_99', '2024-06', null]]],
  ])('%s', (_label, birth, month, rule, lookBack, end, tiers, expected) => {
    const segments = highAgeSegments(birth, m(month), rule, tiers, lookBack, end ? m(end) : null);
    expect(segments.map((s) => [s.tier, s.fromMonth.toString(), s.stopFromMonth?.toString() ?? null])).toEqual(expected);
  });
});

describe('segmentsToGrant: only moving up from what a person already holds', () => {
  const policy = parseHighAgeTiers({
    tiers: [
      { tier: 'AGE_80_89', minAge: 80, monthlyAmountFen: 5000 },
      { tier: 'AGE_90_99', minAge: 90, monthlyAmountFen: 10000 },
      { tier: 'AGE_100_PLUS', minAge: 100, monthlyAmountFen: 100000 },
    ],
  });
  const seg = (tier: string, from: string, stop: string | null) => ({ tier, fromMonth: YearMonth.parse(from), stopFromMonth: stop ? YearMonth.parse(stop) : null });
  const all = [seg('AGE_80_89', '2023-05', '2023-11'), seg('AGE_90_99', '2023-11', '2024-06'), seg('AGE_100_PLUS', '2024-06', null)];
  it.each<[string, ReturnType<typeof seg>[], string[], string[]]>([
    ['nothing held: all', all, [], ['AGE_80_89', 'AGE_90_99', 'AGE_100_PLUS']],
    ['the lowest held: the ones above', all, ['AGE_80_89'], ['AGE_90_99', 'AGE_100_PLUS']],
    ['a middle one held: never the lower back months', all, ['AGE_90_99'], ['AGE_100_PLUS']],
    ['the top held: nothing', all, ['AGE_100_PLUS'], []],
    ['moving up when the lower segment is empty (look-back 0)', [seg('AGE_100_PLUS', '2024-06', null)], ['AGE_90_99'], ['AGE_100_PLUS']],
    ['a tier the policy no longer names: left alone', all, ['AGE_80_99'], []],
  ])('%s', (_label, segments, held, expected) => {
    expect(segmentsToGrant(segments, held, policy).map((s) => s.tier)).toEqual(expected);
  });
});
