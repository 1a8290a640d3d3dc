import { formatEventLine, isBindingKey, parseTailArgs, summariseData } from '../../scripts/tail/tail-format';

describe('parseTailArgs', () => {
  it.each<[string[], string[]]>([
    [[], ['#']],
    [['--keys', 'civil-registration.#'], ['civil-registration.#']],
    [['--keys=civil-registration.#'], ['civil-registration.#']],
    [['--keys', 'civil-registration.#, *.*.stopped.v1'], ['civil-registration.#', '*.*.stopped.v1']],
    [['--keys', 'a.#', '--keys', 'b.*'], ['a.#', 'b.*']],
    [['--keys', 'a.#,a.#'], ['a.#']],
  ])('%j -> keys %j', (argv, keys) => {
    expect(parseTailArgs(argv)).toEqual({ ok: true, options: { keys, maxSummary: 160 } });
  });

  it('reads --max-summary', () => {
    expect(parseTailArgs(['--max-summary', '80'])).toEqual({ ok: true, options: { keys: ['#'], maxSummary: 80 } });
  });

  it.each<[string[], string]>([
    [['--keys'], '--keys needs a value'],
    [['--keys', '--max-summary', '80'], '--keys needs a value'],
    [['--keys', ','], 'at least one pattern'],
    [['--keys', 'civil registration.#'], 'is not a binding key'],
    [['--keys', 'a..b'], 'is not a binding key'],
    [['--max-summary', '5'], 'at least 20'],
    [['--queue', 'x'], 'unknown argument "--queue"'],
    [['civil-registration.#'], 'unknown argument'],
  ])('refuses %j', (argv, error) => {
    const parsed = parseTailArgs(argv);
    expect(parsed.ok).toBe(false);
    expect(parsed.ok ? '' : parsed.error).toContain(error);
  });

  it('answers --help', () => {
    expect(parseTailArgs(['--keys', 'a.#', '--help'])).toEqual({ ok: false, help: true });
  });
});

describe('isBindingKey', () => {
  it.each([
    ['#', true],
    ['*.*.*.v1', true],
    ['civil-registration.death.registered.v1', true],
    ['', false],
    ['a.', false],
    ['a b', false],
    ['a.#x', false],
  ])('%s -> %s', (key, ok) => {
    expect(isBindingKey(key)).toBe(ok);
  });
});

describe('summariseData', () => {
  it('masks resident IDs in fields and lists and leaves names out', () => {
    const summary = summariseData({
      deathId: 'd1',
      residentId: '11010519491231002X',
      name: '张三明',
      ethnicity: 'HAN',
      partyResidentIds: ['440524188001010014', '11010519491231002x'],
      amountFen: 200000,
      stopped: true,
      causeEventId: null,
      totals: { DIBAO: { amountFen: 1 } },
    }, 300);
    expect(summary).toBe(
      'deathId="d1" residentId="110***********002X" partyResidentIds=["440***********0014","110***********002X"] amountFen=200000 stopped=true causeEventId=null totals={…}',
    );
    expect(summary).not.toContain('张');
    expect(summary).not.toContain('1949');
  });

  it('cuts a long summary with an ellipsis', () => {
    const summary = summariseData({ a: 'x'.repeat(100), b: 'y'.repeat(100) }, 50);
    expect(summary).toHaveLength(50);
    expect(summary.endsWith('…')).toBe(true);
  });

  it('renders a payload that is not an object', () => {
    expect(summariseData('11010519491231002X')).toBe('"110***********002X"');
    expect(summariseData(undefined)).toBe('?');
  });
});

describe('formatEventLine', () => {
  const receivedAt = new Date('2024-08-01T10:00:05.000Z');

  it('prints time, routing key, id and the summary', () => {
    const body = JSON.stringify({
      specversion: '1.0',
      id: '6f1c2a9e-3b7d-4c1e-9a55-0d7c9f1e2b3a',
      type: 'civil-registration.death.registered.v1',
      source: '/civil-registration',
      time: '2024-08-01T10:00:00.123Z',
      subject: '11010519491231002X',
      data: { residentId: '11010519491231002X', dateOfDeath: '2024-08-01' },
    });
    expect(formatEventLine({ routingKey: 'civil-registration.death.registered.v1', body: Buffer.from(body), receivedAt })).toBe(
      '2024-08-01T10:00:00.123Z  civil-registration.death.registered.v1  6f1c2a9e-3b7d-4c1e-9a55-0d7c9f1e2b3a  residentId="110***********002X" dateOfDeath="2024-08-01"',
    );
  });

  it('falls back to the receipt time and the AMQP message id', () => {
    const body = JSON.stringify({ time: 'not a time', data: { n: 1 } });
    expect(formatEventLine({ routingKey: 'k', body, messageId: 'm1', receivedAt })).toBe('2024-08-01T10:00:05.000Z  k  m1  n=1');
  });

  it('describes a body that is not JSON without printing it', () => {
    expect(formatEventLine({ routingKey: 'k', body: '11010519491231002X oops', receivedAt })).toBe(
      '2024-08-01T10:00:05.000Z  k  -  (not a CloudEvent: 23 bytes)',
    );
  });
});
