import type { Channel, ConfirmChannel, GetMessage } from 'amqplib';
import { copyOptions } from '../topology/copy-message';
import { HEADERS, deadLetterQueue, eventsQueue } from '../topology/names';
import type { DeadLetterFilter, DeadLetterSelection } from './dlq-args';

export interface DeadLetterSummary {
  messageId: string;
  type: string;
  reason: string;
  error: string;
  failedAt: string;
  retries: number;
  originalRoutingKey: string;
}

export interface DeadLetterDetail extends DeadLetterSummary {
  headers: Record<string, unknown>;
  body: unknown;
}

function summarize(msg: GetMessage): DeadLetterSummary {
  const h = msg.properties.headers ?? {};
  return {
    messageId: String(msg.properties.messageId ?? ''),
    type: String(msg.properties.type ?? ''),
    reason: String(h[HEADERS.deadLetterReason] ?? (h['x-first-death-reason'] as string | undefined) ?? ''),
    error: String(h[HEADERS.error] ?? ''),
    failedAt: String(h[HEADERS.failedAt] ?? ''),
    retries: Number(h[HEADERS.retryCount] ?? 0),
    originalRoutingKey: String(h[HEADERS.originalRoutingKey] ?? msg.fields.routingKey),
  };
}

function detail(msg: GetMessage): DeadLetterDetail {
  let body: unknown;
  try {
    body = JSON.parse(msg.content.toString('utf8'));
  } catch {
    body = msg.content.toString('utf8');
  }
  return { ...summarize(msg), headers: msg.properties.headers ?? {}, body };
}

/**
 * Takes every message currently in the DLQ without acking it. Messages are fetched up to the
 * count the queue reported, so messages requeued during the scan are not read twice.
 */
async function takeAll(channel: Channel, service: string): Promise<GetMessage[]> {
  const queue = deadLetterQueue(service);
  const { messageCount } = await channel.checkQueue(queue);
  const taken: GetMessage[] = [];
  for (let i = 0; i < messageCount; i += 1) {
    const msg = await channel.get(queue, { noAck: false });
    if (!msg) break;
    taken.push(msg);
  }
  return taken;
}

/** Whether a dead letter is of the filter's reason (any case) and event type. */
export function passes(letter: DeadLetterSummary, filter: DeadLetterFilter): boolean {
  if (filter.reason && letter.reason.toLowerCase() !== filter.reason.toLowerCase()) return false;
  if (filter.type && letter.type !== filter.type && letter.originalRoutingKey !== filter.type) return false;
  return true;
}

function selected(msg: GetMessage, select: DeadLetterSelection, filter: DeadLetterFilter): boolean {
  if ('messageId' in select && msg.properties.messageId !== select.messageId) return false;
  return passes(summarize(msg), filter);
}

/** Lists dead letters (those the filter lets through); they stay in the queue. */
export async function listDeadLetters(channel: Channel, service: string, filter: DeadLetterFilter = {}): Promise<DeadLetterSummary[]> {
  const taken = await takeAll(channel, service);
  channel.nackAll(true);
  return taken.map(summarize).filter((letter) => passes(letter, filter));
}

export async function showDeadLetter(channel: Channel, service: string, messageId: string): Promise<DeadLetterDetail | undefined> {
  const taken = await takeAll(channel, service);
  channel.nackAll(true);
  const found = taken.find((m) => m.properties.messageId === messageId);
  return found ? detail(found) : undefined;
}

export interface TakeOptions {
  filter?: DeadLetterFilter;
  /** Answer what would be taken, and leave every dead letter where it is. */
  dryRun?: boolean;
}

/**
 * Sends dead letters back to the service's queue, with their retry count reset, for when the
 * fault that sent them there has been fixed. Each copy is confirmed by the broker before its
 * dead letter is removed; the consumer's inbox keeps an event from being applied twice.
 */
export async function replayDeadLetters(channel: ConfirmChannel, service: string, select: DeadLetterSelection, options: TakeOptions = {}): Promise<DeadLetterSummary[]> {
  const taken = await takeAll(channel, service);
  const replayed: DeadLetterSummary[] = [];
  for (const msg of taken) {
    if (!selected(msg, select, options.filter ?? {})) continue;
    replayed.push(summarize(msg));
    if (options.dryRun) continue;
    const headers = { ...(msg.properties.headers ?? {}) };
    for (const key of [HEADERS.retryCount, HEADERS.lastError, HEADERS.deadLetterReason, HEADERS.error, HEADERS.failedAt]) {
      delete headers[key];
    }
    headers[HEADERS.replayedAt] = new Date().toISOString();
    channel.sendToQueue(eventsQueue(service), msg.content, copyOptions(msg, headers));
    await channel.waitForConfirms();
    channel.ack(msg);
  }
  channel.nackAll(true);
  return replayed;
}

/**
 * Removes dead letters for good: events an operator has decided never to apply (a test message,
 * a producer's mistake corrected by a new event). What is discarded is answered, so the tool can
 * print it for the operations log.
 */
export async function discardDeadLetters(channel: Channel, service: string, select: DeadLetterSelection, options: TakeOptions = {}): Promise<DeadLetterSummary[]> {
  const taken = await takeAll(channel, service);
  const discarded: DeadLetterSummary[] = [];
  for (const msg of taken) {
    if (!selected(msg, select, options.filter ?? {})) continue;
    discarded.push(summarize(msg));
    if (!options.dryRun) channel.ack(msg);
  }
  channel.nackAll(true);
  return discarded;
}
