import { optionsOrExitCode, parseCliArgs } from './cli-args';

describe('optionsOrExitCode', () => {
  let out: string;
  let err: string;
  beforeEach(() => {
    out = '';
    err = '';
    jest.spyOn(process.stdout, 'write').mockImplementation((chunk) => ((out += String(chunk)), true));
    jest.spyOn(process.stderr, 'write').mockImplementation((chunk) => ((err += String(chunk)), true));
  });
  afterEach(() => jest.restoreAllMocks());

  it('hands back the options', () => {
    expect(optionsOrExitCode({ ok: true, options: { year: 2024 } }, 'usage')).toEqual({ year: 2024 });
    expect(out + err).toBe('');
  });

  it('prints the usage on stdout for --help and exits 0', () => {
    expect(optionsOrExitCode({ ok: false, help: true }, 'usage: npm run x')).toBe(0);
    expect(out).toBe('usage: npm run x\n');
  });

  it('prints the error and the usage on stderr and exits 2', () => {
    expect(optionsOrExitCode({ ok: false, help: false, error: '--year is required' }, 'usage: npm run x')).toBe(2);
    expect(err).toBe('error: --year is required\n\nusage: npm run x\n');
  });
});

describe('parseCliArgs', () => {
  const options = { year: { type: 'string' }, keys: { type: 'string', multiple: true }, 'dry-run': { type: 'boolean' } } as const;

  it('reads values, repeated values and flags', () => {
    expect(parseCliArgs(['--year', '2024', '--keys=a', '--keys', 'b', '--dry-run'], options)).toEqual({
      ok: true,
      options: { values: { year: '2024', keys: ['a', 'b'], 'dry-run': true }, positionals: [] },
    });
    expect(parseCliArgs(['--year='], options)).toEqual({ ok: true, options: { values: { year: '' }, positionals: [] } });
  });

  it.each<[string[], string]>([
    [['--years', '2024'], 'unknown argument "--years"'],
    [['-y'], 'unknown argument "-y"'],
    [['2024'], 'unknown argument "2024"'],
    [['--', '--year'], 'unknown argument "--year"'],
    [['--year'], '--year needs a value'],
    [['--year', '--dry-run'], '--year needs a value'],
    [['--year', '-1'], '--year needs a value (write --year=-1 if "-1" is the value)'],
    [['--dry-run=yes'], '--dry-run takes no value, got "yes"'],
  ])('refuses %j in the tools\' words', (argv, error) => {
    expect(parseCliArgs(argv, options)).toEqual({ ok: false, help: false, error });
  });

  it('takes arguments other than options only when asked to', () => {
    expect(parseCliArgs(['list', '--dry-run', 'canteen'], options, { positionals: true })).toEqual({
      ok: true,
      options: { values: { 'dry-run': true }, positionals: ['list', 'canteen'] },
    });
  });

  it.each([[['--help']], [['-h']], [['--year', '2024', '--help', '--bogus']], [['--help', '--year']]])('%j asks for help', (argv) => {
    expect(parseCliArgs(argv, options)).toEqual({ ok: false, help: true });
  });

  it('reports what is wrong before a later --help', () => {
    expect(parseCliArgs(['--bogus', '--help'], options)).toEqual({ ok: false, help: false, error: 'unknown argument "--bogus"' });
  });
});
