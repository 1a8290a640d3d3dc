import { createServer, type Server, type Socket } from 'node:net';
import type { ChannelModel } from 'amqplib';
import { TcpProxy } from '../../../../test/support/tcp-proxy';
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

// AMQP_URL may list a cluster's nodes. Each node is stood in for by a proxy to the local broker
// that the test takes away, as a node that stops: the connection moves on to the next one.
describe('AmqpConnection over a list of brokers', () => {
  const proxies: TcpProxy[] = [];
  let connection: AmqpConnection | undefined;
  afterAll(async () => {
    await connection?.close();
    await Promise.all(proxies.map((p) => p.stop()));
  });

  it('connects through the first node that answers and moves to the next one when its node goes away', async () => {
    const broker = new URL(testAmqpUrl());
    const node = async (): Promise<TcpProxy> => {
      const proxy = new TcpProxy(broker.hostname, Number(broker.port || 5672));
      proxies.push(proxy);
      await proxy.start();
      return proxy;
    };
    const [stopped, first, second] = [await node(), await node(), await node()];
    await stopped.cut(); // refuses connections, as a node that is down
    const url = (proxy: TcpProxy) => `amqp://guest:guest@127.0.0.1:${proxy.port}${broker.pathname}`;
    connection = new AmqpConnection([stopped, first, second].map(url).join(','), 'node-list-test', 100);
    /** The proxy port of every connection that was set up, in order. */
    const through: number[] = [];
    await connection.onConnect(async (model) => {
      through.push((model as unknown as { connection: { stream: Socket } }).connection.stream.remotePort!);
      const channel = await (model as ChannelModel).createChannel();
      await channel.close();
    });

    await connection.start();
    expect(through).toEqual([first.port]);

    // The first node drops its connections and is back at once: the next attempt starts with the
    // node after it all the same (a node that just went away is tried last).
    await first.cut();
    await first.restore();
    await waitFor('a connection through the second node', () => through.length === 2 && connection!.isConnected, 10_000, 20);
    expect(through).toEqual([first.port, second.port]);

    // The second node goes: the list is tried from the node after it, wrapping round past the
    // node that is still down.
    await second.cut();
    await waitFor('a connection through the first node again', () => through.length === 3 && connection!.isConnected, 10_000, 20);
    expect(through).toEqual([first.port, second.port, first.port]);
  });
});
