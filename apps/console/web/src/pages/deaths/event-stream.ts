// Reads GET /api/events/stream (docs/console.md "Event stream") through the console's one fetch
// wrapper, so the session cookie, the problems and the redirect to 登录 work as for every other
// call. fetch rather than EventSource: EventSource cannot tell a 401 or 429 from a dropped
// connection, and it reconnects by itself after the console ended the stream.
import { send } from '../../api/http';
import type { CascadeEvent } from './cascade';
import { SseParser } from './sse-parser';

export interface EventStreamHandlers {
  /** The console is listening: a request sent from now on has its whole cascade shown. */
  onReady(): void;
  onEvent(event: CascadeEvent): void;
  /** TIMEOUT, BROKER_LOST, SHUTDOWN from the console; DISCONNECTED when the connection dropped. */
  onEnd(reason: string): void;
}

/** Resolves when the stream is over; rejects with a ProblemError when the console refused it, or when aborted. */
export async function readEventStream(correlationId: string, handlers: EventStreamHandlers, signal: AbortSignal): Promise<void> {
  const response = await send(new Request(`/api/events/stream?correlationId=${encodeURIComponent(correlationId)}`, { headers: { Accept: 'text/event-stream' }, signal }));
  if (!response.body) throw new Error('the event stream has no body');
  const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
  const parser = new SseParser();
  let endReason = 'DISCONNECTED';
  try {
    for (;;) {
      const { value, done } = await reader.read();
      if (done) break;
      for (const frame of parser.push(value)) {
        if (frame.event === 'ready') handlers.onReady();
        else if (frame.event === 'platform-event') handlers.onEvent(JSON.parse(frame.data) as CascadeEvent);
        else if (frame.event === 'end') endReason = String((JSON.parse(frame.data) as { reason?: unknown }).reason ?? endReason);
      }
    }
  } catch (error) {
    if (signal.aborted) throw error;
    // The connection dropped mid-stream: the end of what could be shown, not a failure of the page.
  }
  handlers.onEnd(endReason);
}
