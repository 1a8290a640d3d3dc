import type { Message, Options } from 'amqplib';

/**
 * Publish options for a copy of a message (a retry, a dead letter, a replay): same id, type and
 * body metadata, persistent, with the given headers. The broker's own `x-death` bookkeeping is
 * dropped, since the copy starts a new life.
 */
export function copyOptions(msg: Message, headers: Record<string, unknown>): Options.Publish {
  const { 'x-death': _death, ...rest } = headers;
  return {
    persistent: true,
    messageId: msg.properties.messageId,
    type: msg.properties.type,
    contentType: msg.properties.contentType,
    appId: msg.properties.appId,
    timestamp: msg.properties.timestamp,
    headers: rest,
  };
}
