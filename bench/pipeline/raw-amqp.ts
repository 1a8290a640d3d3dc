// The anchor of the messaging benches: what amqplib alone carries on this machine, publish with
// confirms (windows of 500) and consume with a manual ack per message, N persistent messages of a
// death event's size through one quorum queue.
import { randomUUID } from 'node:crypto';
import { connect } from 'amqplib';
import { createEnvelope } from '../../libs/contracts/src';
import { connectOptionsFromUrl } from '../../libs/messaging/src/connection/amqp-connection';
import { deathOf } from '../../test/support/resident-ids';

/** Messages per second through a fresh quorum queue `queue` (deleted afterwards) on `amqpUrl`'s vhost. */
export async function rawAmqplib(amqpUrl: string, n: number, queue = 'bench.raw'): Promise<number> {
  const producer = await connect(connectOptionsFromUrl(amqpUrl));
  const consumer = await connect(connectOptionsFromUrl(amqpUrl));
  const pub = await producer.createConfirmChannel();
  const sub = await consumer.createChannel();
  await pub.assertQueue(queue, { durable: true, arguments: { 'x-queue-type': 'quorum' } });
  await sub.prefetch(500);
  const body = Buffer.from(JSON.stringify(createEnvelope('civil-registration.death.registered.v1', deathOf(1), { source: '/bench', subject: 'x' })));
  let acked = 0;
  const done = new Promise<void>((res) => {
    void sub.consume(queue, (msg) => {
      if (!msg) return;
      sub.ack(msg);
      acked += 1;
      if (acked === n) res();
    });
  });
  const started = performance.now();
  for (let i = 0; i < n; i += 1) {
    pub.publish('', queue, body, { persistent: true, messageId: randomUUID() });
    if (i % 500 === 499) await pub.waitForConfirms();
  }
  await pub.waitForConfirms();
  await done;
  const seconds = (performance.now() - started) / 1000;
  await pub.deleteQueue(queue);
  await producer.close();
  await consumer.close();
  return n / seconds;
}
