import { creditCodeCheckChar, isCreditCode } from './credit-code.rule';

describe('isCreditCode', () => {
  it.each([
    ['a published example', '91350100M000100Y43', true],
    ['a code with its computed check character', `91110105MA01${'ABCD'}${'1'}${creditCodeCheckChar('91110105MA01ABCD1')}`, true],
    ['a wrong check character', '91350100M000100Y44', false],
    ['lower case', '91350100m000100y43', false],
    ['a forbidden letter (O)', '91350100M000O00Y43', false],
    ['letters in the region digits', '9135A100M000100Y43', false],
    ['17 characters', '91350100M000100Y4', false],
    ['19 characters', '91350100M000100Y433', false],
  ])('%s: %s -> %s', (_case, code, valid) => {
    expect(isCreditCode(code)).toBe(valid);
  });

  it('computes the check character that makes the weighted sum a multiple of 31', () => {
    expect(creditCodeCheckChar('91350100M000100Y4')).toBe('3');
  });
});
