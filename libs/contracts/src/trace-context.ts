import { z } from 'zod';

/**
 * The W3C Trace Context of the work that created an event, carried in the envelope as the
 * CloudEvents distributed-tracing extension (`traceparent`, `tracestate`). A consumer continues
 * that trace when it handles the event. It identifies a trace, never a person.
 */
export interface TraceContext {
  /** `00-<32 hex trace id>-<16 hex parent span id>-<2 hex flags>`. */
  traceparent: string;
  /** Vendor-specific trace data, passed on as received. */
  tracestate?: string;
}

/** Version 00 of W3C Trace Context; an all-zero trace or span id is invalid. */
const TRACEPARENT = /^00-(?!0{32})[0-9a-f]{32}-(?!0{16})[0-9a-f]{16}-[0-9a-f]{2}$/;
/** At most 32 `key=value` members in 512 printable characters; no control characters. */
const TRACESTATE = /^[\x20-\x7e]{1,512}$/;

export const traceparentSchema = z
  .string()
  .regex(TRACEPARENT)
  .meta({ description: 'CloudEvents distributed-tracing extension: W3C traceparent of the work that created the event (version 00). Absent when tracing is off.' });

export const tracestateSchema = z
  .string()
  .regex(TRACESTATE)
  .meta({ description: 'CloudEvents distributed-tracing extension: W3C tracestate, present only beside traceparent.' });

/**
 * The trace context in an envelope's attributes, or undefined. A malformed traceparent is no
 * fault of the event: tracing is best effort, so it is dropped and the event handled as untraced.
 */
export function traceContextOf(attributes: { traceparent?: unknown; tracestate?: unknown }): TraceContext | undefined {
  const parent = traceparentSchema.safeParse(attributes.traceparent);
  if (!parent.success) return undefined;
  const state = tracestateSchema.safeParse(attributes.tracestate);
  return state.success ? { traceparent: parent.data, tracestate: state.data } : { traceparent: parent.data };
}
