// The replay stream as `npm start` declares it: every event kept, read again from any offset.
import { execFileSync } from 'node:child_process';
import { connect, type ChannelModel } from 'amqplib';
import { isolateBroker } from '../../../test/support/test-env';
import { waitFor } from '../../../test/support/wait-for';
import { connectOptionsFromUrl } from '../src/connection/amqp-connection';
import { declareExchanges } from '../src/topology/declare-topology';
import { EVENTS_EXCHANGE } from '../src/topology/names';
import { declareReplayStream, REPLAY_STREAM } from '../src/topology/replay-stream';

describe('the replay stream', () => {
  let model: ChannelModel;
  let vhost: string;

  beforeAll(async () => {
    const url = isolateBroker('replay-stream');
    vhost = decodeURIComponent(new URL(url).pathname.slice(1));
    model = await connect(connectOptionsFromUrl(url));
    model.on('error', () => undefined);
  });

  afterAll(async () => {
    await model?.close();
    execFileSync('rabbitmqctl', ['delete_vhost', vhost], { stdio: 'ignore' });
  });

  it('is declared twice without complaint, keeps events of every routing key, and is read from the first event or from the next', async () => {
    const setup = await model.createChannel();
    await declareExchanges(setup);
    await declareReplayStream(setup);
    await declareReplayStream(setup);
    const args = execFileSync('rabbitmqctl', ['-q', 'list_queues', '-p', vhost, 'name', 'type', 'arguments'], { encoding: 'utf8' });
    expect(args).toMatch(new RegExp(`${REPLAY_STREAM.replace(/\./g, '\\.')}\\s+stream.*x-max-age.*7D`));

    const publisher = await model.createConfirmChannel();
    const keys = ['civil-registration.death.registered.v1', 'canteen.meal.served.v1', 'payments.line.paid.v1'];
    keys.forEach((key, i) => publisher.publish(EVENTS_EXCHANGE, key, Buffer.from('{}'), { messageId: `e${i}`, persistent: true }));
    await publisher.waitForConfirms();

    const reader = await model.createChannel();
    await reader.prefetch(10);
    const read: string[] = [];
    await reader.consume(REPLAY_STREAM, (msg) => {
      if (!msg) return;
      read.push(`${msg.fields.routingKey} ${String(msg.properties.messageId)}`);
      reader.ack(msg);
    }, { noAck: false, arguments: { 'x-stream-offset': 'first' } });
    await waitFor('three events replayed', async () => read.length === 3, 10_000);
    expect(read).toEqual(keys.map((key, i) => `${key} e${i}`));

    // From `next` (or a time from now on): none of the three, only what comes afterwards.
    const later = await model.createChannel();
    await later.prefetch(10);
    const afterwards: string[] = [];
    await later.consume(REPLAY_STREAM, (msg) => msg && (afterwards.push(String(msg.properties.messageId)), later.ack(msg)), { noAck: false, arguments: { 'x-stream-offset': 'next' } });
    publisher.publish(EVENTS_EXCHANGE, 'canteen.meal.served.v1', Buffer.from('{}'), { messageId: 'e3', persistent: true });
    await publisher.waitForConfirms();
    await waitFor('the event published afterwards', async () => afterwards.length > 0, 10_000);
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(afterwards).toEqual(['e3']);
  });
});
