import { apportion, splitByAmount, type AmountClass } from '../../scripts/year/amount-split';

const sums = (classes: readonly AmountClass[], counts: number[]) => ({ count: counts.reduce((n, x) => n + x, 0), total: counts.reduce((n, x, i) => n + x * classes[i].amount, 0) });

describe('splitting a year’s count and money over subsidy amounts', () => {
  const meals: AmountClass[] = [
    { amount: 200, capacity: 1_900_000 },
    { amount: 300, capacity: 275_000 },
    { amount: 500, capacity: 150_000 },
  ];

  it.each([
    ['the city’s meals (2.96 yuan a meal)', meals, 429_400, 127_050_000],
    ['meals all at the cheapest amount', meals, 1_000, 200_000],
    ['meals all at the dearest amount', meals, 1_000, 500_000],
    ['a class without capacity', [...meals, { amount: 800, capacity: 0 }], 10, 2_900],
    ['one class', [{ amount: 300, capacity: 5 }], 4, 1_200],
    ['visits of a catalogue', [1000, 1500, 2500, 8000, 15000, 18000, 24000].map((amount) => ({ amount, capacity: 1_104 })), 1_104, 20_000_000],
  ])('gives %s exactly, within the capacities', (_what, classes, count, total) => {
    const counts = splitByAmount(classes, count, total);
    expect(sums(classes, counts)).toEqual({ count, total });
    counts.forEach((n, i) => {
      expect(Number.isInteger(n)).toBe(true);
      expect(n).toBeGreaterThanOrEqual(0);
      expect(n).toBeLessThanOrEqual(classes[i].capacity);
    });
  });

  it('leans on every class alike while the mean is that of the capacities', () => {
    // The capacities' own mean is 280 fen: each class is then filled to the same share.
    const classes = [
      { amount: 200, capacity: 600 },
      { amount: 300, capacity: 200 },
      { amount: 500, capacity: 200 },
    ];
    expect(splitByAmount(classes, 100, 28_000)).toEqual([60, 20, 20]);
  });

  it('leans towards the dearer classes for a higher mean, keeping the order of their shares', () => {
    const counts = splitByAmount(meals, 429_400, 127_050_000);
    const shares = counts.map((n, i) => n / meals[i].capacity);
    expect(shares[0]).toBeLessThan(shares[1]);
    expect(shares[1]).toBeLessThan(shares[2]);
  });

  it('is the same for the same input', () => {
    expect(splitByAmount(meals, 4_294, 1_270_500)).toEqual(splitByAmount(meals, 4_294, 1_270_500));
  });

  it.each([
    ['more than the classes take', meals.map((c) => ({ ...c, capacity: 1 })), 4, 1_000, /4 do not fit: the classes take 3/],
    ['a total below the cheapest', meals, 10, 1_999, /1999 fen for 10 is outside what the amounts give: 2000 to 5000 fen/],
    ['a total above the dearest within capacity', [{ amount: 200, capacity: 10 }, { amount: 500, capacity: 1 }], 5, 1_500, /outside what the amounts give: 1000 to 1300 fen/],
    ['a total no mix of the amounts makes', meals, 10, 2_050, /2050 fen cannot be made of 10 items of 200, 300, 500 fen/],
    ['money for nothing', meals, 0, 100, /100 fen cannot be spent on nothing/],
    ['two classes of one amount', [{ amount: 200, capacity: 1 }, { amount: 200, capacity: 1 }], 1, 200, /must differ/],
  ])('refuses %s', (_what, classes, count, total, message) => {
    expect(() => splitByAmount(classes, count, total)).toThrow(message);
  });
});

describe('apportioning a count by weights', () => {
  it.each([
    [10, [1, 1, 1], [4, 3, 3]],
    [7, [5, 0, 2], [5, 0, 2]],
    [3, [2, 2, 2, 2], [1, 1, 1, 0]],
    [0, [3, 4], [0, 0]],
    [5, [0, 0], [0, 0]],
    [100, [1, 2, 3], [17, 33, 50]],
  ])('shares %i by %j as %j', (count, weights, shares) => {
    expect(apportion(count, weights)).toEqual(shares);
  });
});
