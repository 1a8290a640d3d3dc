import { parseEvent, type CloudEvent } from '@app/contracts';
import type { Channel, ConsumeMessage } from 'amqplib';
import type { DeadLetterReason } from '../topology/names';

/** A message together with the channel it came on: acks must go back on that channel. */
export interface Delivery {
  channel: Channel;
  msg: ConsumeMessage;
}

export type Decoded =
  | { ok: true; event: CloudEvent }
  | { ok: false; reason: DeadLetterReason; detail: string };

/** Parses and validates a message body against the contracts; pure, so it is unit-tested. */
export function decodeDelivery(content: Buffer): Decoded {
  let raw: unknown;
  try {
    raw = JSON.parse(content.toString('utf8'));
  } catch (err) {
    return { ok: false, reason: 'MALFORMED_MESSAGE', detail: `body is not JSON: ${(err as Error).message}` };
  }
  const parsed = parseEvent(raw);
  if (!parsed.ok) return { ok: false, reason: 'SCHEMA_INVALID', detail: parsed.reason };
  return { ok: true, event: parsed.event };
}

export function errorMessage(err: unknown): string {
  if (err instanceof Error) return err.message;
  if (typeof err === 'object' && err !== null && 'message' in err) return String((err as { message: unknown }).message);
  return String(err);
}

/** Headers are truncated: a stack trace or a giant message must not bloat every copy. */
export function headerText(text: string, max = 1_000): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}
