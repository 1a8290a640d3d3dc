import { optionsOrExitCode } from '../../scripts/cli/cli-args';

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
