// What an operator watches of a service's messaging, read at each scrape: the outbox's backlog and
// how long its oldest event has waited (a relay that cannot publish), the events waiting in the
// service's queue (consumer lag) and its dead letters. Alert rules: deploy/prometheus/alerts.yml.
import { addGaugeSource } from '@app/common/metrics/collected-gauges';
import type { DataSource } from 'typeorm';
import type { AmqpConnection } from './connection/amqp-connection';
import { deadLetterQueue, eventsQueue } from './topology/names';

export function addMessagingGauges(service: string, dataSource: DataSource, connection: AmqpConnection): () => void {
  const outbox = async () => {
    const [row] = await dataSource.query<Array<{ backlog: number; oldest: number }>>(
      `SELECT count(*)::int AS backlog, coalesce(extract(epoch FROM now() - min(created_at)), 0)::float8 AS oldest FROM outbox WHERE published_at IS NULL`,
    );
    return row;
  };
  const removers = [
    addGaugeSource('civil_affairs_outbox_backlog', 'Outbox events not yet published', ['service'], async () => [{ labels: { service }, value: (await outbox()).backlog }]),
    addGaugeSource('civil_affairs_outbox_oldest_unpublished_seconds', 'Age of the oldest unpublished outbox event (0 when none)', ['service'], async () => [
      { labels: { service }, value: (await outbox()).oldest },
    ]),
    addGaugeSource('civil_affairs_queue_messages', "Messages ready in the service's queues: events (consumer lag) and dlq (dead letters)", ['service', 'queue'], async () => {
      const depths = await Promise.all([eventsQueue(service), deadLetterQueue(service)].map((q) => connection.queueDepth(q)));
      return [
        ...(depths[0] === null ? [] : [{ labels: { service, queue: 'events' }, value: depths[0] }]),
        ...(depths[1] === null ? [] : [{ labels: { service, queue: 'dlq' }, value: depths[1] }]),
      ];
    }),
  ];
  return () => removers.forEach((remove) => remove());
}
