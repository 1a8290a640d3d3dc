import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { envValue } from './env';

describe('envValue', () => {
  const dir = mkdtempSync(join(tmpdir(), 'cap-env-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('reads <NAME>_FILE when set, without the final line break, before <NAME>', () => {
    const file = join(dir, 'jwt');
    writeFileSync(file, 's3cret value\n');
    expect(envValue('JWT_SECRET', { JWT_SECRET_FILE: file, JWT_SECRET: 'ignored' })).toBe('s3cret value');
  });

  it.each([
    [{ JWT_SECRET: 'plain' }, 'plain'],
    [{ JWT_SECRET: 'plain', JWT_SECRET_FILE: '' }, 'plain'],
    [{}, undefined],
  ])('falls back to the variable itself: %j', (env, value) => {
    expect(envValue('JWT_SECRET', env)).toBe(value);
  });

  it('refuses a file it cannot read, naming the variable', () => {
    expect(() => envValue('DB_PASSWORD', { DB_PASSWORD_FILE: join(dir, 'missing') })).toThrow(/DB_PASSWORD_FILE names .*missing, which cannot be read/);
  });
});
