import { benchUsage, parseBenchArgs } from './bench-args';

describe('parseBenchArgs', () => {
  const defaults = { rate: 100, seconds: 60, 'settle-ms': 10_000 };

  it.each<[string[], object]>([
    [[], defaults],
    [['--rate', '250', '--settle-ms=0'], { rate: 250, seconds: 60, 'settle-ms': 0 }],
  ])('%j', (argv, options) => {
    expect(parseBenchArgs(argv, defaults)).toEqual({ ok: true, options });
  });

  it.each<[string[], string]>([
    [['--rat', '250'], 'unknown argument "--rat"'],
    [['--rate'], '--rate needs a value'],
    [['--rate', 'fast'], '--rate must be a whole number, 0 or more, got "fast"'],
    [['--rate', '1.5'], '--rate must be a whole number, 0 or more, got "1.5"'],
    [['--rate='], '--rate must be a whole number, 0 or more, got ""'],
    [['--rate', '-5'], '--rate needs a value (write --rate=-5 if "-5" is the value)'],
  ])('refuses %j', (argv, error) => {
    expect(parseBenchArgs(argv, defaults)).toEqual({ ok: false, help: false, error });
  });

  it('lists every option with its default', () => {
    expect(benchUsage('bench:cascade', defaults)).toBe(
      'usage: npm run bench:cascade -- [--rate <n>] [--seconds <n>] [--settle-ms <n>]\n\n  --rate         default 100\n  --seconds      default 60\n  --settle-ms    default 10000',
    );
  });
});
