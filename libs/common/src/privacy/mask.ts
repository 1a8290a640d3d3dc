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
 * Keeps the issuer prefix and the last four digits, as bank statements print a card:
 * `6217001234561234` -> `6217********1234`. The first four (the BIN) tell staff which bank issued
 * the account; the last four tell them which account. Numbers shorter than 12 keep only their last
 * four (a prefix and a suffix would then show most of the number); four characters or fewer would
 * be shown in full, so they are masked entirely.
 */
export function maskBankAccount(account: string): string {
  if (account.length <= 4) return '*'.repeat(account.length);
  if (account.length < 12) return `${'*'.repeat(account.length - 4)}${account.slice(-4)}`;
  return `${account.slice(0, 4)}${'*'.repeat(account.length - 8)}${account.slice(-4)}`;
}
