import { execFileSync } from 'node:child_process';
import type { ChildService } from '../../../test/support/child-service';
import { waitFor } from '../../../test/support/wait-for';
import type { DataSource } from 'typeorm';
import { eventsQueue } from '../src/topology/names';
import { brokerChannelModel, consumerDatabase, count, deathData, startConsumer, startProducer, type Producer } from './messaging-harness';

// Batches of a consumer are acked with `multiple` acks once every earlier message of the channel
// is settled (AckWindow): with small batches side by side, finishing out of order, not one message
// may be left unacked — it would come back to the queue when the consumer stops.
function unacknowledged(): number {
  const vhost = decodeURIComponent(new URL(process.env.AMQP_URL!.split(',')[0]).pathname.slice(1));
  const out = execFileSync('rabbitmqctl', ['-q', 'list_queues', '-p', vhost, 'name', 'messages_unacknowledged', '--no-table-headers'], { encoding: 'utf8' });
  const line = out.split('\n').find((l) => l.split('\t')[0] === eventsQueue('acks-consumer'));
  if (!line) throw new Error(`no queue ${eventsQueue('acks-consumer')} in ${vhost}`);
  return Number(line.split('\t')[1]);
}

describe('acks of micro-batches finishing out of order', () => {
  const service = 'acks-consumer';
  let producer: Producer;
  let consumerDb: DataSource;
  let consumer: ChildService | undefined;

  beforeAll(async () => {
    const db = await consumerDatabase('acks_consumer');
    consumerDb = db.dataSource;
    producer = await startProducer('acks_producer');
    consumer = await startConsumer(service, db.name, { CONSUMER_BATCH_SIZE: '7', CONSUMER_CONCURRENCY: '3', AMQP_PREFETCH: '60' });
  });

  afterAll(async () => {
    await consumer?.stop();
    await producer?.stop();
    await consumerDb?.destroy();
  });

  it('leaves no message unacked: once the consumer has stopped, its queue is empty', async () => {
    const events = 600;
    // Transactions of 50 events: the relay publishes them in bursts, so batches overlap.
    for (let from = 0; from < events; from += 50) {
      await producer.dataSource.transaction(async (manager) => {
        for (let n = from; n < from + 50; n += 1) await producer.publisher.publish(manager, 'civil-registration.death.registered.v1', deathData(30_000 + n));
      });
    }
    await waitFor('every effect', async () => (await count(consumerDb, 'SELECT 1 FROM effect')) === events, 60_000);
    // The broker's own count, while the consumer runs: the last acks follow the last commit.
    await waitFor('no message unacknowledged', () => unacknowledged() === 0, 30_000, 500);
    await consumer!.stop('SIGKILL');
    consumer = undefined;

    const model = await brokerChannelModel();
    const channel = await model.createChannel();
    const { messageCount, consumerCount } = await channel.checkQueue(eventsQueue(service));
    await model.close();
    // Killed: a message it had not acked would be back in the queue.
    expect({ messageCount, consumerCount }).toEqual({ messageCount: 0, consumerCount: 0 });
    expect(await count(consumerDb, 'SELECT 1 FROM inbox')).toBe(events);
  });
});
