// Default masking of personal data in responses and logs (DOMAIN §9, PIPL). Full values need a
// permission and an audited unmasking, which is the caller's business; these only hide.

/**
 * `张三明` -> `张*明`, `张三` -> `张*`, `张` unchanged, `欧阳娜娜` -> `欧**娜`. Works on code points,
 * so a rare character outside the BMP (e.g. 𠮷) counts as one character, not two.
 */
export function maskName(name: string): string {
  const chars = Array.from(name);
  if (chars.length <= 1) return name;
  if (chars.length === 2) return `${chars[0]}*`;
  return `${chars[0]}${'*'.repeat(chars.length - 2)}${chars[chars.length - 1]}`;
}

/**
 * `13812341234` -> `138****1234`: keeps the carrier prefix and the last four, which is what
 * staff use to confirm a number on the phone. Shorter strings are masked entirely.
 */
export function maskPhone(phone: string): string {
  if (phone.length < 8) return '*'.repeat(phone.length);
  return `${phone.slice(0, 3)}${'*'.repeat(phone.length - 7)}${phone.slice(-4)}`;
}

/**
 * Keeps the last four digits, like a bank statement: `6222021234567890123` -> `***************0123`.
 * Four characters or fewer would be shown in full, so they are masked entirely.
 */
export function maskBankAccount(account: string): string {
  if (account.length <= 4) return '*'.repeat(account.length);
  return `${'*'.repeat(account.length - 4)}${account.slice(-4)}`;
}
