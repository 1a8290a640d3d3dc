import { passwordWeaknesses } from './password-policy.rule';

describe('passwordWeaknesses', () => {
  it.each([
    ['a long passphrase', { username: 'zhang.wei' }, []],
    ['0123456789', { username: 'zhang.wei' }, []],
    ['民政局社会救助科二零二四', { username: 'zhang.wei' }, []],
    ['short', { username: 'zhang.wei' }, ['tooShort']],
    ['123456789', { username: 'zhang.wei' }, ['tooShort']],
    // Ten characters, though thirty bytes in UTF-8; nine Chinese characters are too few.
    ['民政局社会救助科二', { username: 'x' }, ['tooShort']],
    ['zhang.wei.01', { username: 'zhang.wei.01' }, ['equalsUsername']],
    ['Zhang.Wei.01', { username: 'zhang.wei.01' }, ['equalsUsername']],
    ['admin', { username: 'admin' }, ['tooShort', 'equalsUsername']],
    ['one-time-pass-1', { username: 'li', currentPassword: 'one-time-pass-1' }, ['sameAsCurrent']],
    ['a new passphrase', { username: 'li', currentPassword: 'one-time-pass-1' }, []],
  ])('%p for %j -> %j', (password, facts, weaknesses) => {
    expect(passwordWeaknesses(password, facts)).toEqual(weaknesses);
  });
});
