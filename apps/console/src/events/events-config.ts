// Settings of the event stream (docs/console.md "Configuration"), read once when the console
// starts, so that a malformed value stops it with the variable's name. The broker URL is the one
// the services use (AMQP_URL, libs/messaging), with the same local-development default.
import { envInt } from '@app/common/config/env';
import { messagingConfigFromEnv } from '@app/messaging/messaging.config';
import { CONSOLE_NAME } from '../config/console-config';

export const EVENTS_CONFIG = Symbol('EVENTS_CONFIG');

export interface EventsConfig {
  /** Local-development default: guest/guest on localhost, as for the services. */
  amqpUrl: string;
  reconnectMaxDelayMs: number;
  /** A stream ends this long after it opened. */
  streamSeconds: number;
  /** Streams one user may have open at once (on this console process). */
  streamsPerUser: number;
  /** A comment line this often keeps proxies from closing a quiet stream. */
  heartbeatSeconds: number;
  /** How long a request waits for the broker connection before answering 503. */
  brokerWaitMs: number;
}

function positive(name: string, fallback: number): number {
  const value = envInt(name, fallback);
  if (value <= 0) throw new Error(`Environment variable ${name} must be a positive integer, got "${value}"`);
  return value;
}

export function eventsConfigFromEnv(): EventsConfig {
  const messaging = messagingConfigFromEnv(CONSOLE_NAME);
  return {
    amqpUrl: messaging.amqpUrl,
    reconnectMaxDelayMs: messaging.reconnectMaxDelayMs,
    streamSeconds: positive('EVENTS_STREAM_SECONDS', 60),
    streamsPerUser: positive('EVENTS_STREAMS_PER_USER', 3),
    heartbeatSeconds: positive('EVENTS_HEARTBEAT_SECONDS', 15),
    brokerWaitMs: positive('EVENTS_BROKER_WAIT_MS', 5_000),
  };
}
