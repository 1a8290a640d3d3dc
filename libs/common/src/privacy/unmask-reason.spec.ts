import { unmaskReason } from './personal-data.guard';

describe('unmaskReason', () => {
  it.each([
    [undefined, undefined],
    ['  ', ''],
    ['case 2024-17 review', 'case 2024-17 review'],
    [encodeURIComponent('核查低保家庭收入 2024-17'), '核查低保家庭收入 2024-17'],
    ['100% sure', '100% sure'],
  ])('%j -> %j', (header, reason) => {
    expect(unmaskReason(header)).toBe(reason);
  });
});
