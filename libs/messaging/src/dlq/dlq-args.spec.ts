import { parseDlqArgs } from './dlq.cli';

describe('parseDlqArgs', () => {
  it.each([
    [['list', 'canteen'], { kind: 'list', service: 'canteen' }],
    [['show', 'canteen', 'abc'], { kind: 'show', service: 'canteen', messageId: 'abc' }],
    [['replay', 'canteen', 'abc'], { kind: 'replay', service: 'canteen', select: { messageId: 'abc' } }],
    [['replay', 'canteen', '--all'], { kind: 'replay', service: 'canteen', select: { all: true } }],
    [['list', 'test-consumer', '--any-service'], { kind: 'list', service: 'test-consumer' }],
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
});
