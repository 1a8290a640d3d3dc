// The consuming side of the platform benchmark, in its own process as in production: the
// platform's transport with inbox rows + effect rows in one transaction per micro-batch. Reports
// the commit time of every event to the parent over IPC.
import 'reflect-metadata';
import { DataSource } from 'typeorm';
import { AmqpEventTransport } from '../../libs/messaging/src/consumer/amqp-event.transport';
import type { EventBatchContext } from '../../libs/messaging/src/consumer/event-batch-context';
import type { EventContext } from '../../libs/messaging/src/consumer/event-context';
import { BATCH_HANDLER } from '../../libs/messaging/src/consumer/on-event.decorator';
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
  // A batch handler, as the platform's handlers of high-volume events are written: the effects
  // of a micro-batch in one statement (BENCH_SINGLE_HANDLER=true: one statement per event).
  if (process.env.BENCH_SINGLE_HANDLER === 'true') {
    transport.addHandler(
      'civil-registration.death.registered.v1',
      async (event: CloudEvent<'civil-registration.death.registered.v1'>, ctx: EventContext) => {
        await ctx.manager.query('INSERT INTO bench_effect (event_id, resident_id) VALUES ($1, $2)', [event.id, event.data.residentId]);
      },
      true,
    );
  } else {
    transport.addHandler(
      'civil-registration.death.registered.v1',
      async (events: Array<CloudEvent<'civil-registration.death.registered.v1'>>, ctx: EventBatchContext) => {
        const ids = events.map((e) => e.id);
        const residents = events.map((e) => e.data.residentId);
        await ctx.manager.query('INSERT INTO bench_effect (event_id, resident_id) SELECT * FROM unnest($1::uuid[], $2::text[])', [ids, residents]);
      },
      true,
      BATCH_HANDLER,
    );
  }
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
