import { oneTimePassword } from './one-time-password';
import { passwordWeaknesses } from './rules/password-policy.rule';

describe('oneTimePassword', () => {
  it('is four groups of four unambiguous characters that pass the password policy', () => {
    const password = oneTimePassword();
    expect(password).toMatch(/^[a-km-zA-HJ-NP-Z2-9]{4}(-[a-km-zA-HJ-NP-Z2-9]{4}){3}$/);
    expect(passwordWeaknesses(password, { username: 'admin' })).toEqual([]);
  });

  it('differs each time', () => {
    expect(new Set(Array.from({ length: 200 }, oneTimePassword)).size).toBe(200);
  });
});
