import type { Channel } from 'amqplib';
import { EVENTS_EXCHANGE } from './names';

/**
 * Every event the platform publishes, kept in a RabbitMQ stream that integrators read from any
 * offset (the first kept, a timestamp, a numeric offset they stored): how a department replays
 * what it missed or re-reads after fixing its consumer, without the bureau re-sending anything.
 */
export const REPLAY_STREAM = 'civil-affairs.events.replay';

/**
 * What the stream keeps. Events carry resident IDs in clear (the departments need them to match
 * records), so the stream holds personal data: seven days (PIPL, minimum necessary — long
 * enough to recover from a week's outage such as a national holiday, not an archive) and at most
 * 20 GiB, whichever is reached first; segments of 100 MiB are the unit the broker drops.
 * Lengthening either is a decision for the bureau's data-protection officer.
 */
export const REPLAY_STREAM_ARGUMENTS = {
  'x-queue-type': 'stream',
  'x-max-age': '7D',
  'x-max-length-bytes': 20 * 1024 ** 3,
  'x-stream-max-segment-size-bytes': 100 * 1024 ** 2,
} as const;

/** Declares the stream bound to every routing key. Needs configure rights on it: the operators' or the local-development account, never a service's. */
export async function declareReplayStream(channel: Channel): Promise<void> {
  await channel.assertQueue(REPLAY_STREAM, { durable: true, arguments: { ...REPLAY_STREAM_ARGUMENTS } });
  await channel.bindQueue(REPLAY_STREAM, EVENTS_EXCHANGE, '#');
}
