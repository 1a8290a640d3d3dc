// Dead-letter queue tool for operators:
//   npm run dlq -- list <service>
//   npm run dlq -- show <service> <messageId>
//   npm run dlq -- replay <service> <messageId>|--all
// Connects to AMQP_URL (local-development default: guest/guest on localhost).
import { parseCliArgs } from '@app/common/cli/cli-args';
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

const DLQ_OPTIONS = { all: { type: 'boolean' }, 'any-service': { type: 'boolean' } } as const;

/** The command, `{ help: true }` for --help, or the error with the usage to print. */
export function parseDlqArgs(argv: readonly string[]): DlqCommand | { help: true } | { error: string } {
  const parsed = parseCliArgs(argv, DLQ_OPTIONS, { positionals: true });
  if (!parsed.ok) return parsed.help ? { help: true } : { error: `${parsed.error}\n${DLQ_USAGE}` };
  const { values, positionals } = parsed.options;
  const [kind, service, target, ...extra] = positionals;
  if (!kind || !service) return { error: DLQ_USAGE };
  if (extra.length > 0) return { error: `unknown argument "${extra[0]}"\n${DLQ_USAGE}` };
  if (!values['any-service'] && !(SERVICE_NAMES as readonly string[]).includes(service)) {
    return { error: `unknown service "${service}"\n${DLQ_USAGE}` };
  }
  if (kind !== 'replay' && values.all) return { error: `--all belongs to replay\n${DLQ_USAGE}` };
  if (kind === 'list') return target ? { error: `unknown argument "${target}"\n${DLQ_USAGE}` } : { kind, service };
  if (kind === 'show') return target ? { kind, service, messageId: target } : { error: DLQ_USAGE };
  if (kind === 'replay') {
    if (values.all && target) return { error: `replay takes a message id or --all, not both\n${DLQ_USAGE}` };
    if (values.all) return { kind, service, select: { all: true } };
    return target ? { kind, service, select: { messageId: target } } : { error: DLQ_USAGE };
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
  if ('help' in command) {
    process.stdout.write(`${DLQ_USAGE}\n`);
    return;
  }
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
