import { parseDlqArgs } from './dlq-args';

const many = { filter: {}, dryRun: false, json: false };

describe('parseDlqArgs', () => {
  it.each([
    [['list', 'canteen'], { kind: 'list', service: 'canteen', filter: {}, json: false }],
    [['list', 'canteen', '--reason', 'HANDLER_FAILED', '--type', 'canteen.meal.served.v1', '--json'], { kind: 'list', service: 'canteen', filter: { reason: 'HANDLER_FAILED', type: 'canteen.meal.served.v1' }, json: true }],
    [['show', 'canteen', 'abc'], { kind: 'show', service: 'canteen', messageId: 'abc' }],
    [['replay', 'canteen', 'abc'], { kind: 'replay', service: 'canteen', select: { messageId: 'abc' }, ...many }],
    [['replay', 'canteen', '--all'], { kind: 'replay', service: 'canteen', select: { all: true }, ...many }],
    [['discard', 'canteen', '--all', '--reason', 'SCHEMA_INVALID', '--dry-run'], { kind: 'discard', service: 'canteen', select: { all: true }, filter: { reason: 'SCHEMA_INVALID' }, dryRun: true, json: false }],
    [['discard', 'canteen', 'abc'], { kind: 'discard', service: 'canteen', select: { messageId: 'abc' }, ...many }],
    [['list', 'test-consumer', '--any-service'], { kind: 'list', service: 'test-consumer', filter: {}, json: false }],
    [['--any-service', 'replay', 'test-consumer', '--all'], { kind: 'replay', service: 'test-consumer', select: { all: true }, ...many }],
    [['list', '--help'], { help: true }],
  ])('parses %j', (argv, expected) => {
    expect(parseDlqArgs(argv)).toEqual(expected);
  });

  it.each([[[]], [['list']], [['show', 'canteen']], [['replay', 'canteen']], [['discard', 'canteen']], [['purge', 'canteen']], [['list', 'nope']]])(
    'refuses %j with usage',
    (argv) => {
      const parsed = parseDlqArgs(argv);
      expect(parsed).toEqual({ error: expect.stringContaining('usage') });
    },
  );

  it.each<[string[], string]>([
    [['list', 'canteen', '--purge'], 'unknown argument "--purge"'],
    [['list', 'canteen', 'abc'], 'unknown argument "abc"'],
    [['show', 'canteen', 'abc', 'def'], 'unknown argument "def"'],
    [['show', 'canteen', '--all'], '--all belongs to replay and discard'],
    [['list', 'canteen', '--dry-run'], '--dry-run belongs to replay and discard'],
    [['show', 'canteen', 'abc', '--reason', 'X'], 'show takes a message id only'],
    [['replay', 'canteen', 'abc', '--all'], 'a message id or --all, not both'],
    [['discard', 'canteen', '--reason'], '--reason needs a value'],
  ])('refuses %j, saying why', (argv, reason) => {
    expect(parseDlqArgs(argv)).toEqual({ error: expect.stringContaining(reason) });
    expect(parseDlqArgs(argv)).toEqual({ error: expect.stringContaining('usage') });
  });
});
