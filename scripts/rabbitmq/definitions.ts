// Builds deploy/rabbitmq/definitions.json: the broker users of docker-compose and what each may
// touch. Pure; `write-definitions.ts` writes the file and a unit test checks the committed file
// is what this produces.
//
// Rights in RabbitMQ are three regexes per user and vhost, matched against resource names:
//   configure - declare/delete a queue or exchange (also needed to re-assert an existing one)
//   write     - publish to an exchange, bind a queue (write on the queue), consume-side nothing
//   read      - consume from a queue, bind from an exchange (read on the exchange)
// Publishing to the default exchange checks write on `amq.default`.
import { createHash } from 'node:crypto';
import { SERVICE_NAMES } from '../../libs/contracts/src/services';
import { DEAD_LETTER_EXCHANGE, EVENTS_EXCHANGE } from '../../libs/messaging/src/topology/names';
import { REPLAY_STREAM, REPLAY_STREAM_ARGUMENTS } from '../../libs/messaging/src/topology/replay-stream';

export const VHOST = '/';
export const INTEGRATOR = 'integrator';
export const ADMIN = 'admin';
/** The caseworkers' console: watches events for the live cascade view, publishes nothing. */
export const CONSOLE = 'console';
/** Every password in the committed file is `local-dev-only-<user>`: for local development only. */
export const LOCAL_DEV_PASSWORD_PREFIX = 'local-dev-only-';

export function localDevPassword(user: string): string {
  return `${LOCAL_DEV_PASSWORD_PREFIX}${user}`;
}

const escape = (name: string): string => name.replace(/[.*+?^${}()|[\]\\-]/g, '\\$&');

export interface DefinitionsUser {
  name: string;
  password_hash: string;
  hashing_algorithm: 'rabbit_password_hashing_sha256';
  tags: string;
}
export interface Permission {
  user: string;
  vhost: string;
  configure: string;
  write: string;
  read: string;
}
export interface TopicPermission {
  user: string;
  vhost: string;
  exchange: string;
  write: string;
  read: string;
}
export interface Definitions {
  users: DefinitionsUser[];
  vhosts: Array<{ name: string }>;
  permissions: Permission[];
  topic_permissions: TopicPermission[];
  exchanges: Array<{ name: string; vhost: string; type: string; durable: boolean; auto_delete: boolean; internal: boolean; arguments: Record<string, never> }>;
  queues: Array<{ name: string; vhost: string; durable: boolean; auto_delete: boolean; arguments: Record<string, string | number> }>;
  bindings: Array<{ source: string; vhost: string; destination: string; destination_type: 'queue'; routing_key: string; arguments: Record<string, never> }>;
  policies: Array<{ name: string; vhost: string; pattern: string; 'apply-to': 'queues'; priority: number; definition: Record<string, string | number> }>;
}

/**
 * RabbitMQ's rabbit_password_hashing_sha256: base64(salt ++ sha256(salt ++ utf8(password))),
 * with a 4-byte salt (what `rabbitmqctl hash_password` produces with a random salt).
 */
export function rabbitPasswordHash(password: string, salt: Buffer): string {
  if (salt.length !== 4) throw new RangeError('the salt is 4 bytes');
  const digest = createHash('sha256').update(Buffer.concat([salt, Buffer.from(password, 'utf8')])).digest();
  return Buffer.concat([salt, digest]).toString('base64');
}

/** True when `hash` is the rabbit_password_hashing_sha256 hash of `password`. */
export function passwordMatches(hash: string, password: string): boolean {
  const raw = Buffer.from(hash, 'base64');
  return raw.length === 36 && rabbitPasswordHash(password, raw.subarray(0, 4)) === hash;
}

/** A fixed salt per user keeps the generated file stable between runs. */
function saltFor(user: string): Buffer {
  return createHash('sha256').update(`civil-affairs:${user}`).digest().subarray(0, 4);
}

