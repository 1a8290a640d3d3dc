// What the bank side of a test needs, without the service: valid card numbers for the seeded
// banks' rules, and return files in the two seeded return layouts (seeds/reference/banks.json).
import iconv from 'iconv-lite';
import { luhnCheckDigit } from '../src/banks/rules/account-number.rule';

/** A 19-digit UnionPay card number with its Luhn check digit, distinct per n. */
export function card(n: number, prefix = '621700'): string {
  const body = `${prefix}${String(n).padStart(18 - prefix.length, '0')}`;
  return body + luhnCheckDigit(body);
}

/** An 18-digit corporate account (no check digit at either seeded bank). */
export function corporateAccount(n: number): string {
  return `11010500${String(n).padStart(10, '0')}`;
}

export interface ReturnEntry {
  reference: string;
  status: 'PAID' | 'FAILED';
  amountFen: number;
  reasonCode?: string;
  message?: string;
}

/** A return file of the fixed-width bank (RCB), as its layout reads it: GBK bytes. */
export function rcbReturnFile(valueDate: string, entries: ReturnEntry[], trailer?: { count: number; totalFen: number }): Buffer {
  return iconv.encode(rcbReturnText(valueDate, entries, trailer), 'gbk');
}

/** The text of an RCB return file, before it is written in the bank's encoding. */
export function rcbReturnText(valueDate: string, entries: ReturnEntry[], trailer?: { count: number; totalFen: number }): string {
  const t = trailer ?? { count: entries.length, totalFen: entries.reduce((n, e) => n + e.amountFen, 0) };
  return [
    `H${valueDate.replaceAll('-', '')}`,
    ...entries.map((e) => `D${e.reference.padStart(16, '0')}${e.status === 'PAID' ? 'S' : 'F'}${String(e.amountFen).padStart(12, '0')}${(e.reasonCode ?? '').padEnd(4)}${e.message ?? ''}`),
    `T${String(t.count).padStart(8, '0')}${String(t.totalFen).padStart(15, '0')}`,
    '',
  ].join('\r\n');
}

/** A return file of the CSV bank (PSBC): yuan amounts. */
export function psbcReturnFile(valueDate: string, entries: ReturnEntry[]): string {
  const yuan = (fen: number) => (fen / 100).toFixed(2);
  return [
    `H,RETURN,${valueDate}`,
    ...entries.map((e) => `D,${e.reference},${e.status === 'PAID' ? 'SUCCESS' : 'FAIL'},${yuan(e.amountFen)},${e.reasonCode ?? ''},${e.message ?? ''}`),
    `T,${entries.length},${yuan(entries.reduce((n, e) => n + e.amountFen, 0))}`,
    '',
  ].join('\n');
}
