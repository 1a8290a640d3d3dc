import { parseDurationSeconds } from './duration';

describe('parseDurationSeconds', () => {
  it.each([
    ['5m', 300],
    ['300s', 300],
    ['300', 300],
    ['2h', 7200],
    [' 90s ', 90],
  ])('%p is %d seconds', (text, seconds) => {
    expect(parseDurationSeconds(text, 'X')).toBe(seconds);
  });

  it.each(['', '0', '0m', '-5m', '5 minutes', '1d', '1.5m', 'm'])('refuses %p, naming the setting', (text) => {
    expect(() => parseDurationSeconds(text, 'CONSOLE_SERVICE_TOKEN_TTL')).toThrow(/CONSOLE_SERVICE_TOKEN_TTL/);
  });
});
