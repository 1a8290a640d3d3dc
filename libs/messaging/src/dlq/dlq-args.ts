// The DLQ tool's command line, read into a command. Pure.
import { parseCliArgs } from '@app/common/cli/cli-args';
import { SERVICE_NAMES } from '@app/contracts';

/** Which dead letters a command takes: those of a reason and/or an event type (both when both are given). */
export interface DeadLetterFilter {
  reason?: string;
  type?: string;
}

/** One message by its id, or every one the filter lets through. */
export type DeadLetterSelection = { messageId: string } | { all: true };

export type DlqCommand =
  | { kind: 'list'; service: string; filter: DeadLetterFilter; json: boolean }
  | { kind: 'show'; service: string; messageId: string }
  | { kind: 'replay' | 'discard'; service: string; select: DeadLetterSelection; filter: DeadLetterFilter; dryRun: boolean; json: boolean };

export const DLQ_USAGE = `usage:
  npm run dlq -- list <service> [--reason <reason>] [--type <event type>] [--json]
  npm run dlq -- show <service> <messageId>
  npm run dlq -- replay <service> <messageId>|--all [--reason …] [--type …] [--dry-run] [--json]
  npm run dlq -- discard <service> <messageId>|--all [--reason …] [--type …] [--dry-run] [--json]
list prints a table (--json: the records); replay sends dead letters back to the service's queue
after the cause is fixed; discard removes them for good; --dry-run shows what would be taken.
reasons: HANDLER_FAILED, PERMANENT_ERROR, SCHEMA_INVALID, MALFORMED_MESSAGE, NO_HANDLER, or the broker's (delivery_limit, …)
services: ${SERVICE_NAMES.join(', ')} (or any queue prefix with --any-service)`;

const DLQ_OPTIONS = {
  all: { type: 'boolean' },
  'any-service': { type: 'boolean' },
  reason: { type: 'string' },
  type: { type: 'string' },
  'dry-run': { type: 'boolean' },
  json: { type: 'boolean' },
} as const;

const refuse = (why: string) => ({ error: `${why}\n${DLQ_USAGE}` });

/** The command, `{ help: true }` for --help, or the error with the usage to print. */
export function parseDlqArgs(argv: readonly string[]): DlqCommand | { help: true } | { error: string } {
  const parsed = parseCliArgs(argv, DLQ_OPTIONS, { positionals: true });
  if (!parsed.ok) return parsed.help ? { help: true } : refuse(parsed.error ?? 'unreadable arguments');
  const { values, positionals } = parsed.options;
  const [kind, service, target, ...extra] = positionals;
  if (!kind || !service) return { error: DLQ_USAGE };
  if (extra.length > 0) return refuse(`unknown argument "${extra[0]}"`);
  if (!values['any-service'] && !(SERVICE_NAMES as readonly string[]).includes(service)) return refuse(`unknown service "${service}"`);
  const filter: DeadLetterFilter = { ...(values.reason ? { reason: values.reason } : {}), ...(values.type ? { type: values.type } : {}) };
  const json = values.json ?? false;
  const dryRun = values['dry-run'] ?? false;
  const takesMany = kind === 'replay' || kind === 'discard';
  if (!takesMany && values.all) return refuse(`--all belongs to replay and discard`);
  if (!takesMany && dryRun) return refuse(`--dry-run belongs to replay and discard`);
  if (kind === 'list') return target ? refuse(`unknown argument "${target}"`) : { kind, service, filter, json };
  if (kind === 'show') {
    if (filter.reason || filter.type || json) return refuse('show takes a message id only');
    return target ? { kind, service, messageId: target } : { error: DLQ_USAGE };
  }
  if (takesMany) {
    if (values.all && target) return refuse(`${kind} takes a message id or --all, not both`);
    if (values.all) return { kind, service, select: { all: true }, filter, dryRun, json };
    return target ? { kind, service, select: { messageId: target }, filter, dryRun, json } : { error: DLQ_USAGE };
  }
  return refuse(`unknown command "${kind}"`);
}
