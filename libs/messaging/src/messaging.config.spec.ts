import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { amqpUrlFromEnv } from './messaging.config';

describe('amqpUrlFromEnv', () => {
  it.each([
    [{}, 'amqp://guest:guest@127.0.0.1:5672'],
    [{ AMQP_URL: 'amqp://canteen:old@rabbitmq:5672' }, 'amqp://canteen:old@rabbitmq:5672'],
    [{ AMQP_URL: 'amqp://canteen@rabbitmq:5672', AMQP_PASSWORD: 'p@ss/word' }, 'amqp://canteen:p%40ss%2Fword@rabbitmq:5672'],
    [{ AMQP_URL: 'amqps://canteen:x@rabbitmq:5671/%2F', AMQP_PASSWORD: 'new' }, 'amqps://canteen:new@rabbitmq:5671/%2F'],
    [{ AMQP_URL: 'amqp://canteen:x@rabbit-1:5672/v,amqp://canteen:x@rabbit-2:5672/v' }, 'amqp://canteen:x@rabbit-1:5672/v,amqp://canteen:x@rabbit-2:5672/v'],
    [{ AMQP_URL: 'amqp://canteen@rabbit-1:5672/v, amqp://canteen@rabbit-2:5672/v', AMQP_PASSWORD: 'p,w' }, 'amqp://canteen:p%2Cw@rabbit-1:5672/v,amqp://canteen:p%2Cw@rabbit-2:5672/v'],
  ])('%j → %s', (env, url) => {
    expect(amqpUrlFromEnv(env)).toBe(url);
  });

  it('takes the password from the secret file AMQP_PASSWORD_FILE names', () => {
    const dir = mkdtempSync(join(tmpdir(), 'cap-amqp-'));
    try {
      writeFileSync(join(dir, 'pw'), 'from-a-secret\n');
      expect(amqpUrlFromEnv({ AMQP_URL: 'amqp://payments@rabbitmq:5672', AMQP_PASSWORD_FILE: join(dir, 'pw') })).toBe('amqp://payments:from-a-secret@rabbitmq:5672');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
