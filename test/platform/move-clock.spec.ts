import { targetOf } from '../../scripts/move-clock';

describe('npm run clock arguments', () => {
  it('moves to the date after --to, or only shows without it', () => {
    expect(targetOf(['--to', '2024-02-01'])).toBe('2024-02-01');
    expect(targetOf([])).toBeNull();
    expect(() => targetOf(['--to'])).toThrow(/needs a date/);
  });
});
