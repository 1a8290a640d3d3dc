import { occupancy } from './occupancy.rule';

describe('occupancy', () => {
  it.each([
    [0, 0, 0, 0],
    [100, 0, 100, 0],
    [100, 100, 0, 100],
    [1349, 1012, 337, 75],
    [3, 1, 2, 33.3],
    [3, 2, 1, 66.7],
    [8, 1, 7, 12.5],
  ])('%i beds, %i occupied -> %i free, %d%%', (beds, occupied, free, percent) => {
    expect(occupancy(beds, occupied)).toEqual({ beds, occupied, free, occupancyPercent: percent });
  });
});
