import type { Channel } from 'amqplib';
import { DEAD_LETTER_EXCHANGE, EVENTS_EXCHANGE, deadLetterQueue, eventsQueue, retryQueue } from './names';

export interface TopologyOptions {
  service: string;
  /** Routing keys (or topic patterns) the service handles. */
  bindings: string[];
  /** One delay queue per retry step. */
  retryDelaysMs: number[];
  /** Deliveries after which the broker itself dead-letters a message (a consumer that crashes on it). */
  deliveryLimit: number;
}

/**
 * Declares the exchanges and this service's queues. Every call is idempotent, so each replica
 * runs it at start-up and after every reconnect; arguments must stay identical across replicas,
 * since RabbitMQ refuses to redeclare a queue with different arguments.
 */
export async function declareTopology(channel: Channel, options: TopologyOptions): Promise<void> {
  const { service } = options;
  const queue = eventsQueue(service);
  const dlq = deadLetterQueue(service);

  await channel.assertExchange(EVENTS_EXCHANGE, 'topic', { durable: true });
  await channel.assertExchange(DEAD_LETTER_EXCHANGE, 'direct', { durable: true });

  await channel.assertQueue(dlq, { durable: true, arguments: { 'x-queue-type': 'quorum' } });
  await channel.bindQueue(dlq, DEAD_LETTER_EXCHANGE, dlq);

  await channel.assertQueue(queue, {
    durable: true,
    arguments: {
      'x-queue-type': 'quorum',
      'x-dead-letter-exchange': DEAD_LETTER_EXCHANGE,
      'x-dead-letter-routing-key': dlq,
      'x-delivery-limit': options.deliveryLimit,
    },
  });
  for (const key of new Set(options.bindings)) {
    await channel.bindQueue(queue, EVENTS_EXCHANGE, key);
  }

  // A retried message waits in a delay queue until its TTL expires, then the broker
  // dead-letters it through the default exchange straight back onto the service's queue. Quorum
  // delay queues with at-least-once dead-lettering: the broker keeps the message until the
  // service's queue has confirmed it (with a classic queue, or the default at-most-once, a
  // message expiring while the target is busy or restarting can be dropped).
  for (const delay of new Set(options.retryDelaysMs)) {
    await channel.assertQueue(retryQueue(service, delay), {
      durable: true,
      arguments: {
        'x-queue-type': 'quorum',
        'x-message-ttl': delay,
        'x-dead-letter-exchange': '',
        'x-dead-letter-routing-key': queue,
        'x-dead-letter-strategy': 'at-least-once',
        'x-overflow': 'reject-publish',
      },
    });
  }
}

/** Exchanges only: what a producer that consumes nothing needs. */
export async function declareExchanges(channel: Channel): Promise<void> {
  await channel.assertExchange(EVENTS_EXCHANGE, 'topic', { durable: true });
  await channel.assertExchange(DEAD_LETTER_EXCHANGE, 'direct', { durable: true });
}
