// Names of the broker objects. They are part of the platform's public contract: integrating
// departments bind their own queues to EVENTS_EXCHANGE, operators read the dead-letter queues.

export const EVENTS_EXCHANGE = 'civil-affairs.events';
export const DEAD_LETTER_EXCHANGE = 'civil-affairs.dlx';

export function eventsQueue(service: string): string {
  return `${service}.events`;
}

export function deadLetterQueue(service: string): string {
  return `${service}.events.dlq`;
}

/**
 * A delay queue of the retries. "delay", not the former "retry": those were classic queues, and a
 * broker refuses to redeclare a queue as another type, so the quorum ones needed new names (an
 * old `<service>.events.retry.<ms>ms` left on a broker is unused and may be deleted once empty).
 */
export function retryQueue(service: string, delayMs: number): string {
  return `${service}.events.delay.${delayMs}ms`;
}

/** Headers the platform sets on retried and dead-lettered messages. */
export const HEADERS = {
  retryCount: 'x-retry-count',
  lastError: 'x-last-error',
  deadLetterReason: 'x-dead-letter-reason',
  error: 'x-error',
  originalRoutingKey: 'x-original-routing-key',
  failedAt: 'x-failed-at',
  consumer: 'x-consumer',
  replayedAt: 'x-replayed-at',
  correlationId: 'x-correlation-id',
} as const;

export type DeadLetterReason = 'MALFORMED_MESSAGE' | 'SCHEMA_INVALID' | 'NO_HANDLER' | 'HANDLER_FAILED' | 'PERMANENT_ERROR';
