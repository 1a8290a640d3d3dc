// 统一社会信用代码 unified social credit code (GB 32100-2015) [N]: 18 characters of the set
// 0-9 and A-Y without I, O, S, V, Z; characters 3-8 a division code; the 18th a check character:
// the sum of each of the first 17 characters' values times its weight, then 31 - sum mod 31 (31 → 0).
const ALPHABET = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];
const SHAPE = /^[0-9A-HJ-NPQRTUWXY]{2}\d{6}[0-9A-HJ-NPQRTUWXY]{10}$/;

export type CreditCodeProblem = 'FORMAT' | 'CHECKSUM';

/** The 18th character for the first 17 (exported for test data). */
export function creditCodeCheckChar(first17: string): string {
  const sum = [...first17].reduce((acc, ch, i) => acc + ALPHABET.indexOf(ch) * WEIGHTS[i], 0);
  return ALPHABET[(31 - (sum % 31)) % 31];
}

/** Null when `code` (upper case) is a well-formed credit code with the right check character. */
export function creditCodeProblem(code: string): CreditCodeProblem | null {
  if (!SHAPE.test(code)) return 'FORMAT';
  return creditCodeCheckChar(code.slice(0, 17)) === code[17] ? null : 'CHECKSUM';
}
