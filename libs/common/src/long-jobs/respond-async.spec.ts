import { prefersRespondAsync } from './respond-async';

describe('prefersRespondAsync (RFC 7240 Prefer)', () => {
  it.each([
    ['respond-async', true],
    ['Respond-Async', true],
    ['return=minimal, respond-async', true],
    ['respond-async; wait=10', true],
    [['return=minimal', 'respond-async'], true],
    ['return=minimal', false],
    ['respond-asynchronously', false],
    ['', false],
    [undefined, false],
  ])('%j -> %s', (header, expected) => {
    expect(prefersRespondAsync(header as string | string[] | undefined)).toBe(expected);
  });
});
