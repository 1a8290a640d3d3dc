// Account numbers as a bank issues them: digits only, of the lengths the bank uses, and with a
// Luhn check digit where the bank's data says its numbers carry one (UnionPay debit cards, the
// usual 惠民惠农 card, do; most corporate accounts do not). Pure.

/** What a bank says about one kind of its account numbers (seeds/reference/banks.json). */
export interface AccountNumberRule {
  /** Allowed lengths in digits, e.g. [19] for a card, [17, 18, 19, 20, 21] for corporate accounts. */
  lengths: number[];
  /** Whether the last digit is a Luhn (mod 10) check digit over the others. */
  luhn: boolean;
}

export type AccountNumberProblem = 'NOT_DIGITS' | 'BAD_LENGTH' | 'CHECK_DIGIT';

/** Spaces and hyphens are how people write a card number down (6217 0012 3456 1234); the bank's number is the digits. */
export function normaliseAccountNumber(raw: string): string {
  return raw.replace(/[\s-]/g, '');
}

/** The Luhn check digit of a number without it: sum of the digits, every second one from the right doubled. */
export function luhnCheckDigit(withoutCheck: string): string {
  let sum = 0;
  for (let i = 0; i < withoutCheck.length; i++) {
    let digit = withoutCheck.charCodeAt(withoutCheck.length - 1 - i) - 48;
    if (i % 2 === 0) {
      digit *= 2;
      if (digit > 9) digit -= 9;
    }
    sum += digit;
  }
  return String((10 - (sum % 10)) % 10);
}

export function luhnValid(digits: string): boolean {
  return digits.length > 1 && luhnCheckDigit(digits.slice(0, -1)) === digits[digits.length - 1];
}

/** Why a normalised account number is not one of the bank's, or null. */
export function accountNumberProblem(number: string, rule: AccountNumberRule): AccountNumberProblem | null {
  if (!/^\d+$/.test(number)) return 'NOT_DIGITS';
  if (!rule.lengths.includes(number.length)) return 'BAD_LENGTH';
  if (rule.luhn && !luhnValid(number)) return 'CHECK_DIGIT';
  return null;
}

export const ACCOUNT_NUMBER_MESSAGES: Record<AccountNumberProblem, (rule: AccountNumberRule) => string> = {
  NOT_DIGITS: () => 'must be digits only',
  BAD_LENGTH: (rule) => `must have ${rule.lengths.join(' or ')} digits at this bank`,
  CHECK_DIGIT: () => 'fails the check digit (Luhn): a digit is wrong or two are swapped',
};
