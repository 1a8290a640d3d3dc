// Dead-letter queue tool for operators (usage in dlq-args.ts, `npm run dlq -- --help`).
// Connects to AMQP_URL (local-development default: guest/guest on localhost; a comma-separated
// list of a cluster's nodes is tried in turn).
import { envString } from '@app/common/config/env';
import { connectFirstAvailable } from '../connection/amqp-connection';
import { discardDeadLetters, listDeadLetters, replayDeadLetters, showDeadLetter, type DeadLetterDetail, type DeadLetterSummary } from './dead-letters';
import { DLQ_USAGE, parseDlqArgs, type DlqCommand } from './dlq-args';
import { deadLetterTable } from './dlq-table';

export { DLQ_USAGE, parseDlqArgs, type DlqCommand } from './dlq-args';

export type DlqResult = { kind: 'show'; letter: DeadLetterDetail | null } | { kind: 'list' | 'replay' | 'discard'; letters: DeadLetterSummary[]; dryRun: boolean };

export async function runDlq(command: DlqCommand, amqpUrl: string): Promise<DlqResult> {
  const connection = await connectFirstAvailable(amqpUrl);
  const channel = await connection.createConfirmChannel();
  try {
    switch (command.kind) {
      case 'list':
        return { kind: 'list', letters: await listDeadLetters(channel, command.service, command.filter), dryRun: false };
      case 'show':
        return { kind: 'show', letter: (await showDeadLetter(channel, command.service, command.messageId)) ?? null };
      case 'replay':
      case 'discard': {
        const take = command.kind === 'replay' ? replayDeadLetters : discardDeadLetters;
        return { kind: command.kind, letters: await take(channel, command.service, command.select, { filter: command.filter, dryRun: command.dryRun }), dryRun: command.dryRun };
      }
    }
  } finally {
    // Closing the channel first flushes its acks: a connection close can overtake frames still
    // queued on a channel, and the broker would then requeue messages we had acked.
    await channel.close();
    await connection.close();
  }
}

const DONE = { list: undefined, replay: 'replayed', discard: 'discarded' } as const;

/** What the tool prints: a table (or the records with --json); one dead letter in full for show. */
export function dlqOutput(command: DlqCommand, result: DlqResult): string {
  if (result.kind === 'show') return JSON.stringify(result.letter, null, 2);
  if (command.kind !== 'show' && command.json) return JSON.stringify({ [result.kind === 'list' ? 'letters' : result.kind === 'replay' ? 'replayed' : 'discarded']: result.letters, dryRun: result.dryRun }, null, 2);
  const done = DONE[result.kind];
  return deadLetterTable(result.letters, done && (result.dryRun ? `would be ${done} (dry run: nothing changed)` : done));
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
  if (command.kind === 'show' && result.kind === 'show' && result.letter === null) {
    process.stderr.write(`no dead letter with id ${command.messageId} in ${command.service}.events.dlq\n`);
    process.exit(1);
  }
  process.stdout.write(`${dlqOutput(command, result)}\n`);
}

if (require.main === module) {
  main().catch((err: Error) => {
    process.stderr.write(`dlq: ${err.message}\n`);
    process.exit(1);
  });
}
