import { parseDlqArgs } from './dlq.cli';

describe('parseDlqArgs', () => {
  it.each([
    [['list', 'canteen'], { kind: 'list', service: 'canteen' }],
    [['show', 'canteen', 'abc'], { kind: 'show', service: 'canteen', messageId: 'abc' }],
    [['replay', 'canteen', 'abc'], { kind: 'replay', service: 'canteen', select: { messageId: 'abc' } }],
    [['replay', 'canteen', '--all'], { kind: 'replay', service: 'canteen', select: { all: true } }],
    [['list', 'test-consumer', '--any-service'], { kind: 'list', service: 'test-consumer' }],
    [['--any-service', 'replay', 'test-consumer', '--all'], { kind: 'replay', service: 'test-consumer', select: { all: true } }],
    [['list', '--help'], { help: true }],
  ])('parses %j', (argv, expected) => {
    expect(parseDlqArgs(argv)).toEqual(expected);
  });

  it.each([[[]], [['list']], [['show', 'canteen']], [['replay', 'canteen']], [['purge', 'canteen']], [['list', 'nope']]])(
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
    [['show', 'canteen', '--all'], '--all belongs to replay'],
    [['replay', 'canteen', 'abc', '--all'], 'a message id or --all, not both'],
  ])('refuses %j, saying why', (argv, reason) => {
    expect(parseDlqArgs(argv)).toEqual({ error: expect.stringContaining(reason) });
    expect(parseDlqArgs(argv)).toEqual({ error: expect.stringContaining('usage') });
  });
});
