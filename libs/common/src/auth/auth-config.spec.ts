import { DEV_ONLY_JWT_SECRET, jwtSecretFromEnv } from './auth-config';

describe('jwtSecretFromEnv', () => {
  it('uses JWT_SECRET when set', () => {
    const warn = jest.fn();
    expect(jwtSecretFromEnv({ JWT_SECRET: 'real-secret', NODE_ENV: 'production' }, warn)).toBe('real-secret');
    expect(warn).not.toHaveBeenCalled();
  });

  it('falls back to the development secret with one warning per process', () => {
    const warn = jest.fn();
    expect(jwtSecretFromEnv({}, warn)).toBe(DEV_ONLY_JWT_SECRET);
    expect(jwtSecretFromEnv({ JWT_SECRET: '' }, warn)).toBe(DEV_ONLY_JWT_SECRET);
    expect(warn).toHaveBeenCalledTimes(1);
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('JWT_SECRET'));
  });

  it.each([{ NODE_ENV: 'production' }, { NODE_ENV: 'production', JWT_SECRET: DEV_ONLY_JWT_SECRET }])(
    'refuses to start in production on the development secret (%o)',
    (env) => {
      expect(() => jwtSecretFromEnv(env, jest.fn())).toThrow(/JWT_SECRET must be set/);
    },
  );
});
