// Static checks of the broker users for docker-compose (deploy/rabbitmq). The behaviour of the
// same permissions on a real broker is in rabbitmq-permissions.int-spec.ts.
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import {
  buildDefinitions,
  passwordMatches,
  rabbitPasswordHash,
  renderDefinitions,
  type Definitions,
  type Permission,
} from '../../scripts/rabbitmq/definitions';

const ROOT = resolve(__dirname, '../..');
const committedText = readFileSync(join(ROOT, 'deploy/rabbitmq/definitions.json'), 'utf8');
const committed = JSON.parse(committedText) as Definitions;
const SERVICES = ['civil-registration', 'social-assistance', 'elderly-care', 'child-welfare', 'canteen', 'payments', 'data-exchange'];

function permissionOf(user: string): Permission {
  const found = committed.permissions.filter((p) => p.user === user && p.vhost === '/');
  expect(found).toHaveLength(1);
  return found[0];
}

/** RabbitMQ matches a permission regex against the whole resource name only if anchored; ours are. */
const allows = (pattern: string, resource: string): boolean => pattern !== '' && new RegExp(pattern).test(resource);

describe('deploy/rabbitmq/definitions.json', () => {
  it('is what scripts/rabbitmq/definitions.ts generates (regenerate with write-definitions.ts)', () => {
    expect(committedText).toBe(renderDefinitions(buildDefinitions()));
  });

  it('has an admin, one user per service, the integrator and the console, and no guest', () => {
    expect(committed.users.map((u) => u.name).sort()).toEqual(['admin', 'console', 'integrator', ...SERVICES].sort());
    expect(committed.users.filter((u) => u.tags.includes('administrator')).map((u) => u.name)).toEqual(['admin']);
  });

  it.each(committed.users.map((u) => [u.name, u] as const))('%s has the sha256 hash of its local-development password, and only of it', (name, user) => {
    expect(user.hashing_algorithm).toBe('rabbit_password_hashing_sha256');
    expect(passwordMatches(user.password_hash, `local-dev-only-${name}`)).toBe(true);
    expect(passwordMatches(user.password_hash, 'guest')).toBe(false);
    expect(passwordMatches(user.password_hash, `local-dev-only-${name}x`)).toBe(false);
  });

  it('lets the console use its own stream queues and read events, and nothing else', () => {
    const consoleRights = committed.permissions.find((p) => p.user === 'console')!;
    expect(new RegExp(consoleRights.configure).test('console.stream.1')).toBe(true);
    expect(new RegExp(consoleRights.read).test('civil-affairs.events')).toBe(true);
    expect(new RegExp(consoleRights.write).test('civil-affairs.events')).toBe(false);
    expect(new RegExp(consoleRights.read).test('social-assistance.deaths')).toBe(false);
    expect(new RegExp(consoleRights.read).test('integrator.health.deaths')).toBe(false);
    expect(committed.topic_permissions.some((p) => p.user === 'console')).toBe(false);
  });

  it.each(SERVICES)('%s may use its own queues and publish only its own events', (service) => {
    const p = permissionOf(service);
    for (const right of [p.configure, p.write, p.read]) {
      expect(allows(right, `${service}.events`)).toBe(true);
      expect(allows(right, `${service}.events.dlq`)).toBe(true);
      for (const other of SERVICES.filter((s) => s !== service)) expect(allows(right, `${other}.events`)).toBe(false);
      expect(allows(right, 'integrator.x')).toBe(false);
    }
    expect(allows(p.write, 'civil-affairs.events')).toBe(true);
    expect(allows(p.write, 'amq.default')).toBe(true);
    // Without the anchor `^civil-registration\..*` would also match `civil-registrationX…`.
    expect(allows(p.configure, `${service}x.events`)).toBe(false);
    const topic = committed.topic_permissions.filter((t) => t.user === service);
    expect(topic).toEqual([expect.objectContaining({ exchange: 'civil-affairs.events', vhost: '/' })]);
    expect(allows(topic[0].write, `${service}.death.registered.v1`)).toBe(true);
    for (const other of SERVICES.filter((s) => s !== service)) expect(allows(topic[0].write, `${other}.x.y.v1`)).toBe(false);
  });

  it('lets the integrator declare, bind and read integrator.* queues but not write to the exchange', () => {
    const p = permissionOf('integrator');
    expect(allows(p.configure, 'integrator.public-security.deaths')).toBe(true);
    expect(allows(p.write, 'integrator.public-security.deaths')).toBe(true);
    expect(allows(p.read, 'integrator.public-security.deaths')).toBe(true);
    expect(allows(p.read, 'civil-affairs.events')).toBe(true);
    for (const resource of ['civil-affairs.events', 'civil-affairs.dlx', 'amq.default']) {
      expect([resource, allows(p.write, resource)]).toEqual([resource, false]);
      expect([resource, allows(p.configure, resource)]).toEqual([resource, false]);
    }
    for (const service of SERVICES) expect(allows(p.read, `${service}.events`)).toBe(false);
    expect(committed.topic_permissions.some((t) => t.user === 'integrator')).toBe(false);
  });

  it('declares the two exchanges so that integrators can bind before the services start', () => {
    expect(committed.exchanges.map((e) => [e.name, e.type, e.durable])).toEqual([
      ['civil-affairs.events', 'topic', true],
      ['civil-affairs.dlx', 'direct', true],
    ]);
  });
});

describe('rabbitPasswordHash', () => {
  it('is base64 of the salt followed by sha256(salt ++ password)', () => {
    // Computed with Python: base64(salt + hashlib.sha256(salt + b'guest').digest()), salt = 01 02 03 04.
    const hash = rabbitPasswordHash('guest', Buffer.from([1, 2, 3, 4]));
    expect(hash).toBe('AQIDBEMMOXwY6PKx/JKP9PAqfsb4ozuD0Ta3pxxa9gEYBMmD');
    expect(passwordMatches(hash, 'guest')).toBe(true);
    expect(() => rabbitPasswordHash('x', Buffer.alloc(3))).toThrow(RangeError);
  });
});
