import type { LoggerService, LogLevel } from '@nestjs/common';
import { maskResidentIdsIn } from '../privacy/mask-text';
import { currentCorrelationId } from './request-context';

/**
 * Masks every resident ID in a serialised log line (DOMAIN §9): messages, error texts and stacks
 * are written by code all over the platform (`GET /api/v1/elders/<id> failed: ...`), so the mask
 * is applied here, once, rather than trusted to every call site.
 */
export function maskLogLine(line: string): string {
  return maskResidentIdsIn(line);
}

const ORDER: LogLevel[] = ['verbose', 'debug', 'log', 'warn', 'error', 'fatal'];

/** The level names operators and log shippers expect, for Nest's own: `log` is `info`, `verbose` is `trace`. */
const LEVEL_NAMES: Readonly<Record<LogLevel, string>> = { verbose: 'trace', debug: 'debug', log: 'info', warn: 'warn', error: 'error', fatal: 'fatal' };

/** LOG_LEVEL in either vocabulary (`info` or Nest's `log`, `trace` or `verbose`); anything else is refused at start-up. */
export function logLevelFrom(value: string | undefined): LogLevel {
  const name = (value ?? '').trim().toLowerCase();
  if (name === '') return 'log';
  if (name === 'info') return 'log';
  if (name === 'trace') return 'verbose';
  if ((ORDER as string[]).includes(name)) return name as LogLevel;
  throw new Error(`LOG_LEVEL must be one of trace, debug, info, warn, error, fatal; got "${value}"`);
}

/**
 * One JSON object per line on stdout: time, level, service, context, message and the
 * correlation id of the request or event being handled, for log shippers to parse.
 */
export class JsonLogger implements LoggerService {
  private readonly minLevel: number;

  constructor(
    private readonly service: string,
    level: LogLevel = logLevelFrom(process.env.LOG_LEVEL),
    private readonly write: (line: string) => void = (line) => process.stdout.write(line),
  ) {
    this.minLevel = Math.max(0, ORDER.indexOf(level));
  }

  log(message: unknown, ...rest: unknown[]): void {
    this.emit('log', message, rest);
  }
  error(message: unknown, ...rest: unknown[]): void {
    this.emit('error', message, rest);
  }
  warn(message: unknown, ...rest: unknown[]): void {
    this.emit('warn', message, rest);
  }
  debug(message: unknown, ...rest: unknown[]): void {
    this.emit('debug', message, rest);
  }
  verbose(message: unknown, ...rest: unknown[]): void {
    this.emit('verbose', message, rest);
  }
  fatal(message: unknown, ...rest: unknown[]): void {
    this.emit('fatal', message, rest);
  }

  /** Whether lines of `level` are written: a caller can skip building a line nobody reads. */
  isEnabled(level: LogLevel): boolean {
    return ORDER.indexOf(level) >= this.minLevel;
  }

  /** One line with fields of its own besides the message (an access line's method, route, status). */
  info(context: string, message: string, fields: Record<string, unknown>): void {
    if (!this.isEnabled('log')) return;
    const entry = { time: new Date().toISOString(), level: 'info', service: this.service, context, msg: message, ...fields };
    this.write(`${maskLogLine(JSON.stringify(entry))}\n`);
  }

  private emit(level: LogLevel, message: unknown, rest: unknown[]): void {
    if (!this.isEnabled(level)) return;
    // Nest passes the context as the last string argument, and a stack before it for errors.
    const args = [...rest];
    const context = typeof args[args.length - 1] === 'string' ? (args.pop() as string) : undefined;
    const stack = level === 'error' && typeof args[0] === 'string' ? (args.shift() as string) : undefined;
    const entry: Record<string, unknown> = {
      time: new Date().toISOString(),
      level: LEVEL_NAMES[level],
      service: this.service,
      context,
      msg: message instanceof Error ? message.message : message,
      correlationId: currentCorrelationId(),
    };
    if (stack) entry.stack = stack;
    if (message instanceof Error && !stack) entry.stack = message.stack;
    this.write(`${maskLogLine(JSON.stringify(entry))}\n`);
  }
}
