import { consoleConfigFromEnv } from './console-config';

const NAMES = [
  'CONSOLE_PORT',
  'LOGIN_MAX_FAILURES',
  'LOGIN_LOCK_MINUTES',
  'SESSION_IDLE_MINUTES',
  'SESSION_ABSOLUTE_HOURS',
  'CONSOLE_COOKIE_SECURE',
  'CONSOLE_SERVICE_TOKEN_TTL',
  'CONSOLE_ADMIN_PASSWORD',
  'CONSOLE_WEB_DIST',
  'CONSOLE_PROXY_TIMEOUT_MS',
  'CIVIL_REGISTRATION_URL',
  'SOCIAL_ASSISTANCE_URL',
  'ELDERLY_CARE_URL',
  'CHILD_WELFARE_URL',
  'CANTEEN_URL',
  'OIDC_ISSUER',
  'OIDC_JWKS_URI',
  'OIDC_AUDIENCE',
];

describe('consoleConfigFromEnv', () => {
  const saved = Object.fromEntries(NAMES.map((name) => [name, process.env[name]]));
  beforeEach(() => NAMES.forEach((name) => delete process.env[name]));
  afterAll(() => Object.entries(saved).forEach(([name, value]) => (value === undefined ? delete process.env[name] : (process.env[name] = value))));

  it('has a working default for every setting on localhost', () => {
    expect(consoleConfigFromEnv()).toEqual({
      port: 3000,
      login: { maxFailures: 5, lockMinutes: 15 },
      session: { idleMinutes: 30, absoluteHours: 12, cookieSecure: false },
      serviceTokenTtlSeconds: 300,
      adminPassword: undefined,
      webDist: `${process.cwd()}/apps/console/web/dist`,
      proxyTimeoutMs: 30_000,
      services: {
        'civil-registration': 'http://127.0.0.1:3001',
        'social-assistance': 'http://127.0.0.1:3002',
        'elderly-care': 'http://127.0.0.1:3003',
        'child-welfare': 'http://127.0.0.1:3004',
        canteen: 'http://127.0.0.1:3005',
        payments: 'http://127.0.0.1:3006',
        'data-exchange': 'http://127.0.0.1:3007',
      },
      oidc: null,
    });
  });

  it('reads the environment', () => {
    Object.assign(process.env, {
      LOGIN_MAX_FAILURES: '3',
      SESSION_IDLE_MINUTES: '10',
      CONSOLE_COOKIE_SECURE: 'true',
      CONSOLE_SERVICE_TOKEN_TTL: '90s',
      CONSOLE_ADMIN_PASSWORD: 'a passphrase',
      SOCIAL_ASSISTANCE_URL: 'http://social-assistance:3002/',
    });
    expect(consoleConfigFromEnv()).toMatchObject({
      login: { maxFailures: 3 },
      session: { idleMinutes: 10, cookieSecure: true },
      serviceTokenTtlSeconds: 90,
      adminPassword: 'a passphrase',
      services: { 'social-assistance': 'http://social-assistance:3002' },
    });
  });

  it.each([
    ['LOGIN_MAX_FAILURES', '0'],
    ['SESSION_ABSOLUTE_HOURS', 'twelve'],
    ['CONSOLE_COOKIE_SECURE', 'maybe'],
    ['CONSOLE_SERVICE_TOKEN_TTL', '5 minutes'],
    ['CANTEEN_URL', 'canteen:3005'],
    ['OIDC_ISSUER', 'https://id.example'],
  ])('refuses %s=%p, naming the variable', (name, value) => {
    process.env[name] = value;
    expect(() => consoleConfigFromEnv()).toThrow(name === 'OIDC_ISSUER' ? /OIDC_JWKS_URI/ : new RegExp(name));
  });
});
