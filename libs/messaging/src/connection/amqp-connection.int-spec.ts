import { createServer, type Server, type Socket } from 'node:net';
import { testAmqpUrl } from '../../../../test/support/test-env';
import { waitFor } from '../../../../test/support/wait-for';
import { AmqpConnection } from './amqp-connection';

// A connection attempt is bounded in time: a broker that never answers, or a setup that never
// finishes, is given up on and retried instead of leaving the service connected to nothing.
describe('AmqpConnection attempts that never finish', () => {
  const connections: AmqpConnection[] = [];
  afterAll(async () => {
    await Promise.all(connections.map((c) => c.close()));
  });

  it('gives up on a broker that accepts the socket but never answers, and tries again', async () => {
    const sockets: Socket[] = [];
    const silent: Server = createServer((socket) => void sockets.push(socket));
    await new Promise<void>((resolve) => silent.listen(0, '127.0.0.1', resolve));
    const port = (silent.address() as { port: number }).port;
    try {
      const connection = new AmqpConnection(`amqp://guest:guest@127.0.0.1:${port}`, 'silent-broker-test', 100, 300);
      connections.push(connection);
      void connection.start();
      await waitFor('a second attempt', async () => sockets.length >= 3, 5_000, 50);
      expect(connection.isConnected).toBe(false);
    } finally {
      for (const socket of sockets) socket.destroy();
      silent.close();
    }
  });

  it('drops a connection whose setup hangs and sets up again on a new one', async () => {
    const connection = new AmqpConnection(testAmqpUrl(), 'hanging-setup-test', 100, 500);
    connections.push(connection);
    let calls = 0;
    await connection.onConnect(async (model) => {
      calls += 1;
      if (calls === 1) return new Promise<void>(() => undefined); // never answered, like a declaration during a node's start
      const channel = await model.createChannel();
      await channel.close();
    });
    await connection.start();
    expect(calls).toBe(2);
    expect(connection.isConnected).toBe(true);
  });
});
