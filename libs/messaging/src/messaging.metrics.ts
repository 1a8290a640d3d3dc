import { Counter, Histogram, register } from 'prom-client';

// Metrics live in prom-client's default registry, which /metrics exposes. Getting an existing
// metric instead of creating it again keeps several relays or transports in one process (as in
// tests and benchmarks) from clashing.
function counter(name: string, help: string, labelNames: string[]): Counter<string> {
  return (register.getSingleMetric(name) as Counter<string>) ?? new Counter({ name, help, labelNames });
}

export const messagingMetrics = {
  published: counter('civil_affairs_events_published_total', 'Outbox events confirmed by the broker', ['service', 'type']),
  consumed: counter('civil_affairs_events_consumed_total', 'Events handled, by outcome', ['service', 'type', 'outcome']),
  deadLettered: counter('civil_affairs_events_dead_lettered_total', 'Events sent to the dead-letter queue', ['service', 'reason']),
  retried: counter('civil_affairs_events_retried_total', 'Events scheduled for a delayed retry', ['service']),
  relayBatch:
    (register.getSingleMetric('civil_affairs_outbox_relay_batch_seconds') as Histogram<string>) ??
    new Histogram({
      name: 'civil_affairs_outbox_relay_batch_seconds',
      help: 'Time to publish and confirm one outbox batch',
      labelNames: ['service'],
      buckets: [0.001, 0.005, 0.01, 0.05, 0.1, 0.5, 1, 5],
    }),
};
