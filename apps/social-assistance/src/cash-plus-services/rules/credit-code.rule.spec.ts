import { creditCodeCheckChar, creditCodeProblem, type CreditCodeProblem } from './credit-code.rule';

describe('creditCodeProblem', () => {
  it.each<[string, CreditCodeProblem | null]>([
    // The standard's own example.
    ['91350100M000100Y43', null],
    [`91110105MA01${'ABCDE'}${creditCodeCheckChar('91110105MA01ABCDE')}`, null],
    ['91350100M000100Y44', 'CHECKSUM'],
    ['91350100M000100Y4', 'FORMAT'],
    ['91350100M000100Y433', 'FORMAT'],
    // I, O, S, V and Z are not in the alphabet; the division code is digits.
    ['91350100M0001O0Y43', 'FORMAT'],
    ['913501A0M000100Y43', 'FORMAT'],
    ['91350100m000100y43', 'FORMAT'],
    ['', 'FORMAT'],
  ])('%s -> %s', (code, expected) => {
    expect(creditCodeProblem(code)).toBe(expected);
  });

  it('a check value of 31 is written 0', () => {
    const digits = [...'0123456789'];
    const first17 = digits.flatMap((a) => digits.map((b) => `91110105MA01ABC${a}${b}`)).find((p) => creditCodeCheckChar(p) === '0');
    expect(first17).toBeDefined();
    expect(creditCodeProblem(`${first17}0`)).toBeNull();
  });
});
