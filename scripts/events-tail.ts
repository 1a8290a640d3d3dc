// `npm run events:tail -- --keys 'civil-registration.#'`: prints live events, one line each, until
// Ctrl-C. Binds an exclusive, auto-deleted queue named `integrator.tail.<random>` (a name the
// read-only integrator user of deploy/rabbitmq may declare) to civil-affairs.events. The
// exchange is only checked, never declared, so the tail needs no configure right on it.
import { randomBytes } from 'node:crypto';
import { connectFirstAvailable } from '../libs/messaging/src/connection/amqp-connection';
import { EVENTS_EXCHANGE } from '../libs/messaging/src/topology/names';
import { DEFAULT_AMQP_URL, TAIL_USAGE, formatEventLine, parseTailArgs } from './tail/tail-format';
import { optionsOrExitCode } from '../libs/common/src/cli/cli-args';
import { runCli } from '@app/common/cli/run-cli';

async function main(argv: string[]): Promise<number> {
  const options = optionsOrExitCode(parseTailArgs(argv), TAIL_USAGE);
  if (typeof options === 'number') return options;
  const { keys, maxSummary } = options;
  const url = process.env.AMQP_URL || DEFAULT_AMQP_URL;
  const connection = await connectFirstAvailable(url);
  const channel = await connection.createChannel();
  let stopping = false;
  const closed = new Promise<number>((resolve) => {
    connection.on('close', () => resolve(stopping ? 0 : 1));
  });
  connection.on('error', (err: Error) => process.stderr.write(`broker connection error: ${err.message}\n`));
  channel.on('error', (err: Error) => process.stderr.write(`channel error: ${err.message}\n`));

  try {
    await channel.checkExchange(EVENTS_EXCHANGE);
  } catch {
    process.stderr.write(`error: exchange ${EVENTS_EXCHANGE} does not exist on this broker yet (start a service once, e.g. npm start)\n`);
    await connection.close().catch(() => undefined);
    return 1;
  }
  const queue = `integrator.tail.${randomBytes(6).toString('hex')}`;
  await channel.assertQueue(queue, { exclusive: true, autoDelete: true, durable: false });
  for (const key of keys) await channel.bindQueue(queue, EVENTS_EXCHANGE, key);
  await channel.consume(
    queue,
    (msg) => {
      if (!msg) return;
      const line = formatEventLine(
        { routingKey: msg.fields.routingKey, body: msg.content, messageId: msg.properties.messageId as string | undefined, receivedAt: new Date() },
        maxSummary,
      );
      process.stdout.write(`${line}\n`);
    },
    { noAck: true },
  );
  process.stderr.write(`tailing ${EVENTS_EXCHANGE} with ${keys.join(', ')} (queue ${queue}); Ctrl-C stops\n`);

  const stop = (): void => {
    if (stopping) return;
    stopping = true;
    // The queue is exclusive and auto-deleted: closing the connection removes it.
    void connection.close().catch(() => undefined);
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
  return closed;
}

runCli(main);
