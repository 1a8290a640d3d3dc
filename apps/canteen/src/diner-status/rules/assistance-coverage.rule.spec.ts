import { firstDayOf } from './assistance-coverage.rule';

// Coverage itself (coveredOn) is tested with the shared read model: libs/common/src/read-models.
describe('firstDayOf', () => {
  it('gives the first day of a month and refuses anything else', () => {
    expect(firstDayOf('2024-03')).toBe('2024-03-01');
    expect(() => firstDayOf('2024-13')).toThrow(RangeError);
  });
});
