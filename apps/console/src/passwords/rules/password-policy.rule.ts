// The console's password policy: long enough to resist guessing, and not the username. Pure.

export const MIN_PASSWORD_LENGTH = 10;
/** argon2 would hash a megabyte just as well, but nobody types one; keeps a login cheap to refuse. */
export const MAX_PASSWORD_LENGTH = 256;

export type PasswordWeakness = 'tooShort' | 'equalsUsername' | 'sameAsCurrent';

export interface PasswordFacts {
  username: string;
  /** The password being replaced, when the user is changing their own. */
  currentPassword?: string;
}

/** What is wrong with a would-be password; empty when it is acceptable. Length counts characters, not bytes. */
export function passwordWeaknesses(password: string, facts: PasswordFacts): PasswordWeakness[] {
  const weaknesses: PasswordWeakness[] = [];
  if ([...password].length < MIN_PASSWORD_LENGTH) weaknesses.push('tooShort');
  if (password.trim().toLowerCase() === facts.username.trim().toLowerCase()) weaknesses.push('equalsUsername');
  if (facts.currentPassword !== undefined && password === facts.currentPassword) weaknesses.push('sameAsCurrent');
  return weaknesses;
}

export const PASSWORD_WEAKNESS_MESSAGES: Record<PasswordWeakness, string> = {
  tooShort: `must be at least ${MIN_PASSWORD_LENGTH} characters long`,
  equalsUsername: 'must not be the username',
  sameAsCurrent: 'must differ from the current password',
};
