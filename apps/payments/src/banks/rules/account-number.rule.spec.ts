import { accountNumberProblem, luhnCheckDigit, luhnValid, normaliseAccountNumber, type AccountNumberRule } from './account-number.rule';

const CARD: AccountNumberRule = { lengths: [19], luhn: true };
const CARD_16_OR_19: AccountNumberRule = { lengths: [16, 19], luhn: true };
const CORPORATE: AccountNumberRule = { lengths: [18, 20], luhn: false };

describe('luhn', () => {
  it.each([
    ['621700123456123', '5'],
    ['7992739871', '3'],
    ['79927398713', ''],
    ['4111111111111111', ''],
  ])('%s', (number, checkDigit) => {
    if (checkDigit) expect(luhnCheckDigit(number)).toBe(checkDigit);
    else expect(luhnValid(number)).toBe(true);
  });

  it('catches a single wrong digit and a swap of neighbours', () => {
    const valid = `621700123456123${luhnCheckDigit('621700123456123')}`;
    expect(luhnValid(valid)).toBe(true);
    expect(luhnValid(`${valid.slice(0, 5)}9${valid.slice(6)}`)).toBe(false);
    expect(luhnValid(`${valid.slice(0, 3)}${valid[4]}${valid[3]}${valid.slice(5)}`)).toBe(false);
  });
});

describe('accountNumberProblem', () => {
  const card19 = `621700123456789012${luhnCheckDigit('621700123456789012')}`;
  it.each<[string, AccountNumberRule, ReturnType<typeof accountNumberProblem>]>([
    [card19, CARD, null],
    [card19, CARD_16_OR_19, null],
    [`${card19.slice(0, 18)}${(Number(card19[18]) + 1) % 10}`, CARD, 'CHECK_DIGIT'],
    [card19.slice(0, 16), CARD, 'BAD_LENGTH'],
    [`62170012345678901X`, CARD, 'NOT_DIGITS'],
    ['', CARD, 'NOT_DIGITS'],
    ['110105001234567890', CORPORATE, null],
    ['11010500123456789', CORPORATE, 'BAD_LENGTH'],
    ['11010500123456789012', CORPORATE, null],
  ])('%s under %p -> %p', (number, rule, problem) => {
    expect(accountNumberProblem(number, rule)).toBe(problem);
  });

  it('checks the digits the bank issued, not how people write them', () => {
    expect(normaliseAccountNumber('6217 0012-3456 1234')).toBe('6217001234561234');
  });
});
