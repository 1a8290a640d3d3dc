// A relay stopped and started again (a test, an operator's pause) over a live connection: it
// declares the exchanges once per connection, not once per start, and a connection closed while
// that declaration is under way (shutdown) is no unhandled failure of the process.
import { AmqpConnection } from '../src/connection/amqp-connection';
import { OutboxRelay } from '../src/outbox/outbox-relay';
import { amqpUrl, startProducer, type Producer } from './messaging-harness';

describe('a relay started again on a live connection', () => {
  let producer: Producer;

  beforeAll(async () => {
    producer = await startProducer('relay_restart');
    await producer.relay.stop();
  });

  afterAll(async () => {
    await producer?.stop();
  });

  it('registers its declaration once, and a close during it rejects nothing unhandled', async () => {
    const unhandled: unknown[] = [];
    const record = (reason: unknown): void => void unhandled.push(reason);
    process.on('unhandledRejection', record);
    const connection = new AmqpConnection(amqpUrl(), 'restarted-relay');
    try {
      await connection.start();
      const onConnect = jest.spyOn(connection, 'onConnect');
      const relay = new OutboxRelay(producer.dataSource, connection, { service: 'civil-registration', batchSize: 50, pollMs: 100, retentionHours: 72 });
      relay.start();
      await relay.stop();
      relay.start();
      // Closed at once: the declaration started by start() meets a closing connection.
      await Promise.all([relay.stop(), connection.close()]);
      await new Promise((resolve) => setTimeout(resolve, 300));
      expect(onConnect).toHaveBeenCalledTimes(1);
      expect(unhandled).toEqual([]);
    } finally {
      process.off('unhandledRejection', record);
      await connection.close();
    }
  });
});
