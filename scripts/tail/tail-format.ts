// Pure parts of `npm run events:tail`: argument parsing and the one-line rendering of an event.
// Resident IDs never reach the terminal in clear: every value shaped like one is masked, and
// names and ethnicity are left out of the summary altogether.
import { parseCliArgs, refuse, type ParsedArgs } from '../../libs/common/src/cli/cli-args';
import { maskResidentId } from '../../libs/common/src/resident-id/resident-id';

export const DEFAULT_AMQP_URL = 'amqp://guest:guest@127.0.0.1:5672';

export const TAIL_USAGE = `Prints live events from civil-affairs.events, one line each, until Ctrl-C.

usage: npm run events:tail -- [--keys <pattern>[,<pattern>...]] [--max-summary <chars>]

  --keys          binding keys, comma-separated or repeated; * matches one word, # zero or more.
                  Default: # (every event). Example: --keys 'civil-registration.#,*.*.stopped.v1'
  --max-summary   longest data summary per line, default 160 characters

AMQP_URL selects the broker (default ${DEFAULT_AMQP_URL}, RabbitMQ's local-only guest account).
The queue is exclusive and auto-deleted: nothing is left behind when the tail stops.`;

export interface TailOptions {
  keys: string[];
  maxSummary: number;
}

export type TailArgs = ParsedArgs<TailOptions>;

/** A word of a routing key, or a topic wildcard. */
const KEY_WORD = /^(\*|#|[A-Za-z0-9_-]+)$/;

export function isBindingKey(key: string): boolean {
  return key.length > 0 && key.length <= 255 && key.split('.').every((word) => KEY_WORD.test(word));
}

const TAIL_OPTIONS = {
  keys: { type: 'string', multiple: true },
  'max-summary': { type: 'string' },
} as const;

export function parseTailArgs(argv: readonly string[]): TailArgs {
  const parsed = parseCliArgs(argv, TAIL_OPTIONS);
  if (!parsed.ok) return parsed;
  const { keys: given = [], 'max-summary': maxGiven } = parsed.options.values;
  const keys: string[] = [];
  for (const value of given) {
    const patterns = value.split(',').map((k) => k.trim()).filter(Boolean);
    if (patterns.length === 0) return refuse('--keys needs at least one pattern');
    const wrong = patterns.find((key) => !isBindingKey(key));
    if (wrong !== undefined) return refuse(`"${wrong}" is not a binding key (words of letters, digits, - or _, or * and #, separated by dots)`);
    keys.push(...patterns);
  }
  const maxSummary = Number(maxGiven ?? 160);
  if (!Number.isInteger(maxSummary) || maxSummary < 20) return refuse(`--max-summary must be an integer of at least 20, got "${maxGiven}"`);
  return { ok: true, options: { keys: keys.length > 0 ? [...new Set(keys)] : ['#'], maxSummary } };
}

const RESIDENT_ID = /^\d{17}[\dXx]$/;
/** Personal data that a one-line summary does not need (DOMAIN §9). */
const LEFT_OUT = new Set(['name', 'names', 'ethnicity', 'phone', 'address']);

function maskIfResidentId(value: string): string {
  return RESIDENT_ID.test(value) ? maskResidentId(value.toUpperCase()) : value;
}

function renderValue(value: unknown): string {
  if (value === null) return 'null';
  if (typeof value === 'string') return JSON.stringify(maskIfResidentId(value));
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (Array.isArray(value)) return `[${value.map(renderValue).join(',')}]`;
  if (typeof value === 'object') return '{…}';
  return '?';
}

/** `key=value` pairs of the payload's fields, resident IDs masked, cut to `max` characters. */
export function summariseData(data: unknown, max = 160): string {
  if (data === null || typeof data !== 'object' || Array.isArray(data)) return renderValue(data);
  const parts = Object.entries(data as Record<string, unknown>)
    .filter(([key]) => !LEFT_OUT.has(key))
    .map(([key, value]) => `${key}=${renderValue(value)}`);
  const text = parts.join(' ');
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}

export interface ReceivedMessage {
  routingKey: string;
  body: Buffer | string;
  messageId?: string;
  /** When the tail received it: used when the event has no readable time. */
  receivedAt: Date;
}

/** One line per event: time, routing key, event id, data summary. Never throws on a bad body. */
export function formatEventLine(message: ReceivedMessage, maxSummary = 160): string {
  const text = typeof message.body === 'string' ? message.body : message.body.toString('utf8');
  let event: unknown;
  try {
    event = JSON.parse(text);
  } catch {
    event = undefined;
  }
  if (event === null || typeof event !== 'object' || Array.isArray(event)) {
    const size = Buffer.byteLength(text, 'utf8');
    return [message.receivedAt.toISOString(), message.routingKey, message.messageId ?? '-', `(not a CloudEvent: ${size} bytes)`].join('  ');
  }
  const envelope = event as { time?: unknown; id?: unknown; data?: unknown };
  const time = typeof envelope.time === 'string' && !Number.isNaN(Date.parse(envelope.time)) ? envelope.time : message.receivedAt.toISOString();
  const id = typeof envelope.id === 'string' ? envelope.id : (message.messageId ?? '-');
  return [time, message.routingKey, id, summariseData(envelope.data, maxSummary)].join('  ');
}
