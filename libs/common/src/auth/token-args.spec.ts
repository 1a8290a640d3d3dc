import { parseTokenArgs } from './token-args';

describe('parseTokenArgs', () => {
  it.each<[string[], object]>([
    [['--role', 'operator', '--division', '110105'], { sub: 'developer', roles: ['operator'], division: '110105', expiresIn: '8h' }],
    [
      ['--role', 'operator', '--role', 'admin', '--division', '110105', '--sub', 'alice', '--expires', '30m'],
      { sub: 'alice', roles: ['operator', 'admin'], division: '110105', expiresIn: '30m' },
    ],
    [['--role=operator,admin', '--division=110105001', '--expires=3600'], { roles: ['operator', 'admin'], division: '110105001', expiresIn: 3600 }],
    [['--role', 'admin', '--role', 'admin', '--division', '110000'], { roles: ['admin'] }],
  ])('%j', (argv, request) => {
    expect(parseTokenArgs(argv)).toEqual({ ok: true, request: expect.objectContaining(request) });
  });

  it.each<[string[], RegExp]>([
    [[], /--role is required/],
    [['--division', '110105'], /--role is required/],
    [['--role', 'operator'], /--division is required/],
    [['--role', 'operator', '--division', '1101'], /6, 9 or 12 digits/],
    [['--role', 'operator', '--division', '110105', '--division', '110106'], /exactly one --division/],
    [['--role', '--division', '110105'], /--role needs a value/],
    [['--role', 'operator', '--division'], /--division needs a value/],
    [['--role', 'operator', '--division', '110105', '--expires', '8 hours'], /--expires must look like/],
    [['--role', 'operator', '--division', '110105', '--expires', '0'], /--expires must look like/],
    [['--role', 'operator', '--division', '110105', '--sub='], /--sub must not be empty/],
    [['--role', 'operator', '--division', '110105', '--admin'], /unknown argument "--admin"/],
    [['operator'], /unknown argument "operator"/],
  ])('%j is refused', (argv, error) => {
    const result = parseTokenArgs(argv);
    expect(result.ok).toBe(false);
    expect(result).toMatchObject({ help: false, error: expect.stringMatching(error) });
  });

  it.each([['--help'], ['-h']])('%s asks for help', (flag) => {
    expect(parseTokenArgs(['--role', 'x', flag])).toEqual({ ok: false, help: true });
  });
});
