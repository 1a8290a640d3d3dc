// 统一社会信用代码 (GB 32100-2015): 18 characters from 31 (digits and capitals without I, O, S, V,
// Z); the 18th is a check character over the first 17. Pure.

const CHARSET = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];
const SHAPE = /^[0-9A-HJ-NPQRTUWXY]{2}\d{6}[0-9A-HJ-NPQRTUWXY]{10}$/;

export function creditCodeCheckChar(first17: string): string {
  const sum = [...first17].reduce((n, ch, i) => n + CHARSET.indexOf(ch) * WEIGHTS[i], 0);
  return CHARSET[(31 - (sum % 31)) % 31];
}

/** Whether `code` is a well-formed unified social credit code with the right check character. */
export function isCreditCode(code: string): boolean {
  return SHAPE.test(code) && creditCodeCheckChar(code.slice(0, 17)) === code[17];
}
