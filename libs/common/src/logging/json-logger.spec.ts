import { JsonLogger, logLevelFrom, maskLogLine } from './json-logger';

describe('JsonLogger', () => {
  function capture(): { logger: JsonLogger; lines: string[] } {
    const lines: string[] = [];
    return { logger: new JsonLogger('test-service', 'log', (line) => lines.push(line)), lines };
  }

  it('masks resident IDs in messages, error texts and stacks', () => {
    const { logger, lines } = capture();
    logger.error('GET /api/v1/elders/11010519491231002X failed: no elder 110105194912310021', 'Error: at 11010519491231002x\n    at x', 'ProblemDetailsFilter');
    logger.warn(new Error('duplicate resident 110105194001010077'));
    logger.log({ residentId: '110105194001010077' }, 'Consumer');
    const text = lines.join('');
    expect(text).not.toMatch(/\d{17}[\dXx]/);
    const [first] = lines.map((l) => JSON.parse(l));
    expect(first).toMatchObject({ msg: 'GET /api/v1/elders/110***********002X failed: no elder 110***********0021', context: 'ProblemDetailsFilter', level: 'error' });
    expect(lines.map((l) => JSON.parse(l).level)).toEqual(['error', 'warn', 'info']);
    expect(first.stack).toContain('110***********002x');
  });

  it('leaves other numbers alone: amounts, uuids, 19-digit bank-like strings are not resident IDs', () => {
    expect(maskLogLine('{"msg":"paid 73500 fen to 6222021234567890123 for 0b6c4a52-5a1b-4c8e-9d57-1d2f7f3d9a01"}')).toBe(
      '{"msg":"paid 73500 fen to 6222021234567890123 for 0b6c4a52-5a1b-4c8e-9d57-1d2f7f3d9a01"}',
    );
  });
});

describe('logLevelFrom', () => {
  it.each([
    [undefined, 'log'],
    ['', 'log'],
    ['info', 'log'],
    ['INFO', 'log'],
    ['log', 'log'],
    ['trace', 'verbose'],
    ['verbose', 'verbose'],
    ['warn', 'warn'],
    ['error', 'error'],
  ])('reads %j as Nest’s %s', (value, level) => {
    expect(logLevelFrom(value)).toBe(level);
  });

  it('refuses a level it does not know, naming the variable', () => {
    expect(() => logLevelFrom('loud')).toThrow(/LOG_LEVEL must be one of trace, debug, info, warn, error, fatal; got "loud"/);
  });
});

describe('JsonLogger levels', () => {
  it('names Nest’s levels as operators expect and drops what is below the level', () => {
    const lines: string[] = [];
    const logger = new JsonLogger('s', 'debug', (line) => lines.push(line));
    logger.verbose('v');
    logger.debug('d');
    logger.log('l');
    logger.info('http', 'GET /x 200', { status: 200 });
    expect(lines.map((l) => JSON.parse(l))).toEqual([
      expect.objectContaining({ level: 'debug', msg: 'd' }),
      expect.objectContaining({ level: 'info', msg: 'l' }),
      expect.objectContaining({ level: 'info', context: 'http', msg: 'GET /x 200', status: 200 }),
    ]);
  });
});