/** What a service may do: its own queues, re-assert the two exchanges, publish events and dead letters. */
export function servicePermission(service: string, vhost = VHOST): Permission {
  const own = `${escape(service)}\\..*`;
  const exchanges = `${escape(EVENTS_EXCHANGE)}|${escape(DEAD_LETTER_EXCHANGE)}`;
  return {
    user: service,
    vhost,
    // The service kit asserts both exchanges at start-up, which RabbitMQ counts as configure.
    configure: `^(${own}|${exchanges})$`,
    // Events and dead letters, plus retries/replays through the default exchange to its own queues.
    write: `^(${own}|${exchanges}|amq\\.default)$`,
    read: `^(${own}|${exchanges})$`,
  };
}

/** The integrator declares, binds and consumes `integrator.*` queues, reads the events exchange, publishes nothing. */
export function integratorPermission(user = INTEGRATOR, vhost = VHOST): Permission {
  return {
    user,
    vhost,
    configure: '^integrator\\..*$',
    write: '^integrator\\..*$',
    // The replay stream is read (consumed from an offset), never declared or written by integrators.
    read: `^(integrator\\..*|${escape(EVENTS_EXCHANGE)}|${escape(REPLAY_STREAM)})$`,
  };
}

/**
 * The console's event stream: declares, binds and consumes its own `console.*` queues (one per
 * open stream), reads the events exchange, publishes nothing.
 */
export function consolePermission(user = CONSOLE, vhost = VHOST): Permission {
  return {
    user,
    vhost,
    configure: '^console\\..*$',
    write: '^console\\..*$',
    read: `^(console\\..*|${escape(EVENTS_EXCHANGE)})$`,
  };
}

/**
 * A department's queue can fill while its consumer is away; the broker's memory and disk are the
 * whole platform's. Bounded: at most a million events or 7 days per message (the replay stream's
 * retention, so anything dropped is still there to replay), the oldest dropped first so the
 * newest keep arriving.
 */
export const INTEGRATOR_QUEUE_POLICY = {
  name: 'integrator-queues-bounded',
  vhost: VHOST,
  pattern: '^integrator\\.',
  'apply-to': 'queues' as const,
  priority: 0,
  definition: { 'max-length': 1_000_000, overflow: 'drop-head', 'message-ttl': 7 * 24 * 3600 * 1000 },
};

export function buildDefinitions(passwordOf: (user: string) => string = localDevPassword): Definitions {
  const users = [ADMIN, ...SERVICE_NAMES, INTEGRATOR, CONSOLE];
  return {
    users: users.map((name) => ({
      name,
      password_hash: rabbitPasswordHash(passwordOf(name), saltFor(name)),
      hashing_algorithm: 'rabbit_password_hashing_sha256',
      tags: name === ADMIN ? 'administrator' : '',
    })),
    vhosts: [{ name: VHOST }],
    permissions: [
      { user: ADMIN, vhost: VHOST, configure: '.*', write: '.*', read: '.*' },
      ...SERVICE_NAMES.map((service) => servicePermission(service)),
      integratorPermission(),
      consolePermission(),
    ],
    // On the topic exchange a service may publish only its own routing keys (`<service>.…`).
    topic_permissions: SERVICE_NAMES.map((service) => ({
      user: service,
      vhost: VHOST,
      exchange: EVENTS_EXCHANGE,
      write: `^${escape(service)}\\.`,
      read: '.*',
    })),
    // Declared up front so that an integrator can bind before any service has started.
    exchanges: [
      { name: EVENTS_EXCHANGE, vhost: VHOST, type: 'topic', durable: true, auto_delete: false, internal: false, arguments: {} },
      { name: DEAD_LETTER_EXCHANGE, vhost: VHOST, type: 'direct', durable: true, auto_delete: false, internal: false, arguments: {} },
    ],
    // The replay stream and its binding to every routing key, so that it keeps events from the broker's first boot.
    queues: [{ name: REPLAY_STREAM, vhost: VHOST, durable: true, auto_delete: false, arguments: { ...REPLAY_STREAM_ARGUMENTS } }],
    bindings: [{ source: EVENTS_EXCHANGE, vhost: VHOST, destination: REPLAY_STREAM, destination_type: 'queue', routing_key: '#', arguments: {} }],
    policies: [INTEGRATOR_QUEUE_POLICY],
  };
}

export function renderDefinitions(definitions: Definitions): string {
  return `${JSON.stringify(definitions, null, 2)}\n`;
}
