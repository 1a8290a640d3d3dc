import { catalogueProblems, itemsInForce } from './catalogue.rule';

const row = (code: string, effectiveFrom: string, effectiveTo: string | null, priceFen = 3000, subsidyFen = 2000) => ({ code, effectiveFrom, effectiveTo, priceFen, subsidyFen });

describe('catalogueProblems', () => {
  it('accepts distinct items and consecutive periods of one item', () => {
    expect(catalogueProblems([row('MEAL-01', '2024-01-01', '2024-06-30'), row('MEAL-01', '2024-07-01', null), row('CLEAN-01', '2024-01-01', null)], [])).toEqual([]);
  });

  it('refuses a subsidy above the price', () => {
    expect(catalogueProblems([row('MEAL-01', '2024-01-01', null, 1000, 1001)], [])).toEqual([expect.objectContaining({ index: 0, field: 'subsidyFen', code: 'subsidyAbovePrice' })]);
  });

  it('refuses a period ending before it starts', () => {
    expect(catalogueProblems([row('MEAL-01', '2024-02-01', '2024-01-31')], [])).toEqual([expect.objectContaining({ index: 0, code: 'invalidPeriod' })]);
  });

  it('refuses overlaps with stored rows and within the list', () => {
    expect(catalogueProblems([row('MEAL-01', '2024-06-30', null)], [row('MEAL-01', '2024-01-01', '2024-06-30')])).toEqual([
      expect.objectContaining({ index: 0, code: 'periodOverlap' }),
    ]);
    expect(catalogueProblems([row('MEAL-01', '2024-01-01', null), row('MEAL-01', '2025-01-01', null)], []).map((p) => p.index)).toEqual([0, 1]);
  });
});

describe('itemsInForce', () => {
  it('picks the row in force on the day, both ends inclusive', () => {
    const rows = [row('MEAL-01', '2024-01-01', '2024-06-30', 3000), row('MEAL-01', '2024-07-01', null, 3500)];
    expect(itemsInForce(rows, '2024-06-30').map((r) => r.priceFen)).toEqual([3000]);
    expect(itemsInForce(rows, '2024-07-01').map((r) => r.priceFen)).toEqual([3500]);
    expect(itemsInForce(rows, '2023-12-31')).toEqual([]);
  });
});
