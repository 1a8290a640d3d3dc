// The consuming side of the platform benchmark, in its own process as in production: the
// platform's transport with inbox + effect row in one transaction per micro-batch. Reports
// the commit time of every event to the parent over IPC.
import 'reflect-metadata';
import { DataSource } from 'typeorm';
import { AmqpEventTransport } from '../../libs/messaging/src/consumer/amqp-event.transport';
import type { EventContext } from '../../libs/messaging/src/consumer/event-context';
import { messagingConfigFromEnv } from '../../libs/messaging/src/messaging.config';
import type { CloudEvent } from '../../libs/contracts/src';

async function main(): Promise<void> {
  const dataSource = new DataSource({
    type: 'postgres',
    host: '127.0.0.1',
    port: 5432,
    username: 'postgres',
    database: process.env.DB_NAME,
    poolSize: 4,
  });
  await dataSource.initialize();
  const committedAt = new Map<string, number>();
  const config = messagingConfigFromEnv('bench-consumer');
  const transport = new AmqpEventTransport(dataSource, config, {
    afterCommit: (events) => {
      const now = performance.timeOrigin + performance.now();
      for (const e of events) committedAt.set(e.id, now);
    },
  });
  transport.addHandler(
    'civil-registration.death.registered.v1',
    async (event: CloudEvent<'civil-registration.death.registered.v1'>, ctx: EventContext) => {
      await ctx.manager.query('INSERT INTO bench_effect (event_id, resident_id) VALUES ($1, $2)', [event.id, event.data.residentId]);
    },
    true,
  );
  transport.listen(() => undefined);
  while (!transport.isConnected) await new Promise((r) => setTimeout(r, 20));

  process.on('message', (msg: { cmd: string }) => {
    if (msg.cmd === 'count') process.send?.({ count: committedAt.size });
    if (msg.cmd === 'dump') {
      process.send?.({ committedAt: [...committedAt.entries()] });
      committedAt.clear();
    }
    if (msg.cmd === 'stop') void transport.close().then(() => dataSource.destroy()).then(() => process.exit(0));
  });
  process.send?.({ ready: true });
}

void main();
