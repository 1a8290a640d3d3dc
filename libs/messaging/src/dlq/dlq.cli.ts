// Dead-letter queue tool for operators:
//   npm run dlq -- list <service>
//   npm run dlq -- show <service> <messageId>
//   npm run dlq -- replay <service> <messageId>|--all
// Connects to AMQP_URL (local-development default: guest/guest on localhost).
import { envString } from '@app/common/config/env';
import { SERVICE_NAMES } from '@app/contracts';
import { connect } from 'amqplib';
import { connectOptionsFromUrl } from '../connection/amqp-connection';
import { listDeadLetters, replayDeadLetters, showDeadLetter } from './dead-letters';

export type DlqCommand =
  | { kind: 'list'; service: string }
  | { kind: 'show'; service: string; messageId: string }
  | { kind: 'replay'; service: string; select: { messageId: string } | { all: true } };

export const DLQ_USAGE = `usage:
  npm run dlq -- list <service>
  npm run dlq -- show <service> <messageId>
  npm run dlq -- replay <service> <messageId>|--all
services: ${SERVICE_NAMES.join(', ')} (or any queue prefix with --any-service)`;

export function parseDlqArgs(argv: string[]): DlqCommand | { error: string } {
  const anyService = argv.includes('--any-service');
  const [kind, service, target] = argv.filter((a) => a !== '--any-service');
  if (!kind || !service) return { error: DLQ_USAGE };
  if (!anyService && !(SERVICE_NAMES as readonly string[]).includes(service)) {
    return { error: `unknown service "${service}"\n${DLQ_USAGE}` };
  }
  if (kind === 'list') return { kind, service };
  if (kind === 'show') return target ? { kind, service, messageId: target } : { error: DLQ_USAGE };
  if (kind === 'replay') {
    if (!target) return { error: DLQ_USAGE };
    return { kind, service, select: target === '--all' ? { all: true } : { messageId: target } };
  }
  return { error: `unknown command "${kind}"\n${DLQ_USAGE}` };
}

export async function runDlq(command: DlqCommand, amqpUrl: string): Promise<unknown> {
  const connection = await connect(connectOptionsFromUrl(amqpUrl));
  const channel = await connection.createConfirmChannel();
  try {
    switch (command.kind) {
      case 'list':
        return await listDeadLetters(channel, command.service);
      case 'show':
        return (await showDeadLetter(channel, command.service, command.messageId)) ?? null;
      case 'replay':
        return { replayed: await replayDeadLetters(channel, command.service, command.select) };
    }
  } finally {
    // Closing the channel first flushes its acks: a connection close can overtake frames still
    // queued on a channel, and the broker would then requeue messages we had acked.
    await channel.close();
    await connection.close();
  }
}

async function main(): Promise<void> {
  const command = parseDlqArgs(process.argv.slice(2));
  if ('error' in command) {
    process.stderr.write(`${command.error}\n`);
    process.exit(2);
  }
  const result = await runDlq(command, envString('AMQP_URL', 'amqp://guest:guest@127.0.0.1:5672'));
  if (command.kind === 'show' && result === null) {
    process.stderr.write(`no dead letter with id ${command.messageId} in ${command.service}.events.dlq\n`);
    process.exit(1);
  }
  process.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
}

if (require.main === module) {
  main().catch((err: Error) => {
    process.stderr.write(`dlq: ${err.message}\n`);
    process.exit(1);
  });
}
