import { envInt, envIntList, envValue } from '@app/common/config/env';
import { amqpUrls } from './connection/amqp-urls';

export interface MessagingConfig {
  service: string;
  /** Local-development default: guest/guest on localhost, as RabbitMQ ships it. A cluster's nodes comma-separated, tried in turn. */
  amqpUrl: string;
  /** Unacknowledged deliveries the broker may push to one consumer. */
  prefetch: number;
  /** Messages handled in one database transaction by the consumer. */
  consumerBatchSize: number;
  /** Batches handled at once, each in its own transaction (events of one person may then be applied out of order, as with retries). */
  consumerConcurrency: number;
  /** How long the consumer waits to fill a batch once the first message arrived. */
  consumerBatchWaitMs: number;
  /** Delay before each retry of a transiently failing handler; then the message is dead-lettered. */
  retryDelaysMs: number[];
  deliveryLimit: number;
  /** Outbox rows claimed and published per relay transaction. */
  relayBatchSize: number;
  /** The relay is woken by NOTIFY; this poll is the fallback if a notification was missed. */
  relayPollMs: number;
  /** How long the relay waits after a NOTIFY before it claims, so one claim carries the rows committed meanwhile (docs/performance.md). */
  relayNotifyDelayMs: number;
  /** How often each relay logs what its claims did (published, skipped as locked by another relay); 0: never. */
  relayLogEveryMs: number;
  /** Published outbox rows are kept this long for inspection, then purged. */
  outboxRetentionHours: number;
  reconnectMaxDelayMs: number;
}

/**
 * Consumer defaults a service may set for itself (ServiceDefinition.messagingDefaults); the
 * environment still overrides them. Payments' events carry up to 1,000 lines each, a thousand
 * times the platform's usual event: the usual prefetch and batch would hold 100+ MB of messages.
 */
export type ConsumerDefaults = Partial<Pick<MessagingConfig, 'prefetch' | 'consumerBatchSize'>>;

/**
 * AMQP_URL, with AMQP_PASSWORD (or the content of the file AMQP_PASSWORD_FILE names) as its
 * password when set: the URL can stay in plain configuration and the password in a secret.
 * A comma-separated list (a cluster's nodes) gets the password in each of its URLs.
 */
export function amqpUrlFromEnv(env: NodeJS.ProcessEnv = process.env): string {
  const url = env.AMQP_URL || 'amqp://guest:guest@127.0.0.1:5672';
  const password = envValue('AMQP_PASSWORD', env);
  if (!password) return url;
  return amqpUrls(url)
    .map((one) => {
      const parsed = new URL(one);
      parsed.password = encodeURIComponent(password);
      return parsed.toString();
    })
    .join(',');
}

export function messagingConfigFromEnv(service: string, overrides: Partial<MessagingConfig> = {}, defaults: ConsumerDefaults = {}): MessagingConfig {
  const config: MessagingConfig = {
    service,
    amqpUrl: amqpUrlFromEnv(),
    prefetch: envInt('AMQP_PREFETCH', defaults.prefetch ?? 500),
    consumerBatchSize: envInt('CONSUMER_BATCH_SIZE', defaults.consumerBatchSize ?? 200),
    consumerBatchWaitMs: envInt('CONSUMER_BATCH_WAIT_MS', 2),
    consumerConcurrency: envInt('CONSUMER_CONCURRENCY', 2),
    retryDelaysMs: envIntList('RETRY_DELAYS_MS', [1_000, 10_000, 60_000]),
    deliveryLimit: envInt('AMQP_DELIVERY_LIMIT', 20),
    relayBatchSize: envInt('OUTBOX_BATCH_SIZE', 500),
    relayPollMs: envInt('OUTBOX_POLL_MS', 1_000),
    relayNotifyDelayMs: envInt('OUTBOX_NOTIFY_DELAY_MS', 5),
    relayLogEveryMs: envInt('OUTBOX_RELAY_LOG_EVERY_MS', 30_000),
    outboxRetentionHours: envInt('OUTBOX_RETENTION_HOURS', 72),
    reconnectMaxDelayMs: envInt('AMQP_RECONNECT_MAX_DELAY_MS', 5_000),
    ...overrides,
  };
  // Retries and deferrals travel through the delay queues: without one they would have nowhere to go.
  if (config.retryDelaysMs.length === 0) throw new Error('RETRY_DELAYS_MS needs at least one delay');
  return config;
}
